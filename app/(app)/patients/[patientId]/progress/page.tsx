import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { AdherenceChart } from "@/components/progress/adherence-chart";
import { AlertList } from "@/components/progress/alert-list";
import { GateTable } from "@/components/gate-table";
import { StrengthChart } from "@/components/progress/strength-chart";
import { LefsChart } from "@/components/progress/lefs-chart";
import { LogPager, LogTable } from "@/components/progress/log-table";
import { PainChart } from "@/components/progress/pain-chart";
import { ButtonLink } from "@/components/ui/button";
import { formatDate } from "@/lib/format";
import { STAFF_ROLES } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/auth";
import { orNotFound } from "@/lib/server/page";
import { getProgress } from "@/lib/server/progress";
import { acknowledgeAlertAction } from "./actions";

export const metadata: Metadata = { title: "Progress" };

export default async function ProgressPage({
  params,
  searchParams,
}: {
  params: Promise<{ patientId: string }>;
  searchParams: Promise<{ logs?: string | string[] }>;
}) {
  const [{ patientId }, query] = await Promise.all([params, searchParams]);
  const actor = await requireActor(STAFF_ROLES, `/patients/${patientId}/progress`);
  const view = await orNotFound(getProgress(actor, patientId, new Date(), { logPage: typeof query.logs === "string" ? query.logs : undefined }));
  const { plan, gates } = view;
  const openAlerts = view.alerts.filter((a) => !a.acknowledgedAt).length;

  return (
    <div className="space-y-6">
      <Breadcrumbs
        items={[
          { label: "Patients", href: "/patients" },
          { label: view.patient.name, href: `/patients/${view.patient.id}` },
        ]}
        current="Progress"
      />

      <div className="flex flex-wrap items-start justify-between gap-4">
        <div className="min-w-0">
          <h1 className="text-2xl font-semibold break-words">Progress: {view.patient.name}</h1>
          {plan ? (
            <p className="text-sm text-slate-700">
              <Link href={`/plans/${plan.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                {plan.templateName}
              </Link>{" "}
              · Stage {plan.stageIndex + 1} of {plan.stageCount}: {plan.stageName}
              {plan.nextStageName ? <span className="text-slate-600"> · next: {plan.nextStageName}</span> : null}
            </p>
          ) : (
            <p className="text-sm text-slate-700">No active rehab plan. Record an assessment to generate one.</p>
          )}
        </div>
        <div className="flex flex-wrap gap-2">
          {plan ? (
            <ButtonLink href={`/plans/${plan.id}`} variant="secondary">
              Open plan
            </ButtonLink>
          ) : null}
          <ButtonLink href={`/patients/${view.patient.id}/measurements/new${plan ? `?plan=${plan.id}` : ""}`} variant="secondary">
            Record measurements
          </ButtonLink>
        </div>
      </div>

      <div className="grid gap-6 lg:grid-cols-2">
        <section aria-labelledby="alerts-heading" className="min-w-0 space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id="alerts-heading" tabIndex={-1} className="text-lg font-semibold">
            Alerts{openAlerts ? ` (${openAlerts} open)` : ""}
          </h2>
          <AlertList alerts={view.alerts} timeZone={view.timeZone} action={acknowledgeAlertAction} />
        </section>

        <section aria-labelledby="gates-heading" className="min-w-0 space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
          <h2 id="gates-heading" className="text-lg font-semibold">
            {plan ? (plan.nextStageName ? `Gates to move on to ${plan.nextStageName}` : "Final stage") : "Progression gates"}
          </h2>
          {gates ? (
            <>
              <p className="text-sm text-slate-700">
                {gates.summary}
                {gates.latestMeasuredOn ? ` · latest measurements ${formatDate(gates.latestMeasuredOn)}` : " · no measurements recorded yet"}
              </p>
              {gates.results.length ? <GateTable results={gates.results} measuredOn={gates.measuredOn} /> : null}
            </>
          ) : (
            <p className="text-sm text-slate-600">Gates appear once the patient has an active plan.</p>
          )}
        </section>
      </div>

      <section aria-labelledby="charts-heading" className="space-y-3">
        <h2 id="charts-heading" className="text-lg font-semibold">
          Trends
        </h2>
        <div className="grid gap-6 lg:grid-cols-2">
          <PainChart pain={view.pain} today={view.today} />
          {view.strength ? (
            <StrengthChart chart={view.strength.chart} rows={view.strength.rows} today={view.today} />
          ) : (
            <p className="rounded-lg border border-slate-200 bg-white p-4 text-sm text-slate-600">
              Strength tests appear here once the patient has an assessment.
            </p>
          )}
          <AdherenceChart rows={view.adherence} weeks={view.weeks} today={view.today} />
          <LefsChart rows={view.lefs} today={view.today} />
        </div>
      </section>

      <section aria-labelledby="logs-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 sm:p-6">
        <div className="flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="logs-heading" tabIndex={-1} className="text-lg font-semibold">
            Patient logs
          </h2>
          {view.logPages.total ? (
            // A plain link: the browser downloads the file, the export is audited.
            <a href={`/api/patients/${view.patient.id}/logs`} className="text-sm font-medium text-brand-700 underline underline-offset-2" download>
              Download all {view.logPages.total} logs (CSV)
            </a>
          ) : null}
        </div>
        <LogTable logs={view.logs} />
        <LogPager patientId={view.patient.id} {...view.logPages} />
      </section>
    </div>
  );
}

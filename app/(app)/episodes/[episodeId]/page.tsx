import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CreatePlanButton } from "@/components/create-plan-button";
import { DvtClearanceForm } from "@/components/dvt-clearance-form";
import { PlanStages } from "@/components/plan-preview";
import { PrognosisCard } from "@/components/prognosis-card";
import { buttonClass, ButtonLink } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { suggestTemplate } from "@/lib/domain/clinical";
import { describeInjury, describeMechanism, URGENCY_LABEL } from "@/lib/domain/labels";
import { formatDate, formatDateTime } from "@/lib/format";
import { STAFF_ROLES } from "@/lib/server/actor";
import { getEpisode } from "@/lib/server/assessments";
import { requireActor } from "@/lib/server/auth";
import { clinicToday } from "@/lib/server/clinic";
import { isAppError } from "@/lib/server/errors";
import { orNotFound } from "@/lib/server/page";
import { getPatient } from "@/lib/server/patients";
import { previewPlan } from "@/lib/server/plans";
import { listPlanTemplates } from "@/lib/server/templates";
import { DVT_CLEARANCE_LIMITS } from "@/lib/validation/clinical";
import { isRealIsoDate } from "@/lib/validation/dates";
import { createPlanAction, recordDvtClearanceAction } from "../actions";

export const metadata: Metadata = { title: "Assessment" };

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function EpisodePage({ params, searchParams }: { params: Promise<{ episodeId: string }>; searchParams: Search }) {
  const { episodeId } = await params;
  const actor = await requireActor(STAFF_ROLES, `/episodes/${episodeId}`);
  const episode = await orNotFound(getEpisode(actor, episodeId));
  const patient = await getPatient(actor, episode.patientId);
  const query = await searchParams;
  const result = episode.screenResult;
  const activePlan = episode.plans.find((p) => p.status === "ACTIVE");
  const builder = !result.blocksPlan && !activePlan ? await planBuilderData(actor, episode.id, episode.injury, query) : null;
  // One time line per page: the previewed plan's when there is one, else the prognosis alone.
  // With an active plan, its page has the dates (they follow the patient's progress).
  const timeline = activePlan ? null : (builder?.preview?.timeline ?? episode.timeline);

  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: `${patient.givenName} ${patient.familyName}`, href: `/patients/${patient.id}` }]} current="Assessment" />
      <div>
        <h1 className="text-2xl font-semibold">{describeInjury(episode.injury)}</h1>
        <p className="text-sm text-slate-600">
          Injured {formatDate(episode.injury.injuryDate)} · {describeMechanism(episode.injury)} · assessed by {episode.assessedBy},{" "}
          {formatDateTime(episode.createdAt)}
        </p>
      </div>

      {result.blocksPlan ? (
        <section aria-labelledby="referral-heading" className="rounded-lg border-2 border-red-600 bg-red-50 p-6">
          <h2 id="referral-heading" className="text-lg font-semibold text-red-900">
            Refer before rehab: no plan can be generated
          </h2>
          {result.urgency ? <p className="mt-1 font-semibold text-red-900">{URGENCY_LABEL[result.urgency]}</p> : null}
          <p className="mt-2 text-red-950">{result.referralMessage}</p>
          <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-red-950">
            {result.flags.map((f) => (
              <li key={f.key}>
                <strong>{f.label}</strong>: {f.reason}
              </li>
            ))}
          </ul>
          <p className="mt-3 text-sm text-red-950">
            Wells score: {result.wellsScore}.{" "}
            {result.clearable
              ? "Once a doctor has excluded a clot, record the medical clearance below; it lifts the DVT flag only."
              : "Once the patient has been cleared, record a new assessment."}
          </p>
        </section>
      ) : episode.clearance ? null : (
        <FormMessage tone="success">
          Red-flag screen negative (Wells score {result.wellsScore}).{result.notes.length ? ` ${result.notes.join(" ")}` : ""}
        </FormMessage>
      )}

      {/* Only DVT flags left: a doctor's clearance, recorded here, lifts them (decision 015). */}
      {result.blocksPlan && result.clearable && !episode.clearance ? (
        <section aria-labelledby="clearance-form-heading" className="space-y-3 rounded-lg border border-slate-200 bg-white p-6">
          <h2 id="clearance-form-heading" className="text-lg font-semibold">
            Record medical clearance
          </h2>
          <p className="text-sm text-slate-700">
            When a doctor has seen the patient and excluded a clot (D-dimer or ultrasound), record who cleared the patient and when. The other red flags were
            negative; the plan can then be created.
          </p>
          <DvtClearanceForm
            today={await clinicToday(actor)}
            injuryDate={episode.injury.injuryDate}
            limits={DVT_CLEARANCE_LIMITS}
            action={recordDvtClearanceAction.bind(null, episode.id)}
          />
        </section>
      ) : null}

      {episode.clearance ? (
        <section aria-labelledby="clearance-heading" className="rounded-lg border border-green-300 bg-green-50 p-4 text-sm text-green-950">
          <h2 id="clearance-heading" className="font-semibold">
            Medically cleared by {episode.clearance.clearedBy} on {formatDate(episode.clearance.clearedOn)} (recorded by {episode.clearance.recordedBy},{" "}
            {formatDateTime(episode.clearance.recordedAt)})
          </h2>
          {result.clearedFlags.length ? (
            <p className="mt-1">
              Lifted: {result.clearedFlags.map((f) => f.label).join("; ")} (Wells score {result.wellsScore}).
              {result.blocksPlan ? null : " No other red flag was found."}
            </p>
          ) : null}
          {episode.clearance.note ? <p className="mt-1 whitespace-pre-line">Note: {episode.clearance.note}</p> : null}
          <p className="mt-1">Re-screen if swelling, redness or warmth appears.</p>
        </section>
      ) : null}

      {/* A positive screen shows the referral only: no return dates beside it (they would read as a plan). */}
      {result.blocksPlan ? null : (
        <PrognosisCard
          prognosis={episode.prognosis}
          timeline={timeline}
          datesNote={
            activePlan
              ? "Days are counted from the injury. The plan's page shows the dates, fitted to its stages and the patient's progress."
              : builder?.preview?.timeline
                ? "Days are counted from the injury. The dates are the previewed plan's time line: its stages are fitted to these ranges."
                : "Days are counted from the injury; dates that have passed are moved on to today. A plan fits its stages to these ranges."
          }
        />
      )}

      {/* A plan created before a stricter screen rule (decision 015) stays reachable beside the referral. */}
      {activePlan ? (
        <p>
          <ButtonLink href={`/plans/${activePlan.id}`}>Open the active plan</ButtonLink>
        </p>
      ) : builder ? (
        <PlanBuilder episodeId={episode.id} injury={episode.injury} data={builder} />
      ) : null}
    </div>
  );
}

type Injury = Parameters<typeof suggestTemplate>[1] & { injuryDate: string };

/** The plan builder's data: templates, the chosen template and start date, and the preview. */
async function planBuilderData(
  actor: Awaited<ReturnType<typeof requireActor>>,
  episodeId: string,
  injury: Injury,
  query: Record<string, string | string[] | undefined>,
) {
  const templates = await listPlanTemplates(actor);
  const suggested = suggestTemplate(
    templates.map((t) => ({ ...t.template, id: t.id })),
    injury,
  );
  const today = await clinicToday(actor);
  const templateId = typeof query.template === "string" ? query.template : (suggested?.id ?? "");
  const startRaw = typeof query.start === "string" ? query.start : today < injury.injuryDate ? injury.injuryDate : today;
  const wantsPreview = typeof query.template === "string";
  let preview: Awaited<ReturnType<typeof previewPlan>> | null = null;
  let problem: string | null = null;
  if (wantsPreview) {
    if (!isRealIsoDate(startRaw)) problem = "Enter the start date as a real date.";
    else {
      try {
        preview = await previewPlan(actor, episodeId, templateId, startRaw);
      } catch (err) {
        if (!isAppError(err)) throw err;
        problem = err.fieldErrors?.startDate ?? err.message;
      }
    }
  }
  return { templates, suggested, templateId, startRaw, preview, problem };
}

function PlanBuilder({ episodeId, injury, data }: { episodeId: string; injury: Injury; data: Awaited<ReturnType<typeof planBuilderData>> }) {
  const { templates, suggested, templateId, startRaw, preview, problem } = data;
  return (
    <section aria-labelledby="plan-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="plan-heading" className="text-lg font-semibold">
        Generate a rehab plan
      </h2>
      <form method="get" className="flex flex-wrap items-end gap-4">
        <div className="space-y-1">
          <label htmlFor="template" className="block text-sm font-medium">
            Protocol template
          </label>
          <select id="template" name="template" defaultValue={templateId} className="min-h-10 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm">
            {templates.map((t) => (
              <option key={t.id} value={t.id}>
                {t.template.name} v{t.template.version}
                {t.shared ? "" : " (clinic)"}
                {t.id === suggested?.id ? " (suggested)" : ""}
              </option>
            ))}
          </select>
        </div>
        <div className="space-y-1">
          <label htmlFor="start" className="block text-sm font-medium">
            Start date
          </label>
          <input
            id="start"
            name="start"
            type="date"
            defaultValue={startRaw}
            min={injury.injuryDate}
            className="min-h-10 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
          />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Preview plan
        </button>
      </form>
      {problem ? <FormMessage>{problem}</FormMessage> : null}
      {preview?.outcome.ok ? (
        <div className="space-y-4">
          <h3 className="text-base font-semibold">
            Preview: {preview.template.template.name} v{preview.template.template.version}, grade {preview.outcome.plan.effectiveGrade}
          </h3>
          {preview.outcome.plan.adjustments.length ? (
            <ul className="list-disc pl-5 text-sm text-slate-700">
              {preview.outcome.plan.adjustments.map((a) => (
                <li key={`${a.rule}-${a.stageKey}`}>{a.description}</li>
              ))}
            </ul>
          ) : null}
          {preview.timeline ? <PlanStages plan={preview.outcome.plan} timeline={preview.timeline} library={preview.exercises} /> : null}
          <CreatePlanButton templateId={preview.template.id} startDate={startRaw} action={createPlanAction.bind(null, episodeId)} />
        </div>
      ) : null}
    </section>
  );
}

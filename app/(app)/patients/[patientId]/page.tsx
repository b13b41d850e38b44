import type { Metadata } from "next";
import Link from "next/link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ButtonLink, buttonClass } from "@/components/ui/button";
import { ageOn, fullName } from "@/lib/domain/text";
import { formatDate, formatDateTime } from "@/lib/format";
import { STAFF_ROLES } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/auth";
import { orNotFound } from "@/lib/server/page";
import { getPatient } from "@/lib/server/patients";
import { describeInjury } from "@/lib/domain/labels";
import { listEpisodes } from "@/lib/server/assessments";
import { listPatientPlans } from "@/lib/server/plans";
import { PortalAccess } from "@/components/portal-access";
import { getPortalAccess } from "@/lib/server/invitations";
import { listOpenAlerts } from "@/lib/server/progress";
import { invitePatientAction, revokePortalAction } from "./portal-actions";
import { SEX_OPTIONS } from "@/lib/validation/patient";

export const metadata: Metadata = { title: "Patient" };

export default async function PatientPage({ params }: { params: Promise<{ patientId: string }> }) {
  const { patientId } = await params;
  const actor = await requireActor(STAFF_ROLES, `/patients/${patientId}`);
  const patient = await orNotFound(getPatient(actor, patientId));
  const sex = SEX_OPTIONS.find((o) => o.value === patient.sex)?.label ?? patient.sex;
  const [episodes, plans, access, alerts] = await Promise.all([
    listEpisodes(actor, patient.id),
    listPatientPlans(actor, patient.id),
    getPortalAccess(actor, patient.id),
    listOpenAlerts(actor, patient.id),
  ]);

  return (
    <div className="space-y-6">
      <Breadcrumbs items={[{ label: "Patients", href: "/patients" }]} current={fullName(patient)} />
      <div className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-semibold">{fullName(patient)}</h1>
          <p className="text-sm text-slate-600">
            {ageOn(patient.dateOfBirth, new Date())} years · {sex}
            {patient.activity ? ` · ${patient.activity}` : ""}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          <ButtonLink href={`/patients/${patient.id}/assessments/new`}>New assessment</ButtonLink>
          <ButtonLink href={`/patients/${patient.id}/measurements/new`} variant="secondary">
            Record measurements
          </ButtonLink>
          <ButtonLink href={`/patients/${patient.id}/edit`} variant="secondary">
            Edit details
          </ButtonLink>
          {/* A plain link, not next/link: the route answers a file download (decision 018). */}
          <a href={`/api/patients/${patient.id}/fhir`} download className={buttonClass("secondary")}>
            Download FHIR record (JSON)
          </a>
        </div>
      </div>

      {alerts.length ? (
        <section aria-labelledby="alerts-heading" className="rounded-lg border-2 border-amber-400 bg-amber-50 p-6">
          <h2 id="alerts-heading" className="mb-2 text-lg font-semibold">
            Open alerts ({alerts.length})
          </h2>
          <ul className="space-y-2 text-sm">
            {alerts.slice(0, 5).map((a) => (
              <li key={a.id}>
                <strong>{a.title}</strong> · {formatDate(a.date)}
                <p className="text-slate-800">{a.message}</p>
              </li>
            ))}
          </ul>
          <Link href={`/patients/${patient.id}/progress`} className="mt-3 inline-block font-medium text-brand-800 underline underline-offset-2">
            Review and acknowledge on the progress page
          </Link>
        </section>
      ) : null}

      <section aria-labelledby="plans-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="plans-heading" className="mb-3 text-lg font-semibold">
          Rehab plans
        </h2>
        {plans.length === 0 ? (
          <p className="text-sm text-slate-600">No plan yet. Record an assessment to generate one.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {plans.map((p) => (
              <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={`/plans/${p.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                  {p.templateName}
                </Link>
                <span className="text-sm text-slate-700">
                  Stage {p.stageNumber} of {p.stageCount}: {p.currentStage} · started {formatDate(p.startDate)} · {p.status.toLowerCase()}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="portal-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <div className="mb-3 flex flex-wrap items-baseline justify-between gap-2">
          <h2 id="portal-heading" className="text-lg font-semibold">
            Patient portal
          </h2>
          <Link href={`/patients/${patient.id}/progress`} className="text-sm font-medium text-brand-700 underline underline-offset-2">
            Progress and charts
          </Link>
        </div>
        <PortalAccess
          hasEmail={Boolean(patient.email)}
          account={access.account}
          pendingUntil={access.pendingInvitation?.expiresAt.toISOString() ?? null}
          invite={invitePatientAction.bind(null, patient.id)}
          revoke={revokePortalAction.bind(null, patient.id)}
        />
      </section>

      <section aria-labelledby="episodes-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="episodes-heading" className="mb-3 text-lg font-semibold">
          Assessments
        </h2>
        {episodes.length === 0 ? (
          <p className="text-sm text-slate-600">No assessments recorded.</p>
        ) : (
          <ul className="divide-y divide-slate-100">
            {episodes.map((e) => (
              <li key={e.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <Link href={`/episodes/${e.id}`} className="font-medium text-brand-700 underline underline-offset-2">
                  {describeInjury(e.injury)}
                </Link>
                <span className="text-sm">
                  injured {formatDate(e.injury.injuryDate)} ·{" "}
                  {e.blocksPlan ? (
                    <span className="rounded bg-red-100 px-2 py-0.5 font-semibold text-red-900">Red flags: refer</span>
                  ) : e.activePlanId ? (
                    <span className="rounded bg-green-100 px-2 py-0.5 text-green-900">Plan active</span>
                  ) : (
                    <span className="rounded bg-slate-100 px-2 py-0.5 text-slate-800">Ready for a plan</span>
                  )}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="details-heading" className="rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="details-heading" className="mb-4 text-lg font-semibold">
          Details
        </h2>
        <dl className="grid gap-x-8 gap-y-3 text-sm sm:grid-cols-2">
          <Item term="Date of birth" value={formatDate(patient.dateOfBirth)} />
          <Item term="Sex" value={sex} />
          <Item term="Email" value={patient.email} />
          <Item term="Phone" value={patient.phone} />
          <Item term="Activity or sport" value={patient.activity} />
          <Item term="Weekly running" value={patient.weeklyRunningKm !== null ? `${patient.weeklyRunningKm} km` : null} />
          <Item term="Responsible therapist" value={patient.therapist.name} />
          <Item term="Last updated" value={formatDateTime(patient.updatedAt)} />
          <div className="sm:col-span-2">
            <dt className="font-medium text-slate-600">Notes</dt>
            <dd className="mt-1 whitespace-pre-wrap">{patient.notes ?? <span className="text-slate-500">None</span>}</dd>
          </div>
        </dl>
      </section>
    </div>
  );
}

function Item({ term, value }: { term: string; value: string | null }) {
  return (
    <div>
      <dt className="font-medium text-slate-600">{term}</dt>
      <dd className="mt-0.5 break-words">{value ?? <span className="text-slate-500">Not recorded</span>}</dd>
    </div>
  );
}

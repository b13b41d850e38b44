import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { MeasurementForm } from "@/components/measurement-form";
import { CHECKS, INPUTS, checksFor, formFields, inputsFor } from "@/lib/domain/measures";
import { fullName } from "@/lib/domain/text";
import { STAFF_ROLES } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/auth";
import { clinicToday } from "@/lib/server/clinic";
import { orNotFound } from "@/lib/server/page";
import { latestInjuryKind } from "@/lib/server/assessments";
import { getPatient, isUuid } from "@/lib/server/patients";
import { recordMeasurementAction } from "../actions";

export const metadata: Metadata = { title: "Record measurements" };

export default async function NewMeasurementPage({
  params,
  searchParams,
}: {
  params: Promise<{ patientId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { patientId } = await params;
  const actor = await requireActor(STAFF_ROLES, `/patients/${patientId}/measurements/new`);
  const patient = await orNotFound(getPatient(actor, patientId));
  const plan = (await searchParams).plan;
  const back = typeof plan === "string" && isUuid(plan) ? `/plans/${plan}` : `/patients/${patient.id}`;
  // The tests of the patient's injury kind; every kind's before the first assessment.
  const kind = await latestInjuryKind(actor, patient.id);
  const inputs = kind ? inputsFor(kind.key, "VISIT") : INPUTS.filter((i) => i.visits.includes("VISIT"));
  const checks = kind ? checksFor(kind.key) : CHECKS;
  return (
    <div className="max-w-4xl space-y-6">
      <Breadcrumbs items={[{ label: fullName(patient), href: `/patients/${patient.id}` }]} current="Record measurements" />
      <h1 className="text-2xl font-semibold">Record measurements</h1>
      <p className="text-sm text-slate-600">Fill in what you measured today; leave the rest empty. Gates use the latest value of each measure.</p>
      <MeasurementForm
        action={recordMeasurementAction.bind(null, patient.id)}
        today={await clinicToday(actor)}
        fields={formFields(inputs)}
        checks={checks.map((c) => ({ key: c.key, label: c.label.en, description: c.description }))}
        cancelHref={back}
        doneHref={back}
      />
    </div>
  );
}

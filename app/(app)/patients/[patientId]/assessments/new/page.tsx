import type { Metadata } from "next";
import { AssessmentForm, type AssessmentKind } from "@/components/assessment-form";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { INJURY_KINDS, type InjuryKind } from "@/lib/domain/injuries";
import { formFields, inputsFor } from "@/lib/domain/measures";
import { fullName } from "@/lib/domain/text";
import { STAFF_ROLES } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/auth";
import { clinicToday } from "@/lib/server/clinic";
import { orNotFound } from "@/lib/server/page";
import { getPatient } from "@/lib/server/patients";
import { createAssessmentAction } from "../actions";

export const metadata: Metadata = { title: "New assessment" };

/** Each injury kind's muscles, baseline tests and red-flag screen, from the registry. */
const KINDS: AssessmentKind[] = (INJURY_KINDS as readonly InjuryKind[]).map((kind) => ({
  key: kind.key,
  label: kind.wording.injuryName.en,
  muscles: kind.muscles.map((m) => ({ value: m.key, label: m.label.en })),
  baseline: formFields(inputsFor(kind.key, "ASSESSMENT")),
  screen: kind.screen.definition,
  mechanisms: (kind.mechanisms ?? []).map((m) => ({ value: m.key, label: m.label, description: m.description })),
}));

export default async function NewAssessmentPage({ params }: { params: Promise<{ patientId: string }> }) {
  const { patientId } = await params;
  const actor = await requireActor(STAFF_ROLES, `/patients/${patientId}/assessments/new`);
  const patient = await orNotFound(getPatient(actor, patientId));
  return (
    <div className="max-w-4xl space-y-6">
      <Breadcrumbs items={[{ label: fullName(patient), href: `/patients/${patient.id}` }]} current="New assessment" />
      <h1 className="text-2xl font-semibold">Assess a muscle strain</h1>
      <AssessmentForm patientId={patient.id} today={await clinicToday(actor)} kinds={KINDS} action={createAssessmentAction.bind(null, patient.id)} />
    </div>
  );
}

import type { Metadata } from "next";
import { PatientForm } from "@/components/patient-form";
import { fullName } from "@/lib/domain/text";
import { isoDate } from "@/lib/format";
import { STAFF_ROLES } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/auth";
import { orNotFound } from "@/lib/server/page";
import { getPatient, listClinicians } from "@/lib/server/patients";
import { updatePatientAction } from "../../actions";

export const metadata: Metadata = { title: "Edit patient" };

export default async function EditPatientPage({ params }: { params: Promise<{ patientId: string }> }) {
  const { patientId } = await params;
  const actor = await requireActor(STAFF_ROLES, `/patients/${patientId}/edit`);
  const patient = await orNotFound(getPatient(actor, patientId));
  const clinicians = await listClinicians(actor);
  const save = updatePatientAction.bind(null, patient.id);
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">Edit {fullName(patient)}</h1>
      <PatientForm
        mode="edit"
        defaults={{ ...patient, dateOfBirth: isoDate(patient.dateOfBirth), therapistId: patient.therapist.id }}
        clinicians={clinicians}
        cancelHref={`/patients/${patient.id}`}
        action={save}
        afterSave={`/patients/${patient.id}`}
      />
    </div>
  );
}

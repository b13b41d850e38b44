import type { Metadata } from "next";
import { PatientForm } from "@/components/patient-form";
import { STAFF_ROLES } from "@/lib/server/actor";
import { requireActor } from "@/lib/server/auth";
import { clinicHandoutLanguage } from "@/lib/server/clinic";
import { listClinicians } from "@/lib/server/patients";
import { createPatientAction } from "../actions";

export const metadata: Metadata = { title: "New patient" };

export default async function NewPatientPage() {
  const actor = await requireActor(STAFF_ROLES, "/patients/new");
  const [clinicians, language] = await Promise.all([listClinicians(actor), clinicHandoutLanguage(actor)]);
  const defaultTherapist = clinicians.some((c) => c.id === actor.userId) ? actor.userId : undefined;
  return (
    <div className="max-w-3xl space-y-6">
      <h1 className="text-2xl font-semibold">New patient</h1>
      <PatientForm
        mode="create"
        defaults={{ therapistId: defaultTherapist, preferredLanguage: language }}
        clinicians={clinicians}
        cancelHref="/patients"
        action={createPatientAction}
        afterSave="/patients/{id}"
      />
    </div>
  );
}

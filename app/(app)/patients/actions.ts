"use server";

import { revalidatePath } from "next/cache";
import { STAFF_ROLES } from "@/lib/server/actor";
import { action } from "@/lib/server/action";
import { createPatient, updatePatient } from "@/lib/server/patients";
import { zId } from "@/lib/validation/form";
import { patientInput, patientUpdateInput } from "@/lib/validation/patient";

export const createPatientAction = action(
  patientInput,
  async (input, { actor }) => {
    const created = await createPatient(actor, input);
    revalidatePath("/patients");
    return created;
  },
  { name: "patient.create", roles: STAFF_ROLES },
);

/** Called as updatePatientAction(patientId, form). */
export const updatePatientAction = action(
  patientUpdateInput,
  async ({ version, ...input }, { actor, args: [patientId] }) => {
    const saved = await updatePatient(actor, patientId, version, input);
    revalidatePath(`/patients/${patientId}`);
    revalidatePath("/patients");
    return saved;
  },
  { name: "patient.update", roles: STAFF_ROLES, args: [zId("patient")], hidden: ["version"] },
);

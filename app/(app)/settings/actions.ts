"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/action";
import { updateClinicSettings } from "@/lib/server/clinic";
import { clinicSettingsInput } from "@/lib/validation/clinic";

/** Saves the clinic settings (admins only). */
export const updateClinicSettingsAction = action(
  clinicSettingsInput,
  async (input, { actor }) => {
    const saved = await updateClinicSettings(actor, input);
    revalidatePath("/settings");
    return saved;
  },
  { name: "clinic.settings.update", roles: ["ADMIN"], invalid: "Some settings need another look." },
);

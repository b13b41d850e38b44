import { z } from "zod";
import { assertTimeZone } from "@/lib/domain/progress/time";

export const PHONE_MAX = 30;
export const EMERGENCY_MAX = 10;
export const CLINIC_NAME_MAX = 120;
export const ADDRESS_MAX = 200;

export function isTimeZone(value: string): boolean {
  try {
    assertTimeZone(value);
    return true;
  } catch {
    return false;
  }
}

/**
 * Clinic settings an admin edits: the clinic's phone and the local emergency number, printed in
 * the handout's care box and shown in the portal. Both optional (blank clears it); no country's
 * number is assumed.
 */
export const clinicSettingsInput = z.object({
  phone: z
    .string()
    .max(PHONE_MAX, `Use at most ${PHONE_MAX} characters.`)
    .regex(/^\+?[0-9][0-9 ()./-]*[0-9]$/, "Enter a phone number with digits, spaces, +, - or brackets, e.g. +1 555 010 0100.")
    .refine((v) => v.replace(/\D/g, "").length >= 3, "Enter a phone number of at least 3 digits.")
    .optional(),
  emergencyNumber: z
    .string()
    .max(EMERGENCY_MAX, `Use at most ${EMERGENCY_MAX} characters.`)
    .regex(/^[0-9]{2,}$/, "Enter the local emergency number in digits only, e.g. 112 or 911.")
    .optional(),
  // The fields below are left as they are when absent (a caller that only changes the numbers).
  name: z.string().trim().min(1, "Enter the clinic's name.").max(CLINIC_NAME_MAX, `Use at most ${CLINIC_NAME_MAX} characters.`).optional(),
  /** Blank clears it. */
  address: z.string().max(ADDRESS_MAX, `Use at most ${ADDRESS_MAX} characters.`).optional(),
  timeZone: z.string().trim().refine(isTimeZone, "Enter a time zone name like America/Chicago or Europe/Madrid.").optional(),
  handoutLanguage: z.enum(["en", "es"], { error: "Choose English or Spanish." }).optional(),
  paperSize: z.enum(["A4", "LETTER"], { error: "Choose A4 or US Letter." }).optional(),
});

export type ClinicSettingsInput = z.infer<typeof clinicSettingsInput>;

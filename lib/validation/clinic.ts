import { z } from "zod";

export const PHONE_MAX = 30;
export const EMERGENCY_MAX = 10;

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
});

export type ClinicSettingsInput = z.infer<typeof clinicSettingsInput>;

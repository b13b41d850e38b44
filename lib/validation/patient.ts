import { z } from "zod";
import { pastDate } from "@/lib/validation/dates";

export const SEX_OPTIONS = [
  { value: "FEMALE", label: "Female" },
  { value: "MALE", label: "Male" },
  { value: "OTHER", label: "Other" },
  { value: "UNDISCLOSED", label: "Prefer not to say" },
] as const;

/** The languages of the portal and the handout; the option labels are each in their own language. */
import { LANGUAGE_OPTIONS } from "@/lib/validation/limits";

export { LANGUAGE_OPTIONS };

export type PreferredLanguage = (typeof LANGUAGE_OPTIONS)[number]["value"];

const optionalText = (max: number, label: string) => z.string().max(max, `${label} can be at most ${max} characters.`).optional();

/** Shared by the patient form (client hints) and the server (the real check). */
export const patientInput = z.object({
  givenName: z
    .string({ error: "Enter the patient's first name." })
    .min(1, "Enter the patient's first name.")
    .max(200, "First name can be at most 200 characters."),
  familyName: z
    .string({ error: "Enter the patient's last name." })
    .min(1, "Enter the patient's last name.")
    .max(200, "Last name can be at most 200 characters."),
  dateOfBirth: pastDate("date of birth", { min: "1900-01-01", minMessage: "The date of birth must be after 1900." }),
  sex: z.enum(["FEMALE", "MALE", "OTHER", "UNDISCLOSED"], { error: "Choose an option." }),
  email: z.email("Enter a valid email address, like name@example.com.").max(254).optional(),
  phone: z
    .string()
    .regex(/^\+?[0-9 ()\-.]{6,30}$/, "Enter a phone number using digits, spaces, + ( ) or -.")
    .optional(),
  activity: optionalText(100, "Activity"),
  weeklyRunningKm: z.coerce
    .number({ error: "Enter weekly running as a number of kilometres." })
    .min(0, "Weekly running cannot be negative.")
    .max(300, "Weekly running above 300 km looks like a typo.")
    .optional(),
  notes: optionalText(4000, "Notes"),
  preferredLanguage: z.enum(["en", "es"], { error: "Choose English or Español." }).optional(),
  therapistId: z.uuid("Choose the responsible therapist."),
});

export type PatientInput = z.infer<typeof patientInput>;

const STALE = "This form is out of date. Reload the page and make your change again.";

export const patientUpdateInput = patientInput.extend({
  version: z.coerce.number({ error: STALE }).int(STALE).min(1, STALE),
});

import { z } from "zod";
import { CLINIC_NAME_MAX, isTimeZone } from "@/lib/validation/clinic";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/portal";

/** The first-run form (/setup): the code from the terminal, the clinic, and its first admin. */
export const firstRunInput = z
  .object({
    code: z
      .string({ error: "Enter the setup code shown where Restride was started." })
      .trim()
      .min(1, "Enter the setup code shown where Restride was started.")
      .max(40),
    clinicName: z
      .string({ error: "Enter the clinic's name." })
      .trim()
      .min(1, "Enter the clinic's name.")
      .max(CLINIC_NAME_MAX, `Use at most ${CLINIC_NAME_MAX} characters.`),
    timeZone: z.string({ error: "Enter a time zone." }).trim().refine(isTimeZone, "Enter a time zone name like America/Chicago or Europe/Madrid."),
    name: z.string({ error: "Enter your name." }).trim().min(1, "Enter your name.").max(120, "Use at most 120 characters."),
    email: z.string({ error: "Enter your email address." }).trim().toLowerCase().email("Enter an email address like name@clinic.example.").max(254),
    password: z
      .string({ error: `Choose a password of at least ${PASSWORD_MIN} characters.` })
      .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters. A short sentence is easy to remember.`)
      .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
    confirm: z.string({ error: "Type the password again." }),
  })
  .refine((v) => v.password === v.confirm, { message: "The two passwords are different. Type the same password twice.", path: ["confirm"] });

export type FirstRunInput = z.infer<typeof firstRunInput>;

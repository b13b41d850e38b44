import { z } from "zod";
import { isRealIsoDate } from "@/lib/validation/dates";

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const setPasswordInput = z
  .object({
    password: z
      .string({ error: `Choose a password of at least ${PASSWORD_MIN} characters.` })
      .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters. A short sentence is easy to remember.`)
      .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters.`),
    confirm: z.string({ error: "Type the same password again." }),
  })
  .refine((v) => v.password === v.confirm, { message: "The two passwords are not the same.", path: ["confirm"] });

const pain = (label: string) =>
  z.coerce
    .number({ error: `${label}: choose 0 to 10.` })
    .int(`${label}: choose a whole number.`)
    .min(0, `${label}: choose 0 to 10.`)
    .max(10, `${label}: choose 0 to 10.`)
    .optional();

export const dailyLogInput = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a day.").refine(isRealIsoDate, "Choose a day."),
  painDuring: pain("Pain during exercise"),
  painNextMorning: pain("Pain this morning"),
  note: z.string().max(500, "Keep the note under 500 characters.").optional(),
});

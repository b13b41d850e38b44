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
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Choose a day.")
    .refine(isRealIsoDate, "Choose a day."),
  painDuring: pain("Pain during exercise"),
  painNextMorning: pain("Pain this morning"),
  note: z.string().max(500, "Keep the note under 500 characters.").optional(),
  /** "Any new swelling, redness or warmth in the leg?" Yes, no, or not answered (null). */
  newSwelling: z
    .string()
    .optional()
    .transform((v) => (v === "yes" ? true : v === "no" ? false : null)),
});

/** Exercises one daily log may report sets for (a stage has far fewer); more are ignored. */
export const MAX_LOGGED_EXERCISES = 50;

/**
 * The portal's daily log form: the fields above plus sets done per exercise, one input per
 * exercise named `sets_<exerciseKey>` (blank meaning none). Errors are reported for every field
 * at once, keyed by the input's name.
 */
export const dailyLogForm = z
  .object({})
  .catchall(z.string().optional())
  .transform((fields, ctx) => {
    const base = dailyLogInput.safeParse(fields);
    for (const issue of base.error?.issues ?? []) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
    const setsDone: Record<string, number> = {};
    for (const [name, value] of Object.entries(fields)) {
      if (!name.startsWith("sets_") || Object.keys(setsDone).length >= MAX_LOGGED_EXERCISES) continue;
      const sets = value === undefined ? 0 : Number(value);
      if (!Number.isInteger(sets) || sets < 0) ctx.addIssue({ code: "custom", path: [name], message: "Enter a whole number of sets: 0 or more." });
      else setsDone[name.slice("sets_".length)] = sets;
    }
    return base.success ? { ...base.data, setsDone } : z.NEVER;
  });

/** The token of an invitation link (base64url); the data layer checks it against its hash. */
export const invitationToken = z
  .string()
  .regex(/^[A-Za-z0-9_-]{20,100}$/, "This invitation link is not valid. Check that you copied all of it, or ask your therapist for a new one.");

/** The patient's own language switch in the portal (saved to the patient record). */
export const portalLanguageInput = z.object({
  language: z.enum(["en", "es"], { error: "Choose English or Español." }),
});

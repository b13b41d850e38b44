import { z } from "zod";
import type { Locale } from "@/lib/domain/clinical/types";
import { errorText } from "@/lib/i18n/translate";
import { isRealIsoDate } from "@/lib/validation/dates";

// The patient's forms, with their messages in the patient's language (lib/i18n/messages, the
// "errors" namespace): build them with the locale; the English ones are exported as before.

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export function setPasswordInputFor(locale: Locale) {
  const t = errorText(locale);
  return z
    .object({
      password: z
        .string({ error: t("passwordRequired", { min: PASSWORD_MIN }) })
        .min(PASSWORD_MIN, t("passwordShort", { min: PASSWORD_MIN }))
        .max(PASSWORD_MAX, t("passwordLong", { max: PASSWORD_MAX })),
      confirm: z.string({ error: t("confirmRequired") }),
    })
    .refine((v) => v.password === v.confirm, { message: t("passwordsDiffer"), path: ["confirm"] });
}
export const setPasswordInput = setPasswordInputFor("en");

import { NOTE_MAX } from "@/lib/validation/limits";

export { NOTE_MAX };

export function dailyLogInputFor(locale: Locale) {
  const t = errorText(locale);
  const pain = (label: string) =>
    z.coerce
      .number({ error: t("painRange", { label }) })
      .int(t("painWhole", { label }))
      .min(0, t("painRange", { label }))
      .max(10, t("painRange", { label }))
      .optional();
  return z.object({
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, t("chooseDay"))
      .refine(isRealIsoDate, t("chooseDay")),
    painDuring: pain(t("painDuring")),
    painNextMorning: pain(t("painMorning")),
    note: z
      .string()
      .max(NOTE_MAX, t("noteLong", { max: NOTE_MAX }))
      .optional(),
    /** "Any new swelling, redness or warmth in the leg?" Yes, no, or not answered (null). */
    newSwelling: z
      .string()
      .optional()
      .transform((v) => (v === "yes" ? true : v === "no" ? false : null)),
  });
}
export const dailyLogInput = dailyLogInputFor("en");

/** Exercises one daily log may report sets for (a stage has far fewer); more are ignored. */
export const MAX_LOGGED_EXERCISES = 50;

/**
 * The portal's daily log form: the fields above plus sets done per exercise, one input per
 * exercise named `sets_<exerciseKey>` (blank meaning none), and one per question of the stage
 * named `rating_<gateKey>` (0-10, blank meaning not answered). Errors are reported for every field
 * at once, keyed by the input's name.
 */
export function dailyLogFormFor(locale: Locale) {
  const input = dailyLogInputFor(locale);
  const setsWhole = errorText(locale)("setsWhole");
  const ratingRange = errorText(locale)("ratingRange");
  return z
    .object({})
    .catchall(z.string().optional())
    .transform((fields, ctx) => {
      const base = input.safeParse(fields);
      for (const issue of base.error?.issues ?? []) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
      const setsDone: Record<string, number> = {};
      const ratings: Record<string, number> = {};
      for (const [name, value] of Object.entries(fields)) {
        if (name.startsWith("rating_")) {
          // The answer to one of the stage's questions (a subjective gate): blank = not answered.
          if (value === undefined || value.trim() === "" || Object.keys(ratings).length >= MAX_LOGGED_EXERCISES) continue;
          const rating = Number(value);
          if (!Number.isInteger(rating) || rating < 0 || rating > 10) ctx.addIssue({ code: "custom", path: [name], message: ratingRange });
          else ratings[name.slice("rating_".length)] = rating;
          continue;
        }
        if (!name.startsWith("sets_") || Object.keys(setsDone).length >= MAX_LOGGED_EXERCISES) continue;
        const sets = value === undefined ? 0 : Number(value);
        if (!Number.isInteger(sets) || sets < 0) ctx.addIssue({ code: "custom", path: [name], message: setsWhole });
        else setsDone[name.slice("sets_".length)] = sets;
      }
      return base.success ? { ...base.data, setsDone, ratings } : z.NEVER;
    });
}
export const dailyLogForm = dailyLogFormFor("en");

/** The token of an invitation link (base64url); the data layer checks it against its hash. */
export const invitationToken = z.string().regex(/^[A-Za-z0-9_-]{20,100}$/, errorText("en")("inviteInvalid"));

/** The patient's own language switch in the portal (saved to the patient record). */
export const portalLanguageInput = z.object({
  language: z.enum(["en", "es"], { error: errorText("en")("chooseLanguage") }),
});

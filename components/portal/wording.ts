import { createTranslator } from "next-intl";
import type { Dose, Locale } from "@/lib/domain/clinical/types";
import { addDays } from "@/lib/domain/clinical/dates";
import { prescribedOn, sessionsByWeekday, type ExercisePrescription, type ProgressStage } from "@/lib/domain/progress";
import { DATE_LOCALE, MESSAGES } from "@/lib/i18n/messages";

/**
 * The portal's dose, day and aim wording in one language: the "wording" messages of the
 * catalogue (lib/i18n/messages) and the language's date formats. Every function below takes one
 * and defaults to English.
 */
export interface PortalWords {
  locale: Locale;
  t: (key: string, values?: Record<string, string | number>) => string;
}

const words = new Map<Locale, PortalWords>();

/** The portal's wording in `locale` (cached: the translator and formats are built once). */
export function portalWords(locale: Locale = "en"): PortalWords {
  let w = words.get(locale);
  if (!w) {
    const t = createTranslator({ locale, messages: MESSAGES[locale] ?? MESSAGES.en, namespace: "wording" });
    w = { locale, t: (key, values) => t(key as Parameters<typeof t>[0], values) };
    words.set(locale, w);
  }
  return w;
}

const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(DATE_LOCALE[locale] ?? DATE_LOCALE.en, { ...options, timeZone: "UTC" });
    formats.set(key, f);
  }
  return f;
}

const utc = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`);

/**
 * A dose in plain words for the patient, e.g. "3 sets of 15, twice a day" (`describeDose` in
 * lib/domain/plan-edits.ts is the clinician's shorthand). Pain is not part of it: the stage's one
 * pain rule is stated once, and an exercise's own limit only where it differs
 * (lib/domain/clinical/stage-prescription.ts). The load is the therapist's own text, as typed.
 */
export function plainDose(d: Dose, w: PortalWords = portalWords()): string {
  const { t } = w;
  const amount =
    d.reps != null
      ? t("setsOfReps", { sets: d.sets, reps: d.reps })
      : d.holdSeconds != null
        ? t("holds", { sets: d.sets, seconds: d.holdSeconds })
        : d.durationMinutes != null
          ? d.sets === 1
            ? t("minutes", { minutes: d.durationMinutes })
            : t("setsOfMinutes", { sets: d.sets, minutes: d.durationMinutes })
          : t("sets", { count: d.sets });
  const often = t("often", { times: d.frequency.times, per: d.frequency.per });
  return d.load ? t("doseWithLoad", { amount, load: d.load, often }) : t("dose", { amount, often });
}

/** "Fri 21 Nov" (English) or "vie, 21 nov" (Spanish) for an ISO calendar date. */
export function shortDay(iso: string, locale: Locale = "en"): string {
  return dateFormat(locale, { weekday: "short", day: "numeric", month: "short" }).format(utc(iso));
}

/** "4 Dec 2026" (English, like formatDate) or "4 dic 2026" (Spanish) for an ISO calendar date. */
export function portalDate(iso: string, locale: Locale = "en"): string {
  return dateFormat(locale, { day: "numeric", month: "short", year: "numeric" }).format(utc(iso));
}

/** A day the patient may log: its ISO date, the picker's label, the day alone and the full date. */
export interface LoggableDay {
  value: string;
  /** "Today, Fri 4 Dec". */
  label: string;
  /** "Fri 4 Dec". */
  day: string;
  /** "4 Dec 2026" (the "saved" message). */
  date: string;
}

/** The days a patient may log, newest first: today and the `back` days before it. */
export function loggableDays(today: string, back: number, w: PortalWords = portalWords()): LoggableDay[] {
  return Array.from({ length: back + 1 }, (_, i) => {
    const value = addDays(today, -i);
    const day = shortDay(value, w.locale);
    const label = i === 0 ? w.t("today", { day }) : i === 1 ? w.t("yesterday", { day }) : day;
    return { value, label, day, date: portalDate(value, w.locale) };
  });
}

/** "single-leg-bridge" → "Single leg bridge", for a logged exercise no longer in the plan. */
export function readableKey(key: string): string {
  const words = key.replace(/[-_]+/g, " ").trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : key;
}

/** Monday first, in the language's short weekday names ("Mon", "lun"). 2024-01-01 was a Monday. */
function weekdays(locale: Locale): string[] {
  const f = dateFormat(locale, { weekday: "short" });
  return Array.from({ length: 7 }, (_, i) => f.format(utc(addDays("2024-01-01", i))));
}

function listWords(items: string[], locale: Locale): string {
  return new Intl.ListFormat(DATE_LOCALE[locale] ?? DATE_LOCALE.en, { type: "conjunction" }).format(items);
}

/** "3 sets, 4 times a week: Mon, Tue, Thu and Sat" or "2 sets, 3 times a day". */
function sessionWords(p: ExercisePrescription, w: PortalWords): string {
  const sets = w.t("sets", { count: p.setsPerSession });
  const often = w.t("often", { times: p.timesPer, per: p.per });
  if (p.per === "DAY") return w.t("session", { sets, often });
  const days = sessionsByWeekday({ times: p.timesPer, per: "WEEK" });
  const on = days.every((n) => n > 0)
    ? w.t("everyDay")
    : listWords(
        weekdays(w.locale).filter((_, i) => days[i]! > 0),
        w.locale,
      );
  return w.t("sessionOn", { sets, often, days: on });
}

/** One exercise's aim for one day, as the portal shows it: the sets to log, and in words. */
export interface DayAim {
  sets: number;
  text: string;
}

/**
 * The aim the portal shows for a prescription (from `prescribedOn`, the definition adherence and
 * the handout also use): "Your aim today: 6 sets (2 sets, 3 times a day)." or, on a rest day of
 * a weekly exercise, "Your aim today: rest from this one (3 sets, 4 times a week: Mon, Tue, Thu
 * and Sat)." `when` is "today" or "for Thu 3 Dec" (from the catalogue's aimToday / aimFor).
 */
export function aimFor(p: ExercisePrescription, when: string, w: PortalWords = portalWords()): DayAim {
  const why = sessionWords(p, w);
  if (p.sets === 0) return { sets: 0, text: w.t("aimRest", { when, why }) };
  const amount = w.t("sets", { count: p.sets });
  return { sets: p.sets, text: p.per === "DAY" && p.sessions === 1 ? w.t("aim", { when, amount }) : w.t("aimWhy", { when, amount, why }) };
}

/** Per exercise of the stage (in its order): its aim on each of `days` (the first is today), by date. */
export function exerciseAims(stage: Pick<ProgressStage, "exercises">, days: readonly string[], w: PortalWords = portalWords()): Record<string, DayAim>[] {
  const perDay = days.map((date, i) =>
    prescribedOn(stage, date).map((p) => aimFor(p, i === 0 ? w.t("aimToday") : w.t("aimFor", { day: shortDay(date, w.locale) }), w)),
  );
  return stage.exercises.map((_, e) => Object.fromEntries(days.map((date, d) => [date, perDay[d]![e]!])));
}

/**
 * Form schemas for the clinical screens. Inputs arrive as flat FormData fields (names below);
 * each schema turns them into the domain's types with a message per field.
 */
import { z } from "zod";
import { MUSCLES, kindOfMuscle, type InjuryKind, type ScreenAnswers } from "@/lib/domain/injuries";
import {
  CHECK_KEYS,
  INPUTS,
  inputsFor,
  type BaselineMeasures,
  type CheckInput,
  type Measurements,
  type RegisteredInput,
  type VisitType,
} from "@/lib/domain/measures";
import { ONSETS, SIDES, type Injury } from "@/lib/domain/clinical/types";
import { isRealIsoDate, pastDate, todayIso } from "@/lib/validation/dates";
import type { FieldErrors } from "@/lib/validation/form";

type Raw = Record<string, string | undefined>;

/** An optional number field within [min, max] with a message that names it. */
const num = (label: string, min: number, max: number, opts: { integer?: boolean } = {}) =>
  z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (v === undefined) return null;
      const n = Number(v.replace(",", "."));
      if (!Number.isFinite(n)) {
        ctx.addIssue({ code: "custom", message: `${label}: enter a number.` });
        return z.NEVER;
      }
      if (opts.integer && !Number.isInteger(n)) {
        ctx.addIssue({ code: "custom", message: `${label}: enter a whole number.` });
        return z.NEVER;
      }
      if (n < min || n > max) {
        ctx.addIssue({ code: "custom", message: `${label} must be between ${min} and ${max}.` });
        return z.NEVER;
      }
      return n;
    });

const checkbox = z
  .string()
  .optional()
  .transform((v) => v === "on" || v === "true" || v === "1");

/**
 * Form fields of the registry's inputs: a single input is one field named by its key, a paired
 * one two fields, `<key>_affected` and `<key>_unaffected` (see formFields() in the registry).
 * Labels in messages are the registry's, so a message names the field the therapist sees.
 */
function inputFields(inputs: readonly RegisteredInput[]) {
  const shape: Record<string, ReturnType<typeof num>> = {};
  for (const input of inputs) {
    const opts = { integer: input.integer };
    const label = (side: string) => input.label.en.replace("{side}", side).replace(/ \((?:cm|kg|0-\d+|%)\)$/, "");
    if (input.paired) {
      shape[`${input.key}_affected`] = num(label("injured side"), input.range.min, input.range.max, opts);
      shape[`${input.key}_unaffected`] = num(label("other side"), input.range.min, input.range.max, opts);
    } else {
      shape[input.key] = num(label(""), input.range.min, input.range.max, opts);
    }
  }
  return z.object(shape);
}

/** Parsed flat fields back to the stored shape; an all-blank pair is left out. */
function toMeasurements(inputs: readonly RegisteredInput[], data: Record<string, number | null>): Measurements {
  const values: Record<string, unknown> = {};
  for (const input of inputs) {
    if (input.paired) {
      const affected = data[`${input.key}_affected`] ?? null;
      const unaffected = data[`${input.key}_unaffected`] ?? null;
      if (affected !== null || unaffected !== null) values[input.key] = { affected, unaffected };
    } else {
      const value = data[input.key] ?? null;
      if (value !== null) values[input.key] = value;
    }
  }
  return values;
}

/** Inputs a visit type takes: for one kind, or for every kind when the kind is not known. */
function visitInputs(visit: VisitType, kind: InjuryKind | null): RegisteredInput[] {
  return kind ? inputsFor(kind.key, visit) : INPUTS.filter((i) => i.visits.includes(visit));
}

const injuryFields = (today: string) =>
  z.object({
    muscle: z.enum(MUSCLES, { error: "Choose the injured muscle." }),
    side: z.enum(SIDES, { error: "Choose the injured side." }),
    injuryDate: pastDate("date of injury", { min: "2000-01-01", minMessage: "The date of injury looks too far in the past.", today }),
    onset: z.enum(ONSETS, { error: "Choose how it started." }),
    duringRunning: checkbox,
    repeatInjury: z.enum(["first", "repeat"], { error: "Say whether this is a first or a repeat strain." }),
    clinicalGrade: z.enum(["1", "2", "3"], { error: "Choose the clinical grade (1, 2 or 3)." }),
    bamicGrade: z.enum(["0", "1", "2", "3", "4"], { error: "Choose a BAMIC grade from 0 to 4." }).optional(),
    bamicSite: z.enum(["a", "b", "c"], { error: "Choose site a, b or c." }).optional(),
  });

/** The screen's checkboxes (`flag_<item>`) and choices of one injury kind. */
function screenFields(kind: InjuryKind) {
  const { items, choices } = kind.screen.definition;
  const shape: Record<string, z.ZodType> = {};
  for (const item of items) shape[`flag_${item.key}`] = checkbox;
  for (const choice of choices) {
    shape[choice.key] = z.enum(choice.options.map((o) => o.value) as [string, ...string[]], { error: choice.required });
    const { reason } = choice;
    if (reason) shape[reason.key] = z.string().max(reason.maxLength, `${reason.label}: use ${reason.maxLength} characters or fewer.`).optional();
  }
  return z.object(shape);
}

function screenAnswers(kind: InjuryKind, data: Record<string, unknown>): ScreenAnswers {
  const answers: Record<string, boolean | string> = { ...kind.screen.negative };
  for (const item of kind.screen.definition.items) answers[item.key] = data[`flag_${item.key}`] === true;
  for (const choice of kind.screen.definition.choices) {
    answers[choice.key] = String(data[choice.key]);
    const reason = choice.reason ? data[choice.reason.key] : undefined;
    if (choice.reason && typeof reason === "string" && reason.trim().length > 0) answers[choice.reason.key] = reason.trim();
  }
  return answers;
}

export interface AssessmentForm {
  injury: Injury;
  baseline: BaselineMeasures;
  screen: ScreenAnswers;
}

export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

function collect(error: z.ZodError, into: FieldErrors) {
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? "_form");
    if (!(key in into)) into[key] = issue.message;
  }
}

export function parseAssessment(raw: Raw, opts: { dateOfBirth?: string; today?: string } = {}): Parsed<AssessmentForm> {
  const errors: FieldErrors = {};
  const injury = injuryFields(opts.today ?? todayIso()).safeParse(raw);
  // The baseline tests and the screen are the injured muscle's kind's; until a valid muscle is
  // chosen only the muscle's own message shows.
  const kind = injury.success ? kindOfMuscle(injury.data.muscle) : null;
  const inputs = visitInputs("ASSESSMENT", kind);
  const baseline = inputFields(inputs).safeParse(raw);
  const screen = kind ? screenFields(kind).safeParse(raw) : null;
  if (!injury.success) collect(injury.error, errors);
  if (!baseline.success) collect(baseline.error, errors);
  if (screen && !screen.success) collect(screen.error, errors);
  if (injury.success) {
    const { bamicGrade, bamicSite, injuryDate } = injury.data;
    if (bamicSite && !(bamicGrade && ["1", "2", "3"].includes(bamicGrade))) {
      errors.bamicSite = "A site (a, b, c) only goes with BAMIC grades 1 to 3.";
    }
    if (opts.dateOfBirth && injuryDate < opts.dateOfBirth) {
      errors.injuryDate = "The date of injury is before the patient's date of birth.";
    }
  }
  // How it happened, for a kind whose prognosis depends on it (the hamstring's sprinting vs stretching type).
  const mechanisms = kind?.mechanisms ?? [];
  const mechanism = mechanisms.find((m) => m.key === raw.mechanism)?.key ?? null;
  if (mechanisms.length && !mechanism) errors.mechanism = "Choose how the injury happened.";
  // Answers this injury still needs (e.g. a test that a sudden onset must not skip), by the kind's rule.
  const answers = kind && screen?.success ? screenAnswers(kind, screen.data) : null;
  if (injury.success && kind && answers) {
    for (const [field, message] of Object.entries(kind.screen.missing(answers, injury.data))) errors[field] ??= message;
  }
  if (!injury.success || !baseline.success || !kind || !answers || Object.keys(errors).length) return { ok: false, errors };

  const i = injury.data;
  return {
    ok: true,
    data: {
      injury: {
        muscle: i.muscle,
        side: i.side,
        injuryDate: i.injuryDate,
        onset: i.onset,
        duringRunning: i.duringRunning,
        repeatInjury: i.repeatInjury === "repeat",
        clinicalGrade: Number(i.clinicalGrade) as 1 | 2 | 3,
        bamicGrade: i.bamicGrade === undefined ? null : (Number(i.bamicGrade) as 0 | 1 | 2 | 3 | 4),
        bamicSite: i.bamicSite ?? null,
        mechanism,
      },
      baseline: toMeasurements(inputs, baseline.data),
      screen: answers,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Visit measurements
// ---------------------------------------------------------------------------------------------

export interface MeasurementForm {
  measuredOn: string;
  values: Measurements;
  checks: CheckInput;
}

const checkFields = z.object(Object.fromEntries(CHECK_KEYS.map((key) => [`check_${key}`, z.enum(["yes", "no"]).optional()])));

/**
 * A visit's measurements: the registry's VISIT inputs (of `kind` when given, else of every kind)
 * and the therapist checks (`check_<key>`: yes, no or blank).
 */
export function parseMeasurement(raw: Raw, opts: { today?: string; kind?: InjuryKind | null } = {}): Parsed<MeasurementForm> {
  const inputs = visitInputs("VISIT", opts.kind ?? null);
  const date = z.object({ measuredOn: pastDate("measurement date", { min: "2000-01-01", today: opts.today ?? todayIso() }) }).safeParse(raw);
  const fields = inputFields(inputs).safeParse(raw);
  const checked = checkFields.safeParse(raw);
  if (!date.success || !fields.success || !checked.success) {
    const errors: FieldErrors = {};
    if (!date.success) collect(date.error, errors);
    if (!fields.success) collect(fields.error, errors);
    if (!checked.success) collect(checked.error, errors);
    return { ok: false, errors };
  }
  const values = toMeasurements(inputs, fields.data);
  const checks: Record<string, boolean> = {};
  for (const key of CHECK_KEYS) {
    const v = (checked.data as Record<string, string | undefined>)[`check_${key}`];
    if (v === "yes") checks[key] = true;
    if (v === "no") checks[key] = false;
  }
  if (Object.keys(values).length === 0 && Object.keys(checks).length === 0) {
    return { ok: false, errors: { _form: "Enter at least one measurement or check." } };
  }
  return { ok: true, data: { measuredOn: date.data.measuredOn, values, checks } };
}

// ---------------------------------------------------------------------------------------------
// Plan creation and edits
// ---------------------------------------------------------------------------------------------

export const planStartInput = z.object({
  templateId: z.uuid("Choose a protocol template."),
  startDate: z
    .string({ error: "Choose the plan's start date." })
    .refine(isRealIsoDate, "Enter the start date as a real date (YYYY-MM-DD).")
    .refine((v) => v >= "2000-01-01", "The start date looks too far in the past."),
});

// ---------------------------------------------------------------------------------------------
// Medical clearance of a DVT flag
// ---------------------------------------------------------------------------------------------

export const DVT_CLEARANCE_LIMITS = { clearedBy: 200, note: 1000 } as const;

/** The "Record medical clearance" form; the date may not be after the clinic's today. */
export function dvtClearanceInput(opts: { today?: string } = {}) {
  return z.object({
    clearedBy: z
      .string({ error: "Enter the name of the doctor who cleared the patient." })
      .max(DVT_CLEARANCE_LIMITS.clearedBy, `The name can be at most ${DVT_CLEARANCE_LIMITS.clearedBy} characters.`),
    clearedOn: pastDate("date of the clearance", { today: opts.today, min: "2000-01-01" }),
    note: z.string().max(DVT_CLEARANCE_LIMITS.note, `The note can be at most ${DVT_CLEARANCE_LIMITS.note} characters.`).optional(),
  });
}

export type DvtClearanceForm = z.infer<ReturnType<typeof dvtClearanceInput>>;

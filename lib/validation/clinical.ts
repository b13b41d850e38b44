/**
 * Form schemas for the clinical screens. Inputs arrive as flat FormData fields (names below);
 * each schema turns them into the domain's types with a message per field.
 */
import { z } from "zod";
import { NEGATIVE_SCREEN, SCREEN_ITEMS } from "@/lib/domain/clinical/red-flags";
import {
  CHECK_KEYS,
  MUSCLES,
  ONSETS,
  SIDES,
  THOMPSON_RESULTS,
  type BaselineMeasures,
  type CheckInput,
  type Injury,
  type Measurements,
  type ScreenInput,
} from "@/lib/domain/clinical/types";
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

export const ASSESSMENT_FIELDS = {
  heelRaises: [
    ["hrAffectedStraight", "Heel raises, injured side, straight knee"],
    ["hrAffectedBent", "Heel raises, injured side, bent knee"],
    ["hrUnaffectedStraight", "Heel raises, other side, straight knee"],
    ["hrUnaffectedBent", "Heel raises, other side, bent knee"],
  ],
} as const;

const injuryFields = (today: string) => z.object({
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

const baselineFields = z.object({
  painRest: num("Pain at rest", 0, 10, { integer: true }),
  painWalking: num("Pain while walking", 0, 10, { integer: true }),
  hrAffectedStraight: num("Heel raises (injured, straight knee)", 0, 150, { integer: true }),
  hrAffectedBent: num("Heel raises (injured, bent knee)", 0, 150, { integer: true }),
  hrUnaffectedStraight: num("Heel raises (other side, straight knee)", 0, 150, { integer: true }),
  hrUnaffectedBent: num("Heel raises (other side, bent knee)", 0, 150, { integer: true }),
  lungeAffected: num("Knee-to-wall (injured side)", 0, 30),
  lungeUnaffected: num("Knee-to-wall (other side)", 0, 30),
});

const screenFields = z.object({
  thompsonTest: z.enum(THOMPSON_RESULTS, { error: "Record the Thompson test result, or 'Not done'." }),
  ...Object.fromEntries(SCREEN_ITEMS.map((item) => [`flag_${item.key}`, checkbox])),
});

export interface AssessmentForm {
  injury: Injury;
  baseline: BaselineMeasures;
  screen: ScreenInput;
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
  const baseline = baselineFields.safeParse(raw);
  const screen = screenFields.safeParse(raw);
  if (!injury.success) collect(injury.error, errors);
  if (!baseline.success) collect(baseline.error, errors);
  if (!screen.success) collect(screen.error, errors);
  if (injury.success) {
    const { bamicGrade, bamicSite, injuryDate } = injury.data;
    if (bamicSite && !(bamicGrade && ["1", "2", "3"].includes(bamicGrade))) {
      errors.bamicSite = "A site (a, b, c) only goes with BAMIC grades 1 to 3.";
    }
    if (opts.dateOfBirth && injuryDate < opts.dateOfBirth) {
      errors.injuryDate = "The date of injury is before the patient's date of birth.";
    }
  }
  if (!injury.success || !baseline.success || !screen.success || Object.keys(errors).length) return { ok: false, errors };

  const i = injury.data;
  const b = baseline.data;
  const s = screen.data as Record<string, unknown>;
  const screenInput = { ...NEGATIVE_SCREEN, thompsonTest: screen.data.thompsonTest };
  for (const item of SCREEN_ITEMS) (screenInput as unknown as Record<string, boolean>)[item.key] = s[`flag_${item.key}`] === true;
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
      },
      baseline: {
        painRest: b.painRest,
        painWalking: b.painWalking,
        heelRaises: {
          affected: { straightKnee: b.hrAffectedStraight, bentKnee: b.hrAffectedBent },
          unaffected: { straightKnee: b.hrUnaffectedStraight, bentKnee: b.hrUnaffectedBent },
        },
        lungeCm: { affected: b.lungeAffected, unaffected: b.lungeUnaffected },
      },
      screen: screenInput,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Visit measurements
// ---------------------------------------------------------------------------------------------

const measurementFields = (today: string) => z.object({
  measuredOn: pastDate("measurement date", { min: "2000-01-01", today }),
  painRest: num("Pain at rest", 0, 10, { integer: true }),
  painWalking: num("Pain while walking", 0, 10, { integer: true }),
  painExercise: num("Pain during exercise", 0, 10, { integer: true }),
  painNextMorning: num("Pain the next morning", 0, 10, { integer: true }),
  hrAffectedStraight: num("Heel raises (injured, straight knee)", 0, 150, { integer: true }),
  hrAffectedBent: num("Heel raises (injured, bent knee)", 0, 150, { integer: true }),
  hrUnaffectedStraight: num("Heel raises (other side, straight knee)", 0, 150, { integer: true }),
  hrUnaffectedBent: num("Heel raises (other side, bent knee)", 0, 150, { integer: true }),
  lungeAffected: num("Knee-to-wall (injured side)", 0, 30),
  lungeUnaffected: num("Knee-to-wall (other side)", 0, 30),
  hopAffected: num("Single-leg hop (injured side)", 0, 400),
  hopUnaffected: num("Single-leg hop (other side)", 0, 400),
  heightAffected: num("Heel-raise height (injured side)", 0, 30),
  heightUnaffected: num("Heel-raise height (other side)", 0, 30),
  seatedRaiseLoadKg: num("Seated raise load", 0, 400),
  bodyMassKg: num("Body mass", 20, 300),
  lefs: num("LEFS score", 0, 80, { integer: true }),
  ...Object.fromEntries(CHECK_KEYS.map((key) => [`check_${key}`, z.enum(["yes", "no"]).optional()])),
});

export interface MeasurementForm {
  measuredOn: string;
  values: Measurements;
  checks: CheckInput;
}

export function parseMeasurement(raw: Raw, opts: { today?: string } = {}): Parsed<MeasurementForm> {
  const parsed = measurementFields(opts.today ?? todayIso()).safeParse(raw);
  if (!parsed.success) {
    const errors: FieldErrors = {};
    collect(parsed.error, errors);
    return { ok: false, errors };
  }
  const m = parsed.data as z.infer<ReturnType<typeof measurementFields>> & Record<string, unknown>;
  const pair = (affected: number | null, unaffected: number | null) =>
    affected === null && unaffected === null ? null : { affected, unaffected };
  const values: Measurements = {
    painRest: m.painRest,
    painWalking: m.painWalking,
    painExercise: m.painExercise,
    painNextMorning: m.painNextMorning,
    heelRaises:
      [m.hrAffectedStraight, m.hrAffectedBent, m.hrUnaffectedStraight, m.hrUnaffectedBent].every((v) => v === null)
        ? null
        : {
            affected: { straightKnee: m.hrAffectedStraight, bentKnee: m.hrAffectedBent },
            unaffected: { straightKnee: m.hrUnaffectedStraight, bentKnee: m.hrUnaffectedBent },
          },
    lungeCm: pair(m.lungeAffected, m.lungeUnaffected),
    hopDistanceCm: pair(m.hopAffected, m.hopUnaffected),
    heelRaiseHeightCm: pair(m.heightAffected, m.heightUnaffected),
    seatedRaiseLoadKg: m.seatedRaiseLoadKg,
    bodyMassKg: m.bodyMassKg,
    lefs: m.lefs,
  };
  const checks: CheckInput = {};
  for (const key of CHECK_KEYS) {
    const v = m[`check_${key}`];
    if (v === "yes") checks[key] = true;
    if (v === "no") checks[key] = false;
  }
  const hasAny = Object.values(values).some((v) => v !== null && v !== undefined) || Object.keys(checks).length > 0;
  if (!hasAny) return { ok: false, errors: { _form: "Enter at least one measurement or check." } };
  return { ok: true, data: { measuredOn: m.measuredOn, values, checks } };
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


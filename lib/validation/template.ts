// zod schemas for the protocol-template editor, shared by its forms (field names, limits) and
// its server actions. Form schemas take the flat strings of a form (see formToObject) and give
// the domain shapes; the data layer re-checks those shapes with the structural schemas below.
// Ordering rules across grades (grade 3 >= grade 2 >= grade 1) are checked only at publish time,
// by validateTemplate, so a draft can be saved half-way through a change.
import { z } from "zod";
import { CLINICAL_GRADES, type Comparator, type Dose, type GradeDurations, type MeasureKey } from "@/lib/domain/clinical/types";
import { MEASURE_KEYS, MEASURE_META } from "@/lib/domain/measures";

export const LIMITS = {
  name: 120,
  purpose: 1000,
  lines: 20,
  line: 300,
  durationDays: { min: 1, max: 365 },
  sets: { min: 1, max: 20 },
  reps: { min: 1, max: 500 },
  holdSeconds: { min: 1, max: 600 },
  durationMinutes: { min: 1, max: 240 },
  load: 200,
  notes: 500,
  times: { min: 1, max: 14 },
  painLimit: { min: 0, max: 10 },
  gateLabel: 300,
} as const;

export const COMPARATORS = [">=", "<=", ">", "<"] as const satisfies readonly Comparator[];
export const COMPARATOR_LABELS: Record<Comparator, string> = {
  ">=": "at least (≥)",
  "<=": "at most (≤)",
  ">": "more than (>)",
  "<": "less than (<)",
};
export const FREQUENCY_OPTIONS = [
  { value: "DAY", label: "per day" },
  { value: "WEEK", label: "per week" },
] as const;

// ---------------------------------------------------------------------------------------------
// Building blocks
// ---------------------------------------------------------------------------------------------

function text(label: string, max: number) {
  return z
    .string({ error: `Enter the ${label}.` })
    .trim()
    .min(1, `Enter the ${label}.`)
    .max(max, `The ${label} can be at most ${max} characters.`);
}

function optionalText(label: string, max: number) {
  return z.string().trim().max(max, `The ${label} can be at most ${max} characters.`).optional();
}

function wholeNumber(label: string, range: { min: number; max: number }) {
  return z.coerce
    .number({ error: `Enter the ${label} as a number.` })
    .int(`The ${label} must be a whole number.`)
    .min(range.min, `The ${label} must be at least ${range.min}.`)
    .max(range.max, `The ${label} can be at most ${range.max}.`);
}

/** Text with one item per line: blank lines dropped, each line trimmed. */
function lines(label: string) {
  return z
    .string()
    .optional()
    .transform((v) =>
      (v ?? "")
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string().max(LIMITS.line, `Each line of ${label} can be at most ${LIMITS.line} characters.`))
        .max(LIMITS.lines, `Keep ${label} to ${LIMITS.lines} lines or fewer.`),
    );
}

const twoDecimals = (v: number) => Math.abs(Math.round(v * 100) - v * 100) < 1e-6;

/** A threshold inside the measure's valid range, with at most two decimals (the column's scale). */
export function thresholdProblem(measure: MeasureKey, threshold: number): string | null {
  const { range, unit } = MEASURE_META[measure];
  if (!Number.isFinite(threshold)) return "Enter the threshold as a number.";
  if (threshold < range.min || threshold > range.max) {
    return `For this measure the threshold must be between ${range.min} and ${range.max} (${unit}).`;
  }
  if (!twoDecimals(threshold)) return "Use at most two decimals.";
  return null;
}

// ---------------------------------------------------------------------------------------------
// Structural schemas (data layer)
// ---------------------------------------------------------------------------------------------

const range = (r: { min: number; max: number }) => z.number().int().min(r.min).max(r.max);

export const DoseSchema = z
  .object({
    sets: range(LIMITS.sets),
    reps: range(LIMITS.reps).nullable().optional(),
    holdSeconds: range(LIMITS.holdSeconds).nullable().optional(),
    durationMinutes: range(LIMITS.durationMinutes).nullable().optional(),
    load: z.string().max(LIMITS.load).nullable().optional(),
    frequency: z.object({ times: range(LIMITS.times), per: z.enum(["DAY", "WEEK"]) }),
    painLimit: range(LIMITS.painLimit),
    notes: z.string().max(LIMITS.notes).nullable().optional(),
  })
  .refine((d) => [d.reps, d.holdSeconds, d.durationMinutes].filter((v) => v != null).length === 1, {
    message: "A dose has exactly one of reps, hold seconds or minutes.",
    path: ["reps"],
  }) satisfies z.ZodType<Dose>;

const durationRange = z
  .object({ min: range(LIMITS.durationDays), max: range(LIMITS.durationDays) })
  .refine((r) => r.min <= r.max, { message: "min must not exceed max" });

export const GradeDurationsSchema = z.object({
  1: durationRange,
  2: durationRange,
  3: durationRange,
}) satisfies z.ZodType<GradeDurations>;

export const StageEditSchema = z.object({
  name: z.string().trim().min(1).max(LIMITS.name),
  purpose: z.string().trim().min(1).max(LIMITS.purpose),
  goals: z.array(z.string().trim().min(1).max(LIMITS.line)).max(LIMITS.lines),
  precautions: z.array(z.string().trim().min(1).max(LIMITS.line)).max(LIMITS.lines),
  durationDays: GradeDurationsSchema,
});
export type StageEdit = z.infer<typeof StageEditSchema>;

export const GateEditSchema = z.object({
  label: z.string().trim().min(1).max(LIMITS.gateLabel),
  patientLabel: z.string().trim().min(1).max(LIMITS.gateLabel),
  /** MEASURE gates only; ignored for CHECK gates. */
  comparator: z.enum(COMPARATORS).optional(),
  threshold: z.number().finite().optional(),
});
export type GateEdit = z.infer<typeof GateEditSchema>;

export const MeasureGateNewSchema = z.object({
  measure: z.enum(MEASURE_KEYS),
  comparator: z.enum(COMPARATORS),
  threshold: z.number().finite(),
  label: z.string().trim().min(1).max(LIMITS.gateLabel),
  patientLabel: z.string().trim().min(1).max(LIMITS.gateLabel),
});
export type MeasureGateNew = z.infer<typeof MeasureGateNewSchema>;

export const TemplateDetailsSchema = z.object({ name: z.string().trim().min(1).max(LIMITS.name) });
export type TemplateDetails = z.infer<typeof TemplateDetailsSchema>;

// ---------------------------------------------------------------------------------------------
// Form schemas (server actions; field names are the form's input names)
// ---------------------------------------------------------------------------------------------

export const templateDetailsForm = z.object({ name: text("template name", LIMITS.name) });

/** Duration inputs are named min1, max1, min2, max2, min3, max3. */
export const DURATION_FIELDS = CLINICAL_GRADES.map((g) => ({ grade: g, min: `min${g}`, max: `max${g}` }) as const);

export const stageForm = z
  .object({
    name: text("stage name", LIMITS.name),
    purpose: text("purpose", LIMITS.purpose),
    goals: lines("goals"),
    precautions: lines("precautions"),
    min1: wholeNumber("grade 1 minimum", LIMITS.durationDays),
    max1: wholeNumber("grade 1 maximum", LIMITS.durationDays),
    min2: wholeNumber("grade 2 minimum", LIMITS.durationDays),
    max2: wholeNumber("grade 2 maximum", LIMITS.durationDays),
    min3: wholeNumber("grade 3 minimum", LIMITS.durationDays),
    max3: wholeNumber("grade 3 maximum", LIMITS.durationDays),
  })
  .superRefine((v, ctx) => {
    for (const g of CLINICAL_GRADES) {
      if (v[`min${g}`] > v[`max${g}`]) {
        ctx.addIssue({ code: "custom", path: [`max${g}`], message: `The grade ${g} maximum must be at least the minimum (${v[`min${g}`]} days).` });
      }
    }
  })
  .transform((v): StageEdit => ({
    name: v.name,
    purpose: v.purpose,
    goals: v.goals,
    precautions: v.precautions,
    durationDays: {
      1: { min: v.min1, max: v.max1 },
      2: { min: v.min2, max: v.max2 },
      3: { min: v.min3, max: v.max3 },
    },
  }));

const doseFields = {
  sets: wholeNumber("number of sets", LIMITS.sets),
  reps: wholeNumber("number of reps", LIMITS.reps).optional(),
  holdSeconds: wholeNumber("hold time", LIMITS.holdSeconds).optional(),
  durationMinutes: wholeNumber("number of minutes", LIMITS.durationMinutes).optional(),
  load: optionalText("load", LIMITS.load),
  times: wholeNumber("number of times", LIMITS.times),
  per: z.enum(["DAY", "WEEK"], { error: "Choose per day or per week." }),
  painLimit: wholeNumber("pain limit", LIMITS.painLimit),
  notes: optionalText("note", LIMITS.notes),
};

const doseObject = z.object(doseFields);
type DoseFields = z.output<typeof doseObject>;

function checkOneAmount(v: DoseFields, ctx: z.RefinementCtx<DoseFields>) {
  const filled = [v.reps, v.holdSeconds, v.durationMinutes].filter((x) => x !== undefined).length;
  if (filled !== 1) {
    ctx.addIssue({
      code: "custom",
      path: ["reps"],
      message: filled === 0 ? "Enter reps, a hold time or minutes per set." : "Enter only one of reps, hold time or minutes.",
    });
  }
}

/** Only the fields that are set, so stored doses look like the seeded ones. */
function toDose(v: DoseFields): Dose {
  const dose: Dose = { sets: v.sets, frequency: { times: v.times, per: v.per }, painLimit: v.painLimit };
  if (v.reps !== undefined) dose.reps = v.reps;
  if (v.holdSeconds !== undefined) dose.holdSeconds = v.holdSeconds;
  if (v.durationMinutes !== undefined) dose.durationMinutes = v.durationMinutes;
  if (v.load) dose.load = v.load;
  if (v.notes) dose.notes = v.notes;
  return dose;
}

export const doseForm = doseObject.superRefine(checkOneAmount).transform(toDose);

export const addExerciseForm = z
  .object({ ...doseFields, exerciseKey: z.string({ error: "Choose an exercise." }).min(1, "Choose an exercise.").max(100) })
  .superRefine(checkOneAmount)
  .transform((v) => ({ exerciseKey: v.exerciseKey, dose: toDose(v) }));

const threshold = z.coerce.number({ error: "Enter the threshold as a number." }).refine(Number.isFinite, "Enter the threshold as a number.");

/** Editing a gate: comparator and threshold are only posted for MEASURE gates. */
export const gateForm = z
  .object({
    label: text("clinician label", LIMITS.gateLabel),
    patientLabel: text("patient wording", LIMITS.gateLabel),
    comparator: z.enum(COMPARATORS, { error: "Choose a comparison." }).optional(),
    threshold: threshold.optional(),
  })
  .transform((v): GateEdit => v);

export const measureGateForm = z
  .object({
    measure: z.enum(MEASURE_KEYS, { error: "Choose a measure." }),
    comparator: z.enum(COMPARATORS, { error: "Choose a comparison." }),
    threshold,
    label: text("clinician label", LIMITS.gateLabel),
    patientLabel: text("patient wording", LIMITS.gateLabel),
  })
  .superRefine((v, ctx) => {
    const problem = thresholdProblem(v.measure, v.threshold);
    if (problem) ctx.addIssue({ code: "custom", path: ["threshold"], message: problem });
  })
  .transform((v): MeasureGateNew => v);

/** Largest PlanDefinition file accepted for import (the seeded protocols export at about 60 KB). */
export const IMPORT_MAX_CHARS = 900_000;
export const IMPORT_TOO_LARGE = "This file is too large for a protocol (over 900 KB).";

/** The import form: the PlanDefinition file's text, read in the browser. */
export const importForm = z.object({
  fhir: z.string({ error: "Choose a PlanDefinition file (.json)." }).min(1, "Choose a PlanDefinition file (.json).").max(IMPORT_MAX_CHARS, IMPORT_TOO_LARGE),
});

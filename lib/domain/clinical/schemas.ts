// zod schemas for the clinical inputs, for forms and server actions to share. They mirror the
// TypeScript types in ./types.ts (the `satisfies` clauses keep the two in step).
import { z } from "zod";
import { isIsoDate } from "./dates";
import {
  BAMIC_SITES,
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
} from "./types";

export const IsoDateSchema = z.string().refine(isIsoDate, { message: "Use a real date as yyyy-mm-dd" });

const nprs = z.number().min(0).max(10).nullable().optional();
const nonNegative = z.number().finite().min(0).nullable().optional();
const sidePair = z.object({ affected: nonNegative, unaffected: nonNegative }).nullable().optional();
const kneeReps = z.object({ straightKnee: nonNegative, bentKnee: nonNegative }).nullable().optional();

export const InjurySchema = z
  .object({
    muscle: z.enum(MUSCLES),
    side: z.enum(SIDES),
    injuryDate: IsoDateSchema,
    onset: z.enum(ONSETS),
    duringRunning: z.boolean(),
    repeatInjury: z.boolean(),
    clinicalGrade: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    bamicGrade: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3), z.literal(4)]).nullable().optional(),
    bamicSite: z.enum(BAMIC_SITES).nullable().optional(),
  })
  .refine(
    (injury) =>
      injury.bamicSite == null || injury.bamicGrade === 1 || injury.bamicGrade === 2 || injury.bamicGrade === 3,
    { message: "A BAMIC site (a, b, c) only goes with BAMIC grades 1-3", path: ["bamicSite"] },
  ) satisfies z.ZodType<Injury>;

export const BaselineMeasuresSchema = z.object({
  painRest: nprs,
  painWalking: nprs,
  heelRaises: z.object({ affected: kneeReps, unaffected: kneeReps }).nullable().optional(),
  lungeCm: sidePair,
}) satisfies z.ZodType<BaselineMeasures>;

export const MeasurementsSchema = BaselineMeasuresSchema.extend({
  painExercise: nprs,
  painNextMorning: nprs,
  heelRaiseHeightCm: sidePair,
  hopDistanceCm: sidePair,
  seatedRaiseLoadKg: nonNegative,
  bodyMassKg: z.number().positive().max(400).nullable().optional(),
  lefs: z.number().int().min(0).max(80).nullable().optional(),
  adherencePct: z.number().min(0).max(100).nullable().optional(),
}) satisfies z.ZodType<Measurements>;

export const CheckInputSchema = z.partialRecord(z.enum(CHECK_KEYS), z.boolean().nullable()) satisfies z.ZodType<CheckInput>;

export const ScreenInputSchema = z.object({
  activeCancer: z.boolean(),
  paralysisOrRecentCast: z.boolean(),
  bedriddenOrRecentSurgery: z.boolean(),
  deepVeinTenderness: z.boolean(),
  wholeLegSwollen: z.boolean(),
  calfSwellingOver3cm: z.boolean(),
  pittingOedema: z.boolean(),
  collateralSuperficialVeins: z.boolean(),
  previousDvt: z.boolean(),
  alternativeDiagnosisAsLikely: z.boolean(),
  thompsonTest: z.enum(THOMPSON_RESULTS),
  palpableGap: z.boolean(),
  painOutOfProportion: z.boolean(),
  tenseSwollenCompartment: z.boolean(),
  paraesthesia: z.boolean(),
  coldPaleFoot: z.boolean(),
  claudication: z.boolean(),
  feverOrUnwell: z.boolean(),
  suspectedStressFracture: z.boolean(),
  bakersCyst: z.boolean(),
  referredBackPain: z.boolean(),
  cannotBearWeight: z.boolean(),
  rednessWarmth: z.boolean(),
  painNotImprovingWithRest: z.boolean(),
  numbness: z.boolean(),
  severeBruising: z.boolean(),
}) satisfies z.ZodType<ScreenInput>;

// fast-check arbitraries shared by the domain tests (not a test file itself).
import fc from "fast-check";
import { addDays } from "@/lib/domain/clinical/dates";
import { BAMIC_SITES, CLINICAL_GRADES, ONSETS, SIDES, type BamicGrade, type BaselineMeasures, type Injury } from "@/lib/domain/clinical";
import { CALF_KIND } from "@/lib/domain/injuries/calf";
import { kindOfMuscle } from "@/lib/domain/injuries";
import { THOMPSON_RESULTS, type ScreenInput, type WellsCriteria } from "@/lib/domain/injuries/calf/screen";

export const WELLS_KEYS = [
  "activeCancer",
  "paralysisOrRecentCast",
  "bedriddenOrRecentSurgery",
  "deepVeinTenderness",
  "wholeLegSwollen",
  "calfSwellingOver3cm",
  "pittingOedema",
  "collateralSuperficialVeins",
  "previousDvt",
] as const satisfies readonly (keyof WellsCriteria)[];

/** Boolean screen items that raise a flag on their own. */
export const SIGN_KEYS = [
  "palpableGap",
  "painOutOfProportion",
  "tenseSwollenCompartment",
  "paraesthesia",
  "coldPaleFoot",
  "claudication",
  "feverOrUnwell",
  "suspectedStressFracture",
  "bakersCyst",
  "referredBackPain",
  "cannotBearWeight",
  "rednessWarmth",
  "painNotImprovingWithRest",
  "numbness",
  "severeBruising",
] as const satisfies readonly (keyof ScreenInput)[];

export const isoDate = fc
  .date({ min: new Date("2020-01-01T00:00:00Z"), max: new Date("2035-12-31T00:00:00Z"), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

/** A calf injury: the calf tests' properties are about the calf's rules (other kinds test their own). */
export const injuryArb: fc.Arbitrary<Injury> = fc.record({
  muscle: fc.constantFrom(...CALF_KIND.muscles.map((m) => m.key)),
  side: fc.constantFrom(...SIDES),
  injuryDate: isoDate,
  onset: fc.constantFrom(...ONSETS),
  duringRunning: fc.boolean(),
  repeatInjury: fc.boolean(),
  clinicalGrade: fc.constantFrom(...CLINICAL_GRADES),
  bamicGrade: fc.option(fc.constantFrom<BamicGrade>(0, 1, 2, 3, 4), { nil: null }),
  bamicSite: fc.option(fc.constantFrom(...BAMIC_SITES), { nil: null }),
});

const reps = fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined });
const pain = fc.option(fc.integer({ min: 0, max: 10 }), { nil: undefined });

export const baselineArb: fc.Arbitrary<BaselineMeasures> = fc.record({
  painRest: pain,
  painWalking: pain,
  heelRaisesStraight: fc.record({ affected: reps, unaffected: reps }),
  heelRaisesBent: fc.record({ affected: reps, unaffected: reps }),
  lungeCm: fc.record({
    affected: fc.option(fc.integer({ min: 0, max: 15 }), { nil: undefined }),
    unaffected: fc.option(fc.integer({ min: 0, max: 15 }), { nil: undefined }),
  }),
});

const bool = fc.boolean();
export const screenArb: fc.Arbitrary<ScreenInput> = fc.record({
  activeCancer: bool,
  paralysisOrRecentCast: bool,
  bedriddenOrRecentSurgery: bool,
  deepVeinTenderness: bool,
  wholeLegSwollen: bool,
  calfSwellingOver3cm: bool,
  pittingOedema: bool,
  collateralSuperficialVeins: bool,
  previousDvt: bool,
  alternativeDiagnosisAsLikely: bool,
  thompsonTest: fc.constantFrom(...THOMPSON_RESULTS),
  palpableGap: bool,
  painOutOfProportion: bool,
  tenseSwollenCompartment: bool,
  paraesthesia: bool,
  coldPaleFoot: bool,
  claudication: bool,
  feverOrUnwell: bool,
  suspectedStressFracture: bool,
  bakersCyst: bool,
  referredBackPain: bool,
  cannotBearWeight: bool,
  rednessWarmth: bool,
  painNotImprovingWithRest: bool,
  numbness: bool,
  severeBruising: bool,
});

/** A screen with at least one positive criterion: a sign, an abnormal Thompson test, or Wells >= 2. */
export const positiveScreenArb: fc.Arbitrary<ScreenInput> = fc.oneof(
  fc.tuple(screenArb, fc.constantFrom(...SIGN_KEYS)).map(([s, key]) => ({ ...s, [key]: true })),
  screenArb.map((s) => ({ ...s, thompsonTest: "ABSENT_PLANTARFLEXION" as const })),
  fc.tuple(screenArb, fc.uniqueArray(fc.constantFrom(...WELLS_KEYS), { minLength: 2, maxLength: 9 }), fc.boolean()).map(([s, keys, alternative]) => {
    const withWells: ScreenInput = { ...s, alternativeDiagnosisAsLikely: false };
    for (const key of keys) withWells[key] = true;
    // With the -2 item, 4 criteria are needed to stay at 2 or more.
    if (alternative && keys.length >= 4) withWells.alternativeDiagnosisAsLikely = true;
    return withWells;
  }),
);

/**
 * Independent oracle: is anything in the screen positive? Any Wells criterion counts, whatever
 * the -2 for another diagnosis does to the score ("unlikely" still needs a D-dimer test).
 */
export function isPositive(s: ScreenInput): boolean {
  return SIGN_KEYS.some((key) => s[key]) || s.thompsonTest === "ABSENT_PLANTARFLEXION" || WELLS_KEYS.some((key) => s[key]);
}

/** Independent oracle: is anything positive that a medical clearance of DVT does not lift? */
export function isPositiveBesidesDvt(s: ScreenInput): boolean {
  return SIGN_KEYS.some((key) => s[key]) || s.thompsonTest === "ABSENT_PLANTARFLEXION";
}

/**
 * A stage history from random moves: each [forward, gap] moves one stage on (or back, never
 * before stage 1) `gap` days after the previous move, staying within `stageCount` stages.
 */
export function stageMoves(start: string, moves: readonly [boolean, number][], stageCount: number) {
  const history: { stageIndex: number; startedOn: string }[] = [{ stageIndex: 0, startedOn: start }];
  let index = 0;
  let day = start;
  for (const [forward, gap] of moves) {
    const to = index + (forward || index === 0 ? 1 : -1);
    if (to >= stageCount) continue;
    day = addDays(day, gap);
    index = to;
    history.push({ stageIndex: index, startedOn: day });
  }
  return { history, current: index, lastMove: day };
}

/** An injury of a calf muscle, for the calf's own rules (prognosis factors, templates). */
export const calfInjuryArb: fc.Arbitrary<Injury> = injuryArb.filter((injury) => kindOfMuscle(injury.muscle).key === "calf");

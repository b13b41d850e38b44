// The Wells deep vein thrombosis rule, shared by every leg region's red-flag screen. A kind
// supplies only the wording of the ten criteria (its form's labels); the points, the thresholds
// and the flag each kind raises are declared here once, so a change to the DVT rule reaches every
// region (the calf, the thigh regions) together.
//
// Rule (clinical brief): Wells score >= 2 -> "DVT likely", URGENT. Below that, any positive
// criterion (before the -2 for another diagnosis) -> "DVT not excluded", URGENT: in the two-level
// model "unlikely" still needs a D-dimer test, which a physiotherapist cannot order (Wells et al.,
// "Evaluation of D-dimer in the diagnosis of suspected deep-vein thrombosis", N Engl J Med
// 2003;349:1227-1235). Both flags, and only they, may be lifted by a recorded medical clearance
// (decision 015).
import type { RedFlag } from "../clinical/types";
import type { ScreenItem } from "./types";

/** Wells criteria for deep vein thrombosis (each +1, the last -2). */
export type WellsCriteria = {
  activeCancer: boolean;
  paralysisOrRecentCast: boolean;
  bedriddenOrRecentSurgery: boolean;
  deepVeinTenderness: boolean;
  wholeLegSwollen: boolean;
  calfSwellingOver3cm: boolean;
  pittingOedema: boolean;
  collateralSuperficialVeins: boolean;
  previousDvt: boolean;
  alternativeDiagnosisAsLikely: boolean;
};

export type WellsKey = keyof WellsCriteria;

/** The lower-leg girth criterion's stored key (Wells measures the girth below the knee). */
export const WELLS_GIRTH_KEY = "calfSwellingOver3cm" satisfies WellsKey;

/** Points of each criterion, in the order forms list them. */
export const WELLS_POINTS: Readonly<Record<WellsKey, number>> = {
  activeCancer: 1,
  paralysisOrRecentCast: 1,
  bedriddenOrRecentSurgery: 1,
  deepVeinTenderness: 1,
  wholeLegSwollen: 1,
  calfSwellingOver3cm: 1,
  pittingOedema: 1,
  collateralSuperficialVeins: 1,
  previousDvt: 1,
  alternativeDiagnosisAsLikely: -2,
};

const WELLS_KEYS = Object.keys(WELLS_POINTS) as WellsKey[];

/** No criterion present: a starting point for a kind's negative screen. */
export const NEGATIVE_WELLS: Readonly<WellsCriteria> = Object.fromEntries(WELLS_KEYS.map((key) => [key, false])) as unknown as WellsCriteria;

/** Wells score at or above this means "DVT likely" (two-level model). */
export const WELLS_LIKELY_THRESHOLD = 2;

/** Positive Wells points (before the -2) at or above this block the plan even when "unlikely". */
export const WELLS_NOT_EXCLUDED_THRESHOLD = 1;

/** The criteria as screen items of `group`, worded by the kind; the points come from WELLS_POINTS. */
export function wellsItems<G extends string>(
  group: G,
  text: Readonly<Record<WellsKey, { readonly label: string; readonly description: string }>>,
): (ScreenItem & { key: WellsKey; group: G; points: number })[] {
  return WELLS_KEYS.map((key) => ({ key, group, label: text[key].label, description: text[key].description, points: WELLS_POINTS[key] }));
}

/** Wells DVT score: +1 per criterion present, -2 when another diagnosis is at least as likely. Range -2..9. */
export function wellsScore(criteria: WellsCriteria): number {
  return WELLS_KEYS.reduce((score, key) => score + (criteria[key] ? WELLS_POINTS[key] : 0), 0);
}

/** The Wells points of the criteria present before the -2 adjustment (0..9). */
export function wellsPositivePoints(criteria: WellsCriteria): number {
  return WELLS_KEYS.reduce((points, key) => points + (criteria[key] && WELLS_POINTS[key] > 0 ? WELLS_POINTS[key] : 0), 0);
}

/** The DVT flag the criteria raise (with the clinician's referral), or null when none is present. */
export function wellsFlag(criteria: WellsCriteria): (RedFlag & { referral: string }) | null {
  const score = wellsScore(criteria);
  const positivePoints = wellsPositivePoints(criteria);
  if (score >= WELLS_LIKELY_THRESHOLD) {
    return {
      key: "dvt-likely",
      label: "Deep vein thrombosis likely",
      urgency: "URGENT",
      reason: `Wells score ${score} (${WELLS_LIKELY_THRESHOLD} or more: DVT likely).`,
      referral: `Arrange same-day medical assessment for suspected DVT (Wells score ${score}); D-dimer and / or compression ultrasound per local pathway.`,
      clearable: true,
    };
  }
  if (positivePoints >= WELLS_NOT_EXCLUDED_THRESHOLD) {
    const criteriaText = positivePoints === 1 ? "1 Wells criterion" : `${positivePoints} Wells criteria`;
    return {
      key: "dvt-not-excluded",
      label: "Deep vein thrombosis not excluded",
      urgency: "URGENT",
      reason: `Wells score ${score} ("unlikely") with ${criteriaText} present before the -2 for another diagnosis: "unlikely" still needs a D-dimer test, which a physiotherapist cannot order.`,
      referral: `Arrange a same-day medical review for a D-dimer test and / or compression ultrasound: DVT is not excluded (${criteriaText} present, Wells score ${score}) and a physiotherapist cannot order these tests.`,
      clearable: true,
    };
  }
  return null;
}

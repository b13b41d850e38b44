// The Wells DVT screen, shared by every leg region: a resting, injured leg can hide a clot whatever
// muscle is torn. A kind's screen lists WELLS_ITEMS in its "DVT" group and calls dvtFlag(); the
// thresholds and flag wording live here once (Wells et al., N Engl J Med 2003;349:1227-1235).
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

/** Wells score at or above this means "DVT likely" (two-level model). */
export const WELLS_LIKELY_THRESHOLD = 2;

/**
 * Positive Wells points (before the -2 for another diagnosis) at or above this block the plan
 * even when the score says "DVT unlikely": in the two-level model "unlikely" still calls for a
 * D-dimer test, which a physiotherapist cannot order (Wells et al., "Evaluation of D-dimer in the
 * diagnosis of suspected deep-vein thrombosis", N Engl J Med 2003;349:1227-1235; clinical brief).
 */
export const WELLS_NOT_EXCLUDED_THRESHOLD = 1;

export const NEGATIVE_WELLS: WellsCriteria = {
  activeCancer: false,
  paralysisOrRecentCast: false,
  bedriddenOrRecentSurgery: false,
  deepVeinTenderness: false,
  wholeLegSwollen: false,
  calfSwellingOver3cm: false,
  pittingOedema: false,
  collateralSuperficialVeins: false,
  previousDvt: false,
  alternativeDiagnosisAsLikely: false,
};

export type WellsItem = ScreenItem & { readonly key: keyof WellsCriteria; readonly group: "DVT"; readonly points: number };

/** The scored DVT group's heading and score text, the same for every region. */
export const DVT_GROUP = {
  key: "DVT",
  title: "Blood clot (DVT): Wells criteria",
  description:
    "Any criterion ticked (even with another diagnosis at least as likely) needs a same-day medical review for a D-dimer test or ultrasound before rehab; a score of 2 or more means DVT likely.",
  score: {
    label: "Wells score",
    threshold: WELLS_LIKELY_THRESHOLD,
    likelyText: "DVT likely: urgent medical review",
    positiveText: "DVT not excluded: same-day medical review for a D-dimer test or ultrasound",
    unlikelyText: "no DVT criteria ticked",
  },
} as const;

/**
 * The Wells items as checkboxes. `alternativeExample` names the region's own strain in the -2
 * item ("such as a calf strain"), so the form reads naturally for each kind.
 */
export function wellsItems(alternativeExample: string): readonly WellsItem[] {
  return [
    {
      key: "activeCancer",
      group: "DVT",
      label: "Cancer now or treated in the last 6 months",
      description: "Active cancer: treatment ongoing, within 6 months, or palliative.",
      points: 1,
    },
    {
      key: "paralysisOrRecentCast",
      group: "DVT",
      label: "Leg paralysed, weak from a nerve problem, or recently in a cast",
      description: "Paralysis, paresis or recent plaster immobilisation of the leg.",
      points: 1,
    },
    {
      key: "bedriddenOrRecentSurgery",
      group: "DVT",
      label: "In bed for 3 days or more, or major surgery in the last 12 weeks",
      description: "Recently bedridden 3 days or more, or major surgery within 12 weeks needing general or regional anaesthesia.",
      points: 1,
    },
    {
      key: "deepVeinTenderness",
      group: "DVT",
      label: "Tender along the deep veins",
      description: "Localised tenderness along the distribution of the deep venous system.",
      points: 1,
    },
    {
      key: "wholeLegSwollen",
      group: "DVT",
      label: "The whole leg is swollen",
      description: "Entire leg swollen, not only the calf.",
      points: 1,
    },
    {
      key: "calfSwellingOver3cm",
      group: "DVT",
      label: "This calf measures at least 3 cm more around than the other",
      description: "Calf girth at least 3 cm more than the other side, measured 10 cm below the tibial tuberosity.",
      points: 1,
    },
    {
      key: "pittingOedema",
      group: "DVT",
      label: "Pressing the swelling leaves a dent (only in this leg)",
      description: "Pitting oedema confined to the symptomatic leg.",
      points: 1,
    },
    {
      key: "collateralSuperficialVeins",
      group: "DVT",
      label: "Surface veins stand out (not varicose veins)",
      description: "Collateral superficial veins, non-varicose.",
      points: 1,
    },
    {
      key: "previousDvt",
      group: "DVT",
      label: "Had a blood clot in the leg before",
      description: "Previously documented deep vein thrombosis.",
      points: 1,
    },
    {
      key: "alternativeDiagnosisAsLikely",
      group: "DVT",
      label: `Another cause (such as ${alternativeExample}) is at least as likely as a clot`,
      description: "An alternative diagnosis is at least as likely as DVT: subtract 2 points.",
      points: -2,
    },
  ];
}

const SCORING = wellsItems("");

/** Wells DVT score: +1 per criterion present, -2 when another diagnosis is at least as likely. Range -2..9. */
export function wellsScore(criteria: WellsCriteria): number {
  let score = 0;
  for (const item of SCORING) {
    if (criteria[item.key]) score += item.points;
  }
  return score;
}

/** The Wells points of the criteria present before the -2 adjustment (0..9). */
export function wellsPositivePoints(criteria: WellsCriteria): number {
  let points = 0;
  for (const item of SCORING) {
    if (criteria[item.key] && item.points > 0) points += item.points;
  }
  return points;
}

/** A red flag with the clinician's referral text, before a kind's screen strips the referral. */
export interface DvtFlag extends RedFlag {
  referral: string;
}

/**
 * The DVT flag of a screen, or null:
 * - Wells score >= 2 -> "DVT likely", URGENT (same-day medical assessment);
 * - otherwise any positive criterion (points >= 1 before the -2) -> "DVT not excluded", URGENT:
 *   "unlikely" still needs a D-dimer test, which a physiotherapist cannot order (Wells 2003).
 * Both are `clearable`: a recorded medical clearance lifts them (decision 015).
 */
export function dvtFlag(criteria: WellsCriteria): DvtFlag | null {
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
    const count = positivePoints === 1 ? "1 Wells criterion" : `${positivePoints} Wells criteria`;
    return {
      key: "dvt-not-excluded",
      label: "Deep vein thrombosis not excluded",
      urgency: "URGENT",
      reason: `Wells score ${score} ("unlikely") with ${count} present before the -2 for another diagnosis: "unlikely" still needs a D-dimer test, which a physiotherapist cannot order.`,
      referral: `Arrange a same-day medical review for a D-dimer test and / or compression ultrasound: DVT is not excluded (${count} present, Wells score ${score}) and a physiotherapist cannot order these tests.`,
      clearable: true,
    };
  }
  return null;
}

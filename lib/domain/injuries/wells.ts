// The Wells criteria for deep vein thrombosis, shared by every leg injury kind's red-flag screen
// (one source of truth for the rule; decision 015). A kind lists WELLS_GROUP and WELLS_ITEMS in its
// ScreenDefinition and scores them with wellsScore / wellsPositivePoints. The criteria measure the
// calf by definition (Wells et al., N Engl J Med 2003;349:1227-1235).
import type { ScreenGroupInfo, ScreenItem } from "./types";

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

export const WELLS_GROUP: ScreenGroupInfo & { key: "DVT" } = {
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
};

/** The Wells criteria as screen items (group "DVT"), each with its points. */
export const WELLS_ITEMS: readonly (ScreenItem & { key: keyof WellsCriteria; group: "DVT"; points: number })[] = [
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
    label: "Another cause (such as a calf strain) is at least as likely as a clot",
    description: "An alternative diagnosis is at least as likely as DVT: subtract 2 points.",
    points: -2,
  },
];

/** Wells DVT score: +1 per criterion present, -2 when another diagnosis is at least as likely. Range -2..9. */
export function wellsScore(criteria: WellsCriteria): number {
  let score = 0;
  for (const item of WELLS_ITEMS) {
    if (criteria[item.key]) score += item.points;
  }
  return score;
}

/** The Wells points of the criteria present before the -2 adjustment (0..9). */
export function wellsPositivePoints(criteria: WellsCriteria): number {
  let points = 0;
  for (const item of WELLS_ITEMS) {
    if (criteria[item.key] && item.points > 0) points += item.points;
  }
  return points;
}

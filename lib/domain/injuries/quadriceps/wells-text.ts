// The quadriceps screen's wording of the Wells DVT criteria (the -2 item names the region's own
// strain). The rule itself (points, thresholds, the flags) is the shared one in ../wells.ts.
import type { ScreenItem } from "../types";
import { WELLS_LIKELY_THRESHOLD, WELLS_POINTS, type WellsCriteria } from "../wells";

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
  const items: WellsItem[] = [
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
  // Points come from the shared rule, whatever this list says.
  return items.map((item) => ({ ...item, points: WELLS_POINTS[item.key] }));
}

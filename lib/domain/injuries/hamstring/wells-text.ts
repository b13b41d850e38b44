// The hamstring screen's wording of the Wells DVT criteria; the points, thresholds and flags are
// the shared rule's (../wells.ts).
import type { ScreenGroupInfo } from "../types";
import { WELLS_LIKELY_THRESHOLD, wellsItems } from "../wells";

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

/** The Wells criteria as this screen's items (group "DVT"), points from the shared rule. */
export const WELLS_ITEMS = wellsItems("DVT", {
  activeCancer: { label: "Cancer now or treated in the last 6 months", description: "Active cancer: treatment ongoing, within 6 months, or palliative." },
  paralysisOrRecentCast: {
    label: "Leg paralysed, weak from a nerve problem, or recently in a cast",
    description: "Paralysis, paresis or recent plaster immobilisation of the leg.",
  },
  bedriddenOrRecentSurgery: {
    label: "In bed for 3 days or more, or major surgery in the last 12 weeks",
    description: "Recently bedridden 3 days or more, or major surgery within 12 weeks needing general or regional anaesthesia.",
  },
  deepVeinTenderness: { label: "Tender along the deep veins", description: "Localised tenderness along the distribution of the deep venous system." },
  wholeLegSwollen: { label: "The whole leg is swollen", description: "Entire leg swollen, not only the calf." },
  calfSwellingOver3cm: {
    label: "This calf measures at least 3 cm more around than the other",
    description: "Calf girth at least 3 cm more than the other side, measured 10 cm below the tibial tuberosity.",
  },
  pittingOedema: { label: "Pressing the swelling leaves a dent (only in this leg)", description: "Pitting oedema confined to the symptomatic leg." },
  collateralSuperficialVeins: { label: "Surface veins stand out (not varicose veins)", description: "Collateral superficial veins, non-varicose." },
  previousDvt: { label: "Had a blood clot in the leg before", description: "Previously documented deep vein thrombosis." },
  alternativeDiagnosisAsLikely: {
    label: "Another cause (such as a calf strain) is at least as likely as a clot",
    description: "An alternative diagnosis is at least as likely as DVT: subtract 2 points.",
  },
});

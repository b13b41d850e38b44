// Red-flag screen for a hamstring strain (injuries brief, "Red flags specific to the region", plus
// the flags every kind screens: DVT by the Wells rule, infection, fracture after trauma). Data first
// (HAMSTRING_SCREEN_DEFINITION) so the assessment form renders it. Every flag blocks the plan and
// errs towards referral. The DVT part is the shared Wells module (../wells.ts), not a copy.
import type { RedFlag, ScreenClearance, ScreenResult, Urgency } from "../../clinical/types";
import { WELLS_LIKELY_THRESHOLD, WELLS_NOT_EXCLUDED_THRESHOLD, wellsPositivePoints, wellsScore, type WellsCriteria } from "../wells";
import { WELLS_GROUP, WELLS_ITEMS } from "./wells-text";
import type { ScreenAnswers, ScreenDefinition } from "../types";

type SignKey =
  | "popInButtock"
  | "largeBruise"
  | "palpableGapProximal"
  | "weakKneeFlexion"
  | "sciaticSymptoms"
  | "lumbarReferral"
  | "feverOrUnwell"
  | "rednessWarmth"
  | "traumaBonyPain"
  | "cannotBearWeight";

const RULES: Record<SignKey, { group: string; label: string; description: string; urgency: Urgency; flag: string; referral: string }> = {
  popInButtock: {
    group: "AVULSION",
    label: "Felt a pop high in the buttock crease",
    description: "A pop or snap at the sit bone at the time of injury: possible proximal avulsion.",
    urgency: "URGENT",
    flag: "proximal-avulsion",
    referral: "Arrange an urgent orthopaedic opinion (within days) for a possible proximal hamstring avulsion; early repair may be needed.",
  },
  largeBruise: {
    group: "AVULSION",
    label: "Large bruise at the back of the thigh",
    description: "Extensive posterior thigh bruising, especially spreading towards the knee.",
    urgency: "URGENT",
    flag: "proximal-avulsion",
    referral: "Arrange an urgent orthopaedic opinion (within days) for a possible proximal hamstring avulsion; early repair may be needed.",
  },
  palpableGapProximal: {
    group: "AVULSION",
    label: "Palpable gap near the sit bone",
    description: "A defect felt at or just below the ischial tuberosity.",
    urgency: "URGENT",
    flag: "proximal-avulsion",
    referral: "Arrange an urgent orthopaedic opinion (within days) for a possible proximal hamstring avulsion; early repair may be needed.",
  },
  weakKneeFlexion: {
    group: "AVULSION",
    label: "Marked weakness bending the knee",
    description: "Knee flexion much weaker than expected for the pain: with any other avulsion sign, suspect an avulsion.",
    urgency: "URGENT",
    flag: "proximal-avulsion",
    referral: "Arrange an urgent orthopaedic opinion (within days) for a possible proximal hamstring avulsion; early repair may be needed.",
  },
  sciaticSymptoms: {
    group: "NERVE_SPINE",
    label: "Tingling, numbness or burning down the leg",
    description: "Sciatic nerve symptoms (can follow a large proximal tear or haematoma).",
    urgency: "URGENT",
    flag: "sciatic-nerve",
    referral: "Arrange same-day medical assessment of sciatic nerve symptoms before loading.",
  },
  lumbarReferral: {
    group: "NERVE_SPINE",
    label: "Back pain, or thigh pain that changes with back movement",
    description: "Posterior thigh pain reproduced by lumbar movement or slump: possible referred pain from the spine.",
    urgency: "ROUTINE",
    flag: "lumbar-referral",
    referral: "Assess the lumbar spine or refer to the GP / physician: the thigh pain may be referred from the back.",
  },
  feverOrUnwell: {
    group: "OTHER",
    label: "Fever or feeling unwell",
    description: "Systemic signs with thigh pain: exclude infection.",
    urgency: "URGENT",
    flag: "infection",
    referral: "Arrange same-day medical assessment for possible infection.",
  },
  rednessWarmth: {
    group: "OTHER",
    label: "Red, hot skin over the thigh",
    description: "Spreading redness and warmth: exclude infection and a clot.",
    urgency: "URGENT",
    flag: "infection",
    referral: "Arrange same-day medical assessment for possible infection.",
  },
  traumaBonyPain: {
    group: "OTHER",
    label: "Direct blow or fall, with pain on the bone",
    description: "Bony tenderness after trauma (pelvis, femur): exclude fracture.",
    urgency: "URGENT",
    flag: "fracture",
    referral: "Arrange same-day imaging or medical assessment to exclude a fracture.",
  },
  cannotBearWeight: {
    group: "OTHER",
    label: "Cannot put weight on the leg",
    description: "Unable to take 4 steps: exclude fracture or complete rupture.",
    urgency: "URGENT",
    flag: "fracture",
    referral: "Arrange same-day imaging or medical assessment to exclude a fracture or complete rupture.",
  },
};

const FLAG_LABELS: Record<string, string> = {
  "proximal-avulsion": "Suspected proximal hamstring avulsion",
  "sciatic-nerve": "Sciatic nerve symptoms",
  "lumbar-referral": "Possible referred pain from the lumbar spine",
  infection: "Possible infection",
  fracture: "Possible fracture",
};

const SIGN_KEYS = Object.keys(RULES) as SignKey[];

export const HAMSTRING_SCREEN_DEFINITION: ScreenDefinition = {
  intro: `Tick what you find. Every sign and every Wells criterion ticked below blocks the plan and shows the referral advice instead. A Wells criterion needs a same-day medical review for a D-dimer test or ultrasound until you record the doctor's clearance; a score of ${WELLS_LIKELY_THRESHOLD} or more means DVT likely.`,
  groups: [
    { key: "AVULSION", title: "Proximal avulsion", description: "Any sign needs an urgent orthopaedic opinion: some avulsions need early repair." },
    { key: "NERVE_SPINE", title: "Nerve and spine", description: "Sciatic nerve symptoms or pain referred from the back." },
    WELLS_GROUP,
    { key: "OTHER", title: "Infection and fracture", description: "Each needs medical review before rehab." },
  ],
  items: [
    ...SIGN_KEYS.filter((key) => RULES[key].group !== "OTHER").map((key) => ({
      key,
      group: RULES[key].group,
      label: RULES[key].label,
      description: RULES[key].description,
    })),
    ...WELLS_ITEMS,
    ...SIGN_KEYS.filter((key) => RULES[key].group === "OTHER").map((key) => ({
      key,
      group: RULES[key].group,
      label: RULES[key].label,
      description: RULES[key].description,
    })),
  ],
  choices: [],
};

export const NEGATIVE_HAMSTRING_SCREEN: ScreenAnswers = Object.fromEntries(HAMSTRING_SCREEN_DEFINITION.items.map((item) => [item.key, false]));

const URGENCY_RANK: Record<Urgency, number> = { ROUTINE: 1, URGENT: 2, EMERGENCY: 3 };

interface Found extends RedFlag {
  referral: string;
}

/**
 * Every ticked sign raises its flag (signs of one condition share one flag); the Wells rule is the
 * shared one: score >= 2 "DVT likely", otherwise any positive criterion "DVT not excluded", both URGENT
 * and the only flags a recorded medical clearance lifts (Wells 2003; decision 015).
 */
export function screenHamstring(answers: ScreenAnswers, clearance: ScreenClearance = {}): ScreenResult {
  const found: Found[] = [];
  for (const key of SIGN_KEYS) {
    if (answers[key] !== true) continue;
    const rule = RULES[key];
    const existing = found.find((flag) => flag.key === rule.flag);
    if (existing) {
      existing.reason += ` ${rule.label}.`;
      continue;
    }
    found.push({ key: rule.flag, label: FLAG_LABELS[rule.flag]!, urgency: rule.urgency, reason: `${rule.label}.`, referral: rule.referral });
  }

  const wells = Object.fromEntries(WELLS_ITEMS.map((item) => [item.key, answers[item.key] === true])) as unknown as WellsCriteria;
  const score = wellsScore(wells);
  const positive = wellsPositivePoints(wells);
  const dvtLikely = score >= WELLS_LIKELY_THRESHOLD;
  if (dvtLikely || positive >= WELLS_NOT_EXCLUDED_THRESHOLD) {
    found.push({
      key: dvtLikely ? "dvt-likely" : "dvt-not-excluded",
      label: dvtLikely ? "Deep vein thrombosis likely" : "Deep vein thrombosis not excluded",
      urgency: "URGENT",
      reason: `Wells score ${score}${dvtLikely ? "" : ` with ${positive} positive criteria`}.`,
      referral: "Arrange a same-day medical review for a D-dimer test and / or compression ultrasound.",
      clearable: true,
    });
  }

  found.sort((a, b) => URGENCY_RANK[b.urgency] - URGENCY_RANK[a.urgency]);
  const lifted = clearance.medicallyCleared === true ? found.filter((flag) => flag.clearable === true) : [];
  const blocking = found.filter((flag) => !lifted.includes(flag));
  const clearable = blocking.length > 0 && blocking.every((flag) => flag.clearable === true);
  const referrals = [...new Set(blocking.map((flag) => flag.referral))];
  const strip = ({ referral: _referral, ...flag }: Found): RedFlag => flag;
  return {
    flags: blocking.map(strip),
    clearedFlags: lifted.map(strip),
    clearable,
    wellsScore: score,
    dvtLikely,
    urgency: blocking[0]?.urgency ?? null,
    blocksPlan: blocking.length > 0,
    referralMessage:
      blocking.length === 0
        ? null
        : `${referrals.join(" ")} Do not start a rehab plan until the patient has been medically assessed; then screen again${clearable ? ", or record the doctor's clearance" : ""}.`,
    notes: lifted.length > 0 ? [`Medically cleared: ${lifted.map((flag) => flag.label).join("; ")} no longer blocks the plan.`] : [],
  };
}

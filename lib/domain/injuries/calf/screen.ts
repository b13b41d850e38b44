// Red-flag screen: conditions that mimic or complicate a calf strain and need medical care first.
// A positive screen (any flag) blocks plan generation; see planFromAssessment() in
// lib/domain/clinical/plan.ts. The groups, items and the Thompson choice are data
// (CALF_SCREEN_DEFINITION) so the assessment form renders and scores them without its own copy.
import type { RedFlag, ScreenClearance, ScreenResult, Urgency } from "../../clinical/types";
import { DVT_GROUP, NEGATIVE_WELLS, WELLS_LIKELY_THRESHOLD, dvtFlag, wellsItems, wellsScore, type WellsCriteria } from "../dvt";
import type { ScreenChoice, ScreenDefinition, ScreenGroupInfo, ScreenItem as GenericScreenItem } from "../types";

// The Wells DVT screen is shared by every leg region (../dvt.ts); re-exported for the calf's callers.
export { WELLS_LIKELY_THRESHOLD, WELLS_NOT_EXCLUDED_THRESHOLD, wellsPositivePoints, wellsScore, type WellsCriteria } from "../dvt";

export const THOMPSON_RESULTS = ["NORMAL", "ABSENT_PLANTARFLEXION", "NOT_DONE"] as const;
export type ThompsonResult = (typeof THOMPSON_RESULTS)[number];

export type ScreenSigns = {
  /** Achilles rupture. */
  palpableGap: boolean;
  /** Acute compartment syndrome. */
  painOutOfProportion: boolean;
  tenseSwollenCompartment: boolean;
  paraesthesia: boolean;
  /** Other conditions to rule out (brief: "also consider"). */
  coldPaleFoot: boolean;
  claudication: boolean;
  feverOrUnwell: boolean;
  suspectedStressFracture: boolean;
  bakersCyst: boolean;
  referredBackPain: boolean;
  /** The seed articles' "see a doctor" signs. */
  cannotBearWeight: boolean;
  rednessWarmth: boolean;
  painNotImprovingWithRest: boolean;
  numbness: boolean;
  severeBruising: boolean;
};

export type ScreenInput = WellsCriteria & ScreenSigns & { thompsonTest: ThompsonResult };

export type ScreenBooleanKey = keyof WellsCriteria | keyof ScreenSigns;

export type ScreenGroup = "DVT" | "ACHILLES" | "COMPARTMENT" | "OTHER_CONDITIONS" | "SEE_A_DOCTOR";

export interface ScreenItem extends GenericScreenItem {
  readonly key: ScreenBooleanKey;
  readonly group: ScreenGroup;
}

export const SCREEN_GROUPS: readonly (ScreenGroupInfo & { key: ScreenGroup })[] = [
  DVT_GROUP,
  {
    key: "ACHILLES",
    title: "Achilles tendon rupture",
    description: "A torn Achilles needs an orthopaedic opinion, not a calf strain plan.",
  },
  {
    key: "COMPARTMENT",
    title: "Acute compartment syndrome",
    description: "Rising pressure in the calf can damage muscle and nerve within hours.",
  },
  {
    key: "OTHER_CONDITIONS",
    title: "Other conditions to rule out",
    description: "Problems that can look like a calf strain: artery, infection, bone, knee or back.",
  },
  {
    key: "SEE_A_DOCTOR",
    title: "Signs that need a doctor's review",
    description: "Warning signs from the patient handouts; each needs medical review before rehab.",
  },
];

export const SCREEN_ITEMS: readonly ScreenItem[] = [
  ...wellsItems("a calf strain"),
  // Achilles (the Thompson test is a separate three-way field)
  {
    key: "palpableGap",
    group: "ACHILLES",
    label: "A gap can be felt in the Achilles tendon",
    description: "Palpable defect in the Achilles tendon, usually 2-6 cm above its insertion.",
  },
  // Compartment syndrome
  {
    key: "painOutOfProportion",
    group: "COMPARTMENT",
    label: "Pain far worse than the injury explains",
    description: "Pain out of proportion to the injury, worse on passive stretch, not eased by rest or usual pain relief.",
  },
  {
    key: "tenseSwollenCompartment",
    group: "COMPARTMENT",
    label: "Calf feels very tight and hard",
    description: "Tense, swollen, woody-feeling compartment on palpation.",
  },
  {
    key: "paraesthesia",
    group: "COMPARTMENT",
    label: "Pins and needles in the leg or foot",
    description: "New paraesthesia in the leg or foot after the injury.",
  },
  // Other conditions
  {
    key: "coldPaleFoot",
    group: "OTHER_CONDITIONS",
    label: "Foot is cold, pale or blue",
    description: "Cold, pale or mottled foot, weak or absent foot pulses: possible acute arterial occlusion.",
  },
  {
    key: "claudication",
    group: "OTHER_CONDITIONS",
    label: "Calf cramps after walking a set distance and eases with rest",
    description: "Reproducible exertional calf pain relieved by rest: possible peripheral arterial disease.",
  },
  {
    key: "feverOrUnwell",
    group: "OTHER_CONDITIONS",
    label: "Fever or feeling unwell",
    description: "Fever, chills or malaise with a hot, red calf: possible cellulitis, abscess or myositis.",
  },
  {
    key: "suspectedStressFracture",
    group: "OTHER_CONDITIONS",
    label: "Sharp pain when pressing on the shin bone",
    description: "Focal bony tenderness on the tibia, or pain on hopping: possible tibial stress fracture.",
  },
  {
    key: "bakersCyst",
    group: "OTHER_CONDITIONS",
    label: "Swelling behind the knee before the calf pain",
    description: "Popliteal swelling with sudden calf pain and swelling: possible ruptured Baker's cyst, which mimics DVT.",
  },
  {
    key: "referredBackPain",
    group: "OTHER_CONDITIONS",
    label: "Back pain, or calf pain that changes with back movement",
    description: "Calf symptoms reproduced by lumbar movement or neural tension tests: possible referred pain.",
  },
  // Seed "see a doctor" signs
  {
    key: "cannotBearWeight",
    group: "SEE_A_DOCTOR",
    label: "Cannot put weight on the leg",
    description: "Unable to take 4 steps on the injured leg: consider fracture or complete rupture.",
  },
  {
    key: "rednessWarmth",
    group: "SEE_A_DOCTOR",
    label: "Calf is red and warm",
    description: "Redness and warmth of the calf, not typical of a simple strain: consider DVT or infection.",
  },
  {
    key: "painNotImprovingWithRest",
    group: "SEE_A_DOCTOR",
    label: "Pain is not getting better with rest",
    description: "No improvement after several days of relative rest, or night pain.",
  },
  {
    key: "numbness",
    group: "SEE_A_DOCTOR",
    label: "Numb patches on the shin, calf or foot",
    description: "Reduced sensation in the leg or foot: consider nerve involvement.",
  },
  {
    key: "severeBruising",
    group: "SEE_A_DOCTOR",
    label: "Large or spreading bruise",
    description: "Extensive bruising or discolouration, especially with anticoagulants or a bleeding disorder.",
  },
];

export const THOMPSON_OPTIONS: readonly { value: ThompsonResult; label: string; description: string }[] = [
  { value: "NOT_DONE", label: "Not done", description: "Thompson (calf squeeze) test not performed." },
  { value: "NORMAL", label: "Normal: foot points down", description: "Squeezing the calf produces plantarflexion." },
  {
    value: "ABSENT_PLANTARFLEXION",
    label: "Abnormal: foot does not move",
    description: "No plantarflexion on calf squeeze: suspect Achilles rupture.",
  },
];

/** A screen with nothing positive (Thompson test not done): a starting point for forms and tests. */
export const NEGATIVE_SCREEN: ScreenInput = {
  ...NEGATIVE_WELLS,
  thompsonTest: "NOT_DONE",
  palpableGap: false,
  painOutOfProportion: false,
  tenseSwollenCompartment: false,
  paraesthesia: false,
  coldPaleFoot: false,
  claudication: false,
  feverOrUnwell: false,
  suspectedStressFracture: false,
  bakersCyst: false,
  referredBackPain: false,
  cannotBearWeight: false,
  rednessWarmth: false,
  painNotImprovingWithRest: false,
  numbness: false,
  severeBruising: false,
};

const THOMPSON_CHOICE: ScreenChoice = {
  key: "thompsonTest",
  group: "ACHILLES",
  label: "Thompson test (calf squeeze)",
  options: THOMPSON_OPTIONS,
  defaultValue: "NOT_DONE",
  required: "Record the Thompson test result, or 'Not done'.",
  reason: {
    key: "thompsonNotDoneReason",
    label: "Why the Thompson test was not done",
    hint: "Needed when the injury started suddenly, for example: too painful to lie prone today.",
    maxLength: 300,
  },
};

/**
 * A sudden-onset injury needs the Thompson test (or a recorded reason it was not done) before the
 * screen counts: a sudden "calf strain" can be an Achilles rupture, and an abnormal Thompson test
 * is its key sign (clinical brief, red flags). Gradual onsets may skip it, with the usual note.
 */
export function missingAnswers(answers: Readonly<Record<string, unknown>>, injury: { onset: string }): Record<string, string> {
  const reason = typeof answers.thompsonNotDoneReason === "string" ? answers.thompsonNotDoneReason.trim() : "";
  if (injury.onset === "SUDDEN" && answers.thompsonTest === "NOT_DONE" && reason.length === 0) {
    return {
      thompsonTest: "The injury started suddenly: do the Thompson test before a plan, or say below why it was not done.",
    };
  }
  return {};
}

/** The screen as data, for the assessment form and its validation. */
export const CALF_SCREEN_DEFINITION: ScreenDefinition = {
  // Must say what screen() does: every sign and every positive Wells criterion blocks on its own
  // (the -2 item lowers the score, never the block); only a recorded medical clearance lifts the DVT block.
  intro: `Tick what you find. Every sign and every Wells criterion ticked below blocks the plan and shows the referral advice instead; "another cause is at least as likely" lowers the Wells score but does not lift the block. A Wells criterion needs a same-day medical review for a D-dimer test or ultrasound (a physiotherapist cannot order them) until you record the doctor's clearance; a score of ${WELLS_LIKELY_THRESHOLD} or more means DVT likely. An abnormal Thompson test always blocks the plan.`,
  groups: SCREEN_GROUPS,
  items: SCREEN_ITEMS,
  choices: [THOMPSON_CHOICE],
};

type SingleSignKey = Exclude<keyof ScreenSigns, "palpableGap" | "painOutOfProportion" | "tenseSwollenCompartment" | "paraesthesia">;

/** Urgency and clinician action for signs that raise a flag on their own. */
const SINGLE_SIGN_RULES: Record<SingleSignKey, { urgency: Urgency; referral: string }> = {
  coldPaleFoot: {
    urgency: "EMERGENCY",
    referral: "Send to the emergency department now: a cold, pale foot suggests acute arterial occlusion.",
  },
  feverOrUnwell: {
    urgency: "URGENT",
    referral: "Arrange same-day medical assessment for possible infection (fever or unwell with calf signs).",
  },
  bakersCyst: {
    urgency: "URGENT",
    referral: "Arrange same-day medical assessment: a ruptured Baker's cyst mimics DVT and a clot must be excluded.",
  },
  cannotBearWeight: {
    urgency: "URGENT",
    referral: "Arrange same-day medical assessment for inability to bear weight (exclude fracture or complete rupture).",
  },
  rednessWarmth: {
    urgency: "URGENT",
    referral: "Arrange same-day medical assessment for a red, warm calf (exclude DVT and infection).",
  },
  claudication: {
    urgency: "ROUTINE",
    referral: "Refer to the GP / physician for a vascular assessment of exertional calf pain.",
  },
  suspectedStressFracture: {
    urgency: "ROUTINE",
    referral: "Refer to the GP / physician for imaging of the tibia before any impact loading (possible stress fracture).",
  },
  referredBackPain: {
    urgency: "ROUTINE",
    referral: "Assess the lumbar spine or refer to the GP / physician: the calf pain may be referred from the back.",
  },
  painNotImprovingWithRest: {
    urgency: "ROUTINE",
    referral: "Refer to the GP / physician: pain not improving with rest needs a medical review.",
  },
  numbness: {
    urgency: "ROUTINE",
    referral: "Refer to the GP / physician to assess numbness in the leg or foot.",
  },
  severeBruising: {
    urgency: "ROUTINE",
    referral: "Refer to the GP / physician to review extensive bruising (check anticoagulants and clotting).",
  },
};

const URGENCY_RANK: Record<Urgency, number> = { ROUTINE: 1, URGENT: 2, EMERGENCY: 3 };

const ITEM_BY_KEY = new Map(SCREEN_ITEMS.map((item) => [item.key, item]));

function itemLabel(key: ScreenBooleanKey): string {
  return ITEM_BY_KEY.get(key)?.label ?? key;
}

type FlagWithReferral = RedFlag & { referral: string };

/**
 * Screens for red flags. Every flag blocks the plan; referralMessage says what to do, most
 * urgent first. Rules:
 * - DVT: Wells score >= 2 -> "DVT likely", URGENT (same-day medical assessment). Otherwise any
 *   positive Wells criterion (positive points >= 1 before the -2 for another diagnosis) -> "DVT
 *   not excluded", URGENT: "unlikely" still needs a D-dimer test, which a physiotherapist cannot
 *   order (Wells 2003, N Engl J Med 349:1227-1235). Both DVT flags, and only they, are lifted by
 *   a recorded medical clearance (`clearance.medicallyCleared`).
 * - Achilles rupture: abnormal Thompson test or palpable gap -> URGENT (orthopaedic review).
 * - Compartment syndrome: 2 or 3 of its signs -> EMERGENCY; 1 sign -> URGENT, to exclude it.
 * - Every other sign raises its own flag with the urgency in SINGLE_SIGN_RULES.
 */
export function screen(input: ScreenInput, clearance: ScreenClearance = {}): ScreenResult {
  const flags: FlagWithReferral[] = [];
  const notes: string[] = [];

  const compartmentSigns = (["painOutOfProportion", "tenseSwollenCompartment", "paraesthesia"] as const).filter((key) => input[key]);
  if (compartmentSigns.length >= 2) {
    flags.push({
      key: "compartment-syndrome",
      label: "Suspected acute compartment syndrome",
      urgency: "EMERGENCY",
      reason: `${compartmentSigns.length} of 3 signs: ${compartmentSigns.map(itemLabel).join("; ")}.`,
      referral: "Send to the emergency department now for suspected acute compartment syndrome.",
    });
  } else if (compartmentSigns.length === 1) {
    const [sign] = compartmentSigns;
    flags.push({
      key: "possible-compartment-syndrome",
      label: "Possible compartment syndrome",
      urgency: "URGENT",
      reason: `1 of 3 signs: ${itemLabel(sign!)}. Re-check within hours; go to the emergency department if a second sign appears.`,
      referral: "Arrange same-day medical assessment to exclude compartment syndrome.",
    });
  }

  const score = wellsScore(input);
  const dvtLikely = score >= WELLS_LIKELY_THRESHOLD;
  const dvt = dvtFlag(input);
  if (dvt) flags.push(dvt);

  const achillesSigns: string[] = [];
  if (input.thompsonTest === "ABSENT_PLANTARFLEXION") achillesSigns.push("Thompson test abnormal (no plantarflexion)");
  if (input.palpableGap) achillesSigns.push("palpable gap in the Achilles tendon");
  if (achillesSigns.length > 0) {
    flags.push({
      key: "achilles-rupture",
      label: "Suspected Achilles tendon rupture",
      urgency: "URGENT",
      reason: `${achillesSigns.join("; ")}.`,
      referral: "Arrange urgent orthopaedic review (same or next day) for suspected Achilles rupture; protect in plantarflexion meanwhile.",
    });
  }
  if (input.thompsonTest === "NOT_DONE") {
    notes.push("Thompson test not recorded: do it before loading if an Achilles injury is possible.");
  }

  for (const [key, rule] of Object.entries(SINGLE_SIGN_RULES) as [SingleSignKey, (typeof SINGLE_SIGN_RULES)[SingleSignKey]][]) {
    if (!input[key]) continue;
    const item = ITEM_BY_KEY.get(key);
    flags.push({
      key,
      label: item?.label ?? key,
      urgency: rule.urgency,
      reason: item?.description ?? "",
      referral: rule.referral,
    });
  }

  // Most urgent first; the sort is stable, so equal urgencies keep the order above.
  flags.sort((a, b) => URGENCY_RANK[b.urgency] - URGENCY_RANK[a.urgency]);

  // A recorded medical clearance lifts the DVT flags only; every other flag still blocks.
  const lifted = clearance.medicallyCleared === true ? flags.filter((flag) => flag.clearable === true) : [];
  const blocking = flags.filter((flag) => !lifted.includes(flag));
  if (lifted.length > 0) {
    notes.push(
      `Medically cleared: ${lifted.map((flag) => flag.label).join("; ")} no longer blocks the plan. Re-screen if swelling, redness or warmth appears.`,
    );
  }

  const urgency = blocking[0]?.urgency ?? null;
  const referrals = [...new Set(blocking.map((flag) => flag.referral))];
  const clearable = blocking.length > 0 && blocking.every((flag) => flag.clearable === true);
  const referralMessage =
    blocking.length === 0
      ? null
      : `${referrals.join(" ")} Do not start a rehab plan until the patient has been medically assessed; then screen again${clearable ? ", or record the doctor's clearance" : ""}.`;
  const strip = ({ referral: _referral, ...flag }: FlagWithReferral): RedFlag => flag;

  return {
    flags: blocking.map(strip),
    clearedFlags: lifted.map(strip),
    clearable,
    wellsScore: score,
    dvtLikely,
    urgency,
    blocksPlan: blocking.length > 0,
    referralMessage,
    notes,
  };
}

// Red-flag screen for a thigh-front (quadriceps) injury: conditions that mimic or complicate a
// strain and need medical care first. Every flag blocks the plan (err towards referral); only the
// DVT flags can be lifted by a recorded medical clearance (decision 015). Sources: the injuries
// brief's quadriceps red flags (tendon rupture: cannot straight-leg raise; large haematoma with
// rising pain after a dead-leg: thigh compartment syndrome; fever) and its "all regions" list
// (DVT with the shared Wells screen, infection, fracture after trauma); Wells 2003 through ../dvt.ts.
import type { RedFlag, ScreenClearance, ScreenResult, Urgency } from "../../clinical/types";
import { NEGATIVE_WELLS, WELLS_LIKELY_THRESHOLD, wellsFlag as dvtFlag, wellsScore, type WellsCriteria } from "../wells";
import { DVT_GROUP, wellsItems } from "./wells-text";
import type { ScreenAnswers, ScreenChoice, ScreenDefinition, ScreenGroupInfo, ScreenItem } from "../types";

export type QuadricepsSigns = {
  /** Quadriceps tendon rupture. */
  suprapatellarGap: boolean;
  /** Expanding haematoma / thigh compartment syndrome. */
  expandingHaematoma: boolean;
  thighPainOutOfProportion: boolean;
  tenseThigh: boolean;
  thighParaesthesia: boolean;
  /** Other conditions. */
  thighFeverOrUnwell: boolean;
  thighRednessWarmth: boolean;
  femurBonyTenderness: boolean;
  thighCannotBearWeight: boolean;
  hipBoneAvulsionSigns: boolean;
  thighReferredBackPain: boolean;
  thighNumbness: boolean;
  thighPainNotImproving: boolean;
};

export const STRAIGHT_LEG_RAISE_RESULTS = ["NOT_DONE", "NORMAL", "CANNOT_LIFT"] as const;
export type StraightLegRaiseResult = (typeof STRAIGHT_LEG_RAISE_RESULTS)[number];

export const MECHANISMS = ["NOT_RECORDED", "KICKING", "SPRINTING", "DIRECT_BLOW", "OTHER"] as const;
export type QuadricepsMechanism = (typeof MECHANISMS)[number];

export type QuadricepsScreenInput = WellsCriteria &
  QuadricepsSigns & { activeStraightLegRaise: StraightLegRaiseResult; straightLegRaiseNotDoneReason?: string; mechanism: QuadricepsMechanism };

const GROUPS: readonly ScreenGroupInfo[] = [
  {
    key: "MECHANISM",
    title: "How it happened",
    description: "Kicking and sprinting strain the rectus femoris most often; a direct blow (dead leg) is a bruise that can bleed into the thigh.",
  },
  DVT_GROUP,
  {
    key: "TENDON",
    title: "Quadriceps tendon rupture",
    description: "A torn quadriceps tendon needs an orthopaedic opinion within days, not a strain plan.",
  },
  {
    key: "COMPARTMENT",
    title: "Expanding bruise or thigh compartment syndrome",
    description: "After a hard knock, bleeding inside the thigh can raise the pressure and damage muscle and nerve within hours.",
  },
  {
    key: "OTHER_CONDITIONS",
    title: "Other conditions to rule out",
    description: "Infection, a broken bone after a hard hit, a bone pulled off at the hip in young athletes, nerve or back problems.",
  },
];

const ITEMS: readonly ScreenItem[] = [
  ...wellsItems("a thigh strain"),
  {
    key: "suprapatellarGap",
    group: "TENDON",
    label: "A dip or gap can be felt just above the kneecap",
    description: "Palpable suprapatellar defect, often with a low-lying patella: suspect quadriceps tendon rupture.",
  },
  {
    key: "expandingHaematoma",
    group: "COMPARTMENT",
    label: "Large, growing swelling or bruise in the thigh with rising pain",
    description: "Expanding haematoma after a direct blow or tear, with pain increasing over hours.",
  },
  {
    key: "thighPainOutOfProportion",
    group: "COMPARTMENT",
    label: "Pain far worse than the injury explains",
    description: "Pain out of proportion, worse on passive knee bend, not eased by rest or usual pain relief.",
  },
  {
    key: "tenseThigh",
    group: "COMPARTMENT",
    label: "Thigh feels very tight and hard",
    description: "Tense, swollen, woody thigh compartment on palpation.",
  },
  {
    key: "thighParaesthesia",
    group: "COMPARTMENT",
    label: "Pins and needles in the thigh, knee or lower leg",
    description: "New paraesthesia after the injury.",
  },
  {
    key: "thighFeverOrUnwell",
    group: "OTHER_CONDITIONS",
    label: "Fever or feeling unwell",
    description: "Fever, chills or malaise with a hot, swollen thigh: possible infection (pyomyositis, cellulitis, abscess).",
  },
  {
    key: "thighRednessWarmth",
    group: "OTHER_CONDITIONS",
    label: "Thigh is red and warm",
    description: "Redness and warmth not typical of a strain: consider infection or DVT.",
  },
  {
    key: "femurBonyTenderness",
    group: "OTHER_CONDITIONS",
    label: "Sharp pain pressing on the thigh bone after a hard hit or fall",
    description: "Focal bony tenderness of the femur after trauma: possible fracture.",
  },
  {
    key: "thighCannotBearWeight",
    group: "OTHER_CONDITIONS",
    label: "Cannot put weight on the leg",
    description: "Unable to take 4 steps: consider fracture, tendon rupture or avulsion.",
  },
  {
    key: "hipBoneAvulsionSigns",
    group: "OTHER_CONDITIONS",
    label: "Young athlete with sharp pain on the bony point at the front of the hip",
    description: "Adolescent with tenderness over the anterior inferior iliac spine after a kick or sprint: possible rectus femoris avulsion; needs imaging.",
  },
  {
    key: "thighReferredBackPain",
    group: "OTHER_CONDITIONS",
    label: "Back pain, or thigh pain that changes with back movement",
    description: "Anterior thigh symptoms reproduced by lumbar movement or a femoral nerve tension test: possible referred pain.",
  },
  {
    key: "thighNumbness",
    group: "OTHER_CONDITIONS",
    label: "Numb patches on the thigh, knee or shin",
    description: "Reduced sensation: consider femoral or lateral cutaneous nerve involvement.",
  },
  {
    key: "thighPainNotImproving",
    group: "OTHER_CONDITIONS",
    label: "Pain is not getting better with rest",
    description: "No improvement after several days of relative rest, or night pain.",
  },
];

const SLR_CHOICE: ScreenChoice = {
  key: "activeStraightLegRaise",
  group: "TENDON",
  label: "Active straight-leg raise (lying on the back)",
  options: [
    { value: "NOT_DONE", label: "Not done", description: "Active straight-leg raise not tested." },
    { value: "NORMAL", label: "Normal: lifts the straight leg", description: "Lifts the leg with the knee locked straight." },
    {
      value: "CANNOT_LIFT",
      label: "Abnormal: cannot lift the leg with the knee straight",
      description: "Cannot lift, or the knee sags (extensor lag): suspect a quadriceps tendon rupture.",
    },
  ],
  defaultValue: "NOT_DONE",
  required: "Record the straight-leg raise result, or 'Not done'.",
  reason: {
    key: "straightLegRaiseNotDoneReason",
    label: "Why the straight-leg raise was not done",
    hint: "Needed when the injury started suddenly, for example: too painful to lift the leg today.",
    maxLength: 300,
  },
};

const MECHANISM_CHOICE: ScreenChoice = {
  key: "mechanism",
  group: "MECHANISM",
  label: "Mechanism",
  options: [
    { value: "NOT_RECORDED", label: "Not recorded", description: "Mechanism not recorded." },
    { value: "KICKING", label: "Kicking", description: "Strain while kicking (the most common rectus femoris mechanism)." },
    { value: "SPRINTING", label: "Sprinting or accelerating", description: "Strain while sprinting, accelerating or decelerating." },
    { value: "DIRECT_BLOW", label: "Direct blow (dead leg)", description: "A knock to the thigh: a contusion, not a strain; watch for a growing bruise." },
    { value: "OTHER", label: "Other", description: "Another mechanism, for example a slip into the splits." },
  ],
  defaultValue: "NOT_RECORDED",
  required: "Choose how the injury happened, or 'Not recorded'.",
};

export const QUADRICEPS_SCREEN_DEFINITION: ScreenDefinition = {
  intro: `Tick what you find. Every sign and every Wells criterion ticked below blocks the plan and shows the referral advice instead; "another cause is at least as likely" lowers the Wells score but does not lift the block. A Wells criterion needs a same-day medical review for a D-dimer test or ultrasound (a physiotherapist cannot order them) until you record the doctor's clearance; a score of ${WELLS_LIKELY_THRESHOLD} or more means DVT likely. An abnormal straight-leg raise always blocks the plan.`,
  groups: GROUPS,
  items: ITEMS,
  choices: [MECHANISM_CHOICE, SLR_CHOICE],
};

export const NEGATIVE_QUADRICEPS_SCREEN: QuadricepsScreenInput = {
  ...NEGATIVE_WELLS,
  mechanism: "NOT_RECORDED",
  activeStraightLegRaise: "NOT_DONE",
  suprapatellarGap: false,
  expandingHaematoma: false,
  thighPainOutOfProportion: false,
  tenseThigh: false,
  thighParaesthesia: false,
  thighFeverOrUnwell: false,
  thighRednessWarmth: false,
  femurBonyTenderness: false,
  thighCannotBearWeight: false,
  hipBoneAvulsionSigns: false,
  thighReferredBackPain: false,
  thighNumbness: false,
  thighPainNotImproving: false,
};

/**
 * A sudden-onset injury needs the active straight-leg raise (or a recorded reason it was not
 * done): a sudden "thigh strain" can be a quadriceps tendon rupture, whose key sign is not being
 * able to straight-leg raise (injuries brief, quadriceps red flags).
 */
export function missingAnswers(answers: Readonly<Record<string, unknown>>, injury: { onset: string }): Record<string, string> {
  const reason = typeof answers.straightLegRaiseNotDoneReason === "string" ? answers.straightLegRaiseNotDoneReason.trim() : "";
  const result = answers.activeStraightLegRaise ?? "NOT_DONE";
  if (injury.onset === "SUDDEN" && result === "NOT_DONE" && reason.length === 0) {
    return {
      activeStraightLegRaise: "The injury started suddenly: test the active straight-leg raise before a plan, or say below why it was not done.",
    };
  }
  return {};
}

type SingleSignKey = Exclude<
  keyof QuadricepsSigns,
  "suprapatellarGap" | "expandingHaematoma" | "thighPainOutOfProportion" | "tenseThigh" | "thighParaesthesia"
>;

const SINGLE_SIGN_RULES: Record<SingleSignKey, { urgency: Urgency; referral: string }> = {
  thighFeverOrUnwell: { urgency: "URGENT", referral: "Arrange same-day medical assessment for possible infection (fever or unwell with thigh signs)." },
  thighRednessWarmth: { urgency: "URGENT", referral: "Arrange same-day medical assessment for a red, warm thigh (exclude infection and DVT)." },
  femurBonyTenderness: {
    urgency: "URGENT",
    referral: "Arrange same-day medical assessment and X-ray: bony tenderness of the femur after trauma (possible fracture).",
  },
  thighCannotBearWeight: {
    urgency: "URGENT",
    referral: "Arrange same-day medical assessment for inability to bear weight (exclude fracture, tendon rupture or avulsion).",
  },
  hipBoneAvulsionSigns: {
    urgency: "URGENT",
    referral: "Refer for imaging and an orthopaedic opinion within days: possible rectus femoris avulsion from the hip bone in a young athlete.",
  },
  thighReferredBackPain: {
    urgency: "ROUTINE",
    referral: "Assess the lumbar spine or refer to the GP / physician: the thigh pain may be referred from the back.",
  },
  thighNumbness: { urgency: "ROUTINE", referral: "Refer to the GP / physician to assess numbness in the thigh or leg." },
  thighPainNotImproving: { urgency: "ROUTINE", referral: "Refer to the GP / physician: pain not improving with rest needs a medical review." },
};

const URGENCY_RANK: Record<Urgency, number> = { ROUTINE: 1, URGENT: 2, EMERGENCY: 3 };
const ITEM_BY_KEY = new Map(ITEMS.map((item) => [item.key, item]));
const label = (key: string): string => ITEM_BY_KEY.get(key)?.label ?? key;

type FlagWithReferral = RedFlag & { referral: string };

/**
 * Screens for red flags. Every flag blocks the plan; referralMessage says what to do, most urgent
 * first. Rules:
 * - DVT: the shared Wells rules (../dvt.ts, Wells 2003); only these flags are lifted by a clearance.
 * - Quadriceps tendon rupture: cannot straight-leg raise, or a gap above the kneecap -> URGENT.
 * - Thigh compartment: 2 or more of pain out of proportion, a tense thigh, pins and needles, or an
 *   expanding haematoma with one of them -> EMERGENCY; one sign alone -> URGENT, to exclude it.
 * - Every other sign raises its own flag with the urgency in SINGLE_SIGN_RULES.
 */
export function screen(input: QuadricepsScreenInput, clearance: ScreenClearance = {}): ScreenResult {
  const flags: FlagWithReferral[] = [];
  const notes: string[] = [];

  const compartment = (["expandingHaematoma", "thighPainOutOfProportion", "tenseThigh", "thighParaesthesia"] as const).filter((key) => input[key]);
  if (compartment.length >= 2) {
    flags.push({
      key: "thigh-compartment-syndrome",
      label: "Suspected thigh compartment syndrome",
      urgency: "EMERGENCY",
      reason: `${compartment.length} signs: ${compartment.map(label).join("; ")}.`,
      referral: "Send to the emergency department now for suspected thigh compartment syndrome.",
    });
  } else if (compartment.length === 1) {
    const only = compartment[0]!;
    flags.push({
      key: only === "expandingHaematoma" ? "expanding-haematoma" : "possible-thigh-compartment-syndrome",
      label: only === "expandingHaematoma" ? "Expanding thigh haematoma" : "Possible thigh compartment syndrome",
      urgency: "URGENT",
      reason: `${label(only)}. Re-check within hours; go to the emergency department if pain keeps rising or a second sign appears.`,
      referral: "Arrange same-day medical assessment to exclude a thigh compartment syndrome or a large bleed.",
    });
  }

  const score = wellsScore(input);
  const dvt = dvtFlag(input);
  if (dvt) flags.push(dvt);

  const tendon: string[] = [];
  if (input.activeStraightLegRaise === "CANNOT_LIFT") tendon.push("cannot straight-leg raise");
  if (input.suprapatellarGap) tendon.push("gap above the kneecap");
  if (tendon.length > 0) {
    flags.push({
      key: "quadriceps-tendon-rupture",
      label: "Suspected quadriceps tendon rupture",
      urgency: "URGENT",
      reason: `${tendon.join("; ")}.`,
      referral: "Arrange urgent orthopaedic review (same or next day) for suspected quadriceps tendon rupture; keep the knee straight in a brace meanwhile.",
    });
  }
  if (input.activeStraightLegRaise === "NOT_DONE") {
    notes.push("Straight-leg raise not recorded: test it before loading if a tendon injury is possible.");
  }
  if (input.mechanism === "DIRECT_BLOW") {
    notes.push(
      "Direct blow: this may be a bruise (contusion) rather than a strain. Re-check the thigh for growing swelling and pain over the next 24-48 hours; no massage, heat or hard stretching early.",
    );
  }

  for (const [key, rule] of Object.entries(SINGLE_SIGN_RULES) as [SingleSignKey, (typeof SINGLE_SIGN_RULES)[SingleSignKey]][]) {
    if (!input[key]) continue;
    const item = ITEM_BY_KEY.get(key);
    flags.push({ key, label: item?.label ?? key, urgency: rule.urgency, reason: item?.description ?? "", referral: rule.referral });
  }

  flags.sort((a, b) => URGENCY_RANK[b.urgency] - URGENCY_RANK[a.urgency]);

  const lifted = clearance.medicallyCleared === true ? flags.filter((flag) => flag.clearable === true) : [];
  const blocking = flags.filter((flag) => !lifted.includes(flag));
  if (lifted.length > 0) {
    notes.push(
      `Medically cleared: ${lifted.map((flag) => flag.label).join("; ")} no longer blocks the plan. Re-screen if swelling, redness or warmth appears.`,
    );
  }
  const referrals = [...new Set(blocking.map((flag) => flag.referral))];
  const clearable = blocking.length > 0 && blocking.every((flag) => flag.clearable === true);
  const strip = ({ referral: _referral, ...flag }: FlagWithReferral): RedFlag => flag;
  return {
    flags: blocking.map(strip),
    clearedFlags: lifted.map(strip),
    clearable,
    wellsScore: score,
    dvtLikely: score >= WELLS_LIKELY_THRESHOLD,
    urgency: blocking[0]?.urgency ?? null,
    blocksPlan: blocking.length > 0,
    referralMessage:
      blocking.length === 0
        ? null
        : `${referrals.join(" ")} Do not start a rehab plan until the patient has been medically assessed; then screen again${clearable ? ", or record the doctor's clearance" : ""}.`,
    notes,
  };
}

/** Stored answers (from the form the definition drives) over the negative screen. */
export function evaluate(answers: ScreenAnswers, clearance?: ScreenClearance): ScreenResult {
  return screen({ ...NEGATIVE_QUADRICEPS_SCREEN, ...(answers as Partial<QuadricepsScreenInput>) }, clearance);
}

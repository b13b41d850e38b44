// Red-flag screen for a groin (adductor) strain: conditions that mimic or complicate it and need
// a doctor first (clinical brief, adductor red flags: hernia or hip joint pathology, fracture
// after trauma, avulsion in adolescents; DVT as for the lower leg; infection). Every flag blocks
// the plan and says where to refer, erring towards referral. The DVT part is the shared Wells
// rule (../wells.ts); only the form's wording of its criteria is ours.
import type { RedFlag, ScreenClearance, ScreenResult, Urgency } from "../../clinical/types";
import type { ScreenAnswers, ScreenDefinition, ScreenGroupInfo, ScreenItem } from "../types";
import { NEGATIVE_WELLS, WELLS_GIRTH_KEY, WELLS_LIKELY_THRESHOLD, wellsFlag, wellsItems, wellsScore, type WellsCriteria, type WellsKey } from "../wells";

export type AdductorGroup = "DVT" | "HERNIA" | "HIP" | "AVULSION" | "FRACTURE" | "INFECTION" | "OTHER";

/** The groin's own signs, each raising its own flag. */
export const ADDUCTOR_SIGN_KEYS = [
  "strangulatedHernia",
  "groinLumpOnCough",
  "hipJointSigns",
  "hipMechanicalSymptoms",
  "adolescentAvulsion",
  "traumaBonyTenderness",
  "cannotBearWeight",
  "feverOrUnwell",
  "hotSwollenHip",
  "testicularPain",
  "referredBackPain",
  "painNotImprovingWithRest",
] as const;
export type AdductorSignKey = (typeof ADDUCTOR_SIGN_KEYS)[number];

export type AdductorScreenInput = WellsCriteria & Record<AdductorSignKey, boolean>;

const WELLS_TEXT: Record<WellsKey, { label: string; description: string }> = {
  activeCancer: { label: "Cancer now or treated in the last 6 months", description: "Active cancer: treatment ongoing, within 6 months, or palliative." },
  paralysisOrRecentCast: {
    label: "Leg paralysed, weak from a nerve problem, or recently in a cast",
    description: "Paralysis, paresis or recent plaster immobilisation of the leg.",
  },
  bedriddenOrRecentSurgery: {
    label: "In bed for 3 days or more, or major surgery in the last 12 weeks",
    description: "Recently bedridden 3 days or more, or major surgery within 12 weeks needing general or regional anaesthesia.",
  },
  deepVeinTenderness: {
    label: "Tender along the deep veins (inner thigh or behind the knee)",
    description: "Localised tenderness along the deep venous system; in the groin, along the femoral vein.",
  },
  wholeLegSwollen: { label: "The whole leg is swollen", description: "Entire leg swollen." },
  [WELLS_GIRTH_KEY]: {
    label: "The lower leg on this side measures at least 3 cm more around than the other",
    description: "Lower-leg girth at least 3 cm more than the other side, measured 10 cm below the tibial tuberosity (the Wells criterion).",
  },
  pittingOedema: { label: "Pressing the swelling leaves a dent (only in this leg)", description: "Pitting oedema confined to the symptomatic leg." },
  collateralSuperficialVeins: { label: "Surface veins stand out (not varicose veins)", description: "Collateral superficial veins, non-varicose." },
  previousDvt: { label: "Had a blood clot in the leg before", description: "Previously documented deep vein thrombosis." },
  alternativeDiagnosisAsLikely: {
    label: "Another cause (such as a groin strain) is at least as likely as a clot",
    description: "An alternative diagnosis is at least as likely as DVT: subtract 2 points.",
  },
};

export const ADDUCTOR_SCREEN_GROUPS: readonly (ScreenGroupInfo & { key: AdductorGroup })[] = [
  {
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
  },
  { key: "HERNIA", title: "Inguinal or femoral hernia", description: "A hernia is a surgical problem, not a muscle strain." },
  { key: "HIP", title: "Hip joint", description: "Pain from inside the hip joint (labrum, cartilage, bone) needs a medical diagnosis first." },
  { key: "AVULSION", title: "Avulsion in a growing athlete", description: "Before the growth plates close, the tendon can pull off a piece of bone." },
  { key: "FRACTURE", title: "Fracture after trauma", description: "A fall or a direct blow can break the pubic bone or the hip." },
  { key: "INFECTION", title: "Infection", description: "A hot joint or fever with groin pain can be an infection of the joint or bone." },
  {
    key: "OTHER",
    title: "Other causes of groin pain",
    description: "Problems that can look like a groin strain: testicle, back, or pain that does not settle.",
  },
];

export const ADDUCTOR_SCREEN_ITEMS: readonly (ScreenItem & { group: AdductorGroup })[] = [
  ...wellsItems("DVT", WELLS_TEXT),
  {
    key: "strangulatedHernia",
    group: "HERNIA",
    label: "Painful groin lump that will not go back in, or with vomiting",
    description: "Tender, firm, irreducible lump in the groin, or with nausea, vomiting or a swollen abdomen: possible strangulated hernia.",
  },
  {
    key: "groinLumpOnCough",
    group: "HERNIA",
    label: "Lump or bulge in the groin that grows with coughing or straining",
    description: "Reducible swelling above or below the inguinal ligament, or a cough impulse: possible inguinal or femoral hernia.",
  },
  {
    key: "hipJointSigns",
    group: "HIP",
    label: "Deep groin pain on hip rotation, or hip rotation clearly reduced",
    description: "Pain reproduced by FADIR or passive internal rotation, or marked loss of hip rotation: possible intra-articular hip pathology.",
  },
  {
    key: "hipMechanicalSymptoms",
    group: "HIP",
    label: "The hip clicks, catches, locks or gives way",
    description: "Mechanical symptoms: possible labral tear, loose body or chondral lesion.",
  },
  {
    key: "adolescentAvulsion",
    group: "AVULSION",
    label: "Under 18 (still growing) with sudden pain or a pop at a bone attachment",
    description:
      "Skeletally immature athlete with sudden pain or a pop during kicking or sprinting and bony tenderness at the pubis or the anterior pelvic spines: possible apophyseal avulsion.",
  },
  {
    key: "traumaBonyTenderness",
    group: "FRACTURE",
    label: "Fall or direct blow, and the bone is tender to press",
    description: "Trauma with focal bony tenderness at the pubic rami, the pubic symphysis or the femoral neck: possible fracture.",
  },
  {
    key: "cannotBearWeight",
    group: "FRACTURE",
    label: "Cannot put weight on the leg",
    description: "Unable to take 4 steps on the injured leg: exclude fracture (femoral neck, pubic ramus) or a complete tear.",
  },
  {
    key: "feverOrUnwell",
    group: "INFECTION",
    label: "Fever or feeling unwell",
    description: "Fever, chills or malaise with groin or hip pain: possible septic arthritis, osteomyelitis or abscess.",
  },
  {
    key: "hotSwollenHip",
    group: "INFECTION",
    label: "Hip or groin hot, red or swollen",
    description: "Redness, heat or swelling over the hip or groin, not typical of a simple strain.",
  },
  {
    key: "testicularPain",
    group: "OTHER",
    label: "Pain or swelling in a testicle, or pain when passing urine",
    description: "Scrotal or testicular pain or swelling, or urinary symptoms: possible torsion, epididymitis or a urinary cause.",
  },
  {
    key: "referredBackPain",
    group: "OTHER",
    label: "Back pain, or groin pain that changes with back movement",
    description: "Groin symptoms reproduced by lumbar movement or neural tests: possible referred pain.",
  },
  {
    key: "painNotImprovingWithRest",
    group: "OTHER",
    label: "Pain is not getting better with rest, or night pain",
    description: "No improvement after several days of relative rest, or pain at night.",
  },
];

/** Urgency and clinician action for each groin sign (each raises its own flag). */
export const ADDUCTOR_SIGN_RULES: Readonly<Record<AdductorSignKey, { urgency: Urgency; referral: string }>> = {
  strangulatedHernia: {
    urgency: "EMERGENCY",
    referral: "Send to the emergency department now: a painful lump that will not reduce may be a strangulated hernia.",
  },
  testicularPain: {
    urgency: "EMERGENCY",
    referral: "Send to the emergency department now to exclude testicular torsion; refer urinary symptoms to the GP / physician the same day.",
  },
  feverOrUnwell: {
    urgency: "URGENT",
    referral: "Arrange same-day medical assessment for possible joint or bone infection (fever or unwell with groin pain).",
  },
  hotSwollenHip: {
    urgency: "URGENT",
    referral: "Arrange same-day medical assessment for a hot, red or swollen hip or groin (exclude infection and DVT).",
  },
  adolescentAvulsion: {
    urgency: "URGENT",
    referral: "Arrange an X-ray and a sports physician or orthopaedic review within days: possible avulsion of a growth plate.",
  },
  traumaBonyTenderness: {
    urgency: "URGENT",
    referral: "Arrange same-day X-ray or medical review for a possible fracture after trauma.",
  },
  cannotBearWeight: {
    urgency: "URGENT",
    referral: "Arrange same-day medical assessment for inability to bear weight (exclude fracture or a complete tear).",
  },
  groinLumpOnCough: {
    urgency: "ROUTINE",
    referral: "Refer to the GP / physician for a hernia assessment before loading.",
  },
  hipJointSigns: {
    urgency: "ROUTINE",
    referral: "Refer to a sports physician or orthopaedic surgeon for a hip joint assessment (imaging) before loading.",
  },
  hipMechanicalSymptoms: {
    urgency: "ROUTINE",
    referral: "Refer to a sports physician or orthopaedic surgeon for a hip joint assessment (labrum, loose body).",
  },
  referredBackPain: {
    urgency: "ROUTINE",
    referral: "Assess the lumbar spine or refer to the GP / physician: the groin pain may be referred from the back.",
  },
  painNotImprovingWithRest: {
    urgency: "ROUTINE",
    referral: "Refer to the GP / physician: groin pain not improving with rest, or night pain, needs a medical review.",
  },
};

/** A screen with nothing positive. */
export const NEGATIVE_ADDUCTOR_SCREEN: AdductorScreenInput = {
  ...NEGATIVE_WELLS,
  ...(Object.fromEntries(ADDUCTOR_SIGN_KEYS.map((key) => [key, false])) as Record<AdductorSignKey, boolean>),
};

export const ADDUCTOR_SCREEN_DEFINITION: ScreenDefinition = {
  intro: `Tick what you find. Every sign and every Wells criterion ticked below blocks the plan and shows the referral advice instead; "another cause is at least as likely" lowers the Wells score but does not lift the block. A Wells criterion needs a same-day medical review for a D-dimer test or ultrasound until you record the doctor's clearance; a score of ${WELLS_LIKELY_THRESHOLD} or more means DVT likely.`,
  groups: ADDUCTOR_SCREEN_GROUPS,
  items: ADDUCTOR_SCREEN_ITEMS,
  choices: [],
};

const URGENCY_RANK: Record<Urgency, number> = { ROUTINE: 1, URGENT: 2, EMERGENCY: 3 };
const ITEM_BY_KEY = new Map(ADDUCTOR_SCREEN_ITEMS.map((item) => [item.key, item]));

/** Reads stored answers: anything but `true` counts as not present. */
export function adductorScreenInput(answers: ScreenAnswers): AdductorScreenInput {
  const input = { ...NEGATIVE_ADDUCTOR_SCREEN };
  for (const key of Object.keys(input) as (keyof AdductorScreenInput)[]) input[key] = answers[key] === true;
  return input;
}

/**
 * The groin screen. Every flag blocks the plan; the DVT flags (shared Wells rule) and only they
 * are lifted by a recorded medical clearance (decision 015). Most urgent first.
 */
export function screenAdductor(input: AdductorScreenInput, clearance: ScreenClearance = {}): ScreenResult {
  const flags: (RedFlag & { referral: string })[] = [];
  const notes: string[] = [];
  const dvt = wellsFlag(input);
  if (dvt) flags.push(dvt);
  for (const key of ADDUCTOR_SIGN_KEYS) {
    if (!input[key]) continue;
    const item = ITEM_BY_KEY.get(key)!;
    flags.push({ key, label: item.label, urgency: ADDUCTOR_SIGN_RULES[key].urgency, reason: item.description, referral: ADDUCTOR_SIGN_RULES[key].referral });
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
  const score = wellsScore(input);
  const strip = ({ referral: _referral, ...flag }: RedFlag & { referral: string }): RedFlag => flag;
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

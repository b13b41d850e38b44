// The shape of an injury kind: everything Restride knows that is specific to one body region.
// Each kind is one folder (lib/domain/injuries/<kind>/) exporting one InjuryKind; the registry in
// ./index.ts lists them. Clinical code outside the folder looks the kind up and never names a
// region's muscles, tests or words itself. Pure data and pure functions only.
import type {
  ClinicalGrade,
  EducationSection,
  ExerciseEntry,
  Injury,
  KneeBias,
  Locale,
  Prognosis,
  ScreenClearance,
  ScreenResult,
  StageKey,
  Template,
} from "../clinical/types";
import type { KindMeasures, Localized } from "../measures/types";

export interface MuscleDef {
  /** Stored value, e.g. "BICEPS_FEMORIS". Unique across all kinds. */
  readonly key: string;
  /** Clinician-facing name, e.g. "Biceps femoris". */
  readonly label: Localized;
  /** Plain words for the patient, e.g. "the biceps femoris, at the back of the thigh". */
  readonly patient: Localized;
}

// ---------------------------------------------------------------------------------------------
// Red-flag screen, declared as data so a client form can render it and score it live
// ---------------------------------------------------------------------------------------------

/** A running score over some items, e.g. the Wells DVT score, shown live as boxes are ticked. */
export interface ScreenScore {
  readonly label: string;
  /** At or above this the condition is "likely". */
  readonly threshold: number;
  readonly likelyText: string;
  /**
   * Below the threshold but with an item of positive points ticked (e.g. "DVT not excluded"):
   * such a score still blocks the plan. Without it, everything below the threshold is `unlikelyText`.
   */
  readonly positiveText?: string;
  readonly unlikelyText: string;
}

export interface ScreenGroupInfo {
  readonly key: string;
  readonly title: string;
  readonly description: string;
  /** Items of this group carry `points`, summed into this score. */
  readonly score?: ScreenScore;
}

export interface ScreenItem {
  readonly key: string;
  readonly group: string;
  /** Plain-language label, fit for a checkbox. */
  readonly label: string;
  /** Short clinician-facing description of how to judge it. */
  readonly description: string;
  /** Points in the group's score, for scored groups only. */
  readonly points?: number;
}

/** A test with more than two answers (e.g. normal / abnormal / not done). */
export interface ScreenChoice {
  readonly key: string;
  readonly group: string;
  readonly label: string;
  readonly options: readonly { readonly value: string; readonly label: string; readonly description: string }[];
  readonly defaultValue: string;
  /** Message when no option is chosen. */
  readonly required: string;
  /** A free-text field beside the choice (e.g. why a test was not done), stored under `key`. */
  readonly reason?: { readonly key: string; readonly label: string; readonly hint: string; readonly maxLength: number };
}

export interface ScreenDefinition {
  /** The form's one-line instruction, stating exactly which answers block the plan. */
  readonly intro: string;
  readonly groups: readonly ScreenGroupInfo[];
  readonly items: readonly ScreenItem[];
  readonly choices: readonly ScreenChoice[];
}

/** Stored screen answers: item key -> ticked, choice key -> chosen value. */
export type ScreenAnswers = Readonly<Record<string, boolean | string>>;

// ---------------------------------------------------------------------------------------------
// Dose scaling and wording
// ---------------------------------------------------------------------------------------------

/**
 * The region's side-to-side deficit rule: in `stageKey`, body-weight exercises of `category`
 * with a bias follow the first-visit symmetry of the paired input named for that bias.
 */
export interface DeficitRule {
  /** Adjustment key recorded in the plan, e.g. "STRENGTH_DEFICIT". */
  readonly ruleKey: string;
  readonly stageKey: StageKey;
  readonly category: string;
  readonly inputByBias: Readonly<Record<KneeBias, string>>;
  /** Clinician-facing note for the plan's adjustments. */
  readonly describe: (bias: KneeBias, symmetry: number, factor: number) => string;
}

export interface HandoutWording {
  readonly handoutTitle: string;
  /** "Left thigh strain, grade 2: part of the muscle is torn. It affects ..." */
  readonly injury: (side: string, grade: ClinicalGrade, gradeWords: string, muscleWords: string) => string;
  readonly specialistNotice: string;
  readonly lastStage: string;
  readonly progressLog: { readonly intro: string; readonly testColumn: string };
  readonly educationHeading: string;
  readonly subject: string;
}

/** How soon a "seek care" sign needs help: emergency services now, the clinic today, or soon. */
export type CareUrgency = "emergency" | "today" | "soon";

/**
 * One "stop and get care" sign in the patient's words. A kind declares its signs once; the
 * handout's care box, the seek-care education section and the portal all read that one list
 * (lib/domain/injuries/care.ts).
 */
export interface CareSign {
  /** Stable key, e.g. "infection"; tests and (later) analytics name a sign by it. */
  readonly key: string;
  readonly urgency: CareUrgency;
  readonly text: Localized;
}

export interface KindWording {
  /** The body region in patient words, e.g. "thigh" / "muslo"; fills "{region}" in check labels. */
  readonly region: Localized;
  /** Clinician-facing, e.g. "Hamstring strain". */
  readonly injuryName: Localized;
  readonly handout: Readonly<Record<Locale, HandoutWording>>;
  /** The one "stop and get care" list of this region, most urgent first. */
  readonly care: readonly CareSign[];
  /** Seeded dose notes and load text in both languages (plan snapshots store the English). */
  readonly doseText?: readonly Localized[];
  /** The portal's daily-log question about the injured area. */
  readonly portal: Readonly<Record<Locale, { readonly howDidItFeel: string }>>;
}

/** One progress chart of paired strength inputs (injured vs other side, with symmetry). */
export interface StrengthChart {
  readonly title: string;
  /** Paired inputs shown, each with a short variant label ("straight knee"). */
  readonly inputs: readonly { readonly input: string; readonly variant: string }[];
  readonly unit: string;
  /** Symmetry the gates aim for, drawn as a reference line. */
  readonly symmetryTarget: number;
  /** First sentence of the chart's caption, saying what the test is. */
  readonly caption: string;
  readonly emptyText: string;
}

/**
 * A kind's seeded protocol content: data files of its module, copied into PostgreSQL by the seed.
 * Kept out of InjuryKind (see ./content.ts) so client bundles that read a kind's screen or
 * measures never carry the exercise library.
 */
export interface KindContent {
  readonly kind: string;
  readonly templates: readonly Template[];
  readonly exercises: readonly ExerciseEntry[];
  readonly education: readonly EducationSection[];
}

/** One way an injury can happen, as the assessment offers it (clinician-facing). */
export interface MechanismOption {
  /** Stored in injury_episode.mechanism, e.g. "SPRINTING". */
  readonly key: string;
  readonly label: string;
  /** What counts as this mechanism, shown under the choice. */
  readonly description: string;
}

export interface InjuryKind {
  /** Stable key, e.g. "hamstring". */
  readonly key: string;
  readonly muscles: readonly MuscleDef[];
  /** Muscle used when the recorded one is not known (e.g. a handout of an odd snapshot). */
  readonly unspecifiedMuscle: string;
  readonly measures: KindMeasures;
  readonly screen: {
    readonly definition: ScreenDefinition;
    /** Answers with nothing positive: the starting point of a form. */
    readonly negative: ScreenAnswers;
    /** The screen's result; a recorded medical clearance lifts the flags marked `clearable` only. */
    readonly evaluate: (answers: ScreenAnswers, clearance?: ScreenClearance) => ScreenResult;
    /**
     * Answers this injury still needs before the screen counts (field name -> message), e.g. a
     * test that a sudden injury must not skip without a reason. Empty when complete.
     */
    readonly missing: (answers: ScreenAnswers, injury: Pick<Injury, "onset">) => Readonly<Record<string, string>>;
  };
  /**
   * How the injury happened, when the kind's prognosis depends on it (the hamstring's sprinting vs
   * stretching type): the assessment asks for one of these and stores its key in Injury.mechanism.
   * Absent for kinds whose sources give no such rule.
   */
  readonly mechanisms?: readonly MechanismOption[];
  readonly prognosis: (injury: Injury) => Prognosis;
  readonly doseRules: { readonly deficit: DeficitRule | null };
  /**
   * A complete rupture before the specialist's decision: the only exercises the patient does
   * (gentle circulation work), and the protection advice shown in place of the stage's loading
   * (lib/domain/clinical/stage-prescription.ts).
   */
  readonly specialistHold: { readonly exerciseKeys: readonly string[]; readonly advice: Readonly<Record<Locale, readonly string[]>> };
  readonly wording: KindWording;
  readonly charts: { readonly strength: StrengthChart | null };
}

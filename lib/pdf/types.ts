// The handout view model: everything the PDF shows, already decided and worded. It is plain,
// JSON-serialisable data (it crosses into a worker thread with postMessage), so the document
// module that lays it out stays a dumb function of it. No react import here.
import type { StageStart } from "../domain/clinical/timeline";
import type { Drawing } from "../illustrations/types";
import type { Locale, Plan, EducationSection, ExerciseEntry, Injury } from "../domain/clinical/types";
import type { HandoutLabelKey, HandoutStrings } from "./strings";

/** A clinic's own picture of an exercise (decision 031), ready for the PDF: a data URI. */
export interface HandoutPicture {
  src: string;
  alt: Record<Locale, string>;
}

export interface HandoutInput {
  /** The clinic's own pictures by exercise key; printed instead of the drawing. */
  pictures?: Readonly<Record<string, HandoutPicture>>;
  plan: Plan;
  patient: { givenName: string; familyName: string };
  therapistName: string;
  clinicName: string;
  /** The clinic's postal address (clinic settings), printed at the foot of the sheet. */
  clinicAddress?: string | null;
  /** The clinic's phone and emergency numbers (clinic settings), printed in the care box; null if unset. */
  clinicContact?: { phone: string | null; emergencyNumber: string | null } | null;
  /** ISO date yyyy-mm-dd the handout is made on: the "today" of its time line. */
  madeOn: string;
  /** The injury: its prognosis anchors the time line's return-to-run and return-to-sport dates. */
  injury: Injury;
  /** Which stage started on which date (plan start, stage moves, the current stage's start). */
  stageHistory: readonly StageStart[];
  templateName: string;
  templateVersion: number;
  /** Education sections of the template, in handout order. "seek-care" is replaced by the care box. */
  education: EducationSection[];
  currentStageIndex: number;
  /** Exercise library for steps, cues and translations: the plan snapshot's (the clinic's own). */
  exercises: readonly ExerciseEntry[];
  /**
   * The patient's latest recorded checks (check key -> done). "specialist-cleared" lifts the hold
   * on a complete rupture's loading exercises; without it such a handout shows protection only.
   */
  checks?: Readonly<Record<string, boolean | null | undefined>>;
  /** The portal's address, printed as a QR code on the sheet; null or absent: no code. */
  portalUrl?: string | null;
  /** The clinic's paper size (clinic settings); A4 by default. */
  paperSize?: PaperSize | null;
}

/** Paper sizes a clinic can choose (clinic settings). */
export const PAPER_SIZES = ["A4", "LETTER"] as const;
export type PaperSize = (typeof PAPER_SIZES)[number];

/** "sheet": the two-page "this stage" sheet (the default); "booklet": the long handout. */
export type HandoutFormat = "sheet" | "booklet";

export interface HandoutOptions {
  language?: Locale;
  /** Bigger type, one exercise per page. */
  largePrint?: boolean;
  /** Every stage's exercises, not only the current stage's: always the booklet. */
  allStages?: boolean;
  /** The sheet (default) or the long booklet of the current stage. */
  format?: HandoutFormat;
  /** Add the education leaflet after the sheet. */
  leaflet?: boolean;
}

/** One exercise as the sheet prints it. */
export interface SheetExerciseView {
  number: number;
  name: string;
  /** At most 4 steps. */
  steps: string[];
  noStepsText: string | null;
  /** "2 sets × 20 reps · 2 times a day". */
  dose: string;
  /** "Use: Dumbbell or loaded backpack"; null for body weight. */
  use: string | null;
  note: string | null;
  painNote: string | null;
  drawing: Drawing | null;
  drawingCaption: string | null;
  /** The clinic's own picture (a PNG or JPEG data URI), printed instead of the drawing. */
  picture: string | null;
  /** Boxes to tick on each day of the grid (prescribed sessions, decision 016). */
  boxes: number[];
}

export interface SheetView {
  goalLabel: string;
  /** The next milestone on the time line ("Back to running": "Between ... and ..."); null if none. */
  milestone: LabelValue | null;
  /** The clinic's address (clinic settings), printed in the footer; null if unset. */
  clinicAddress: string | null;
  painRuleHeading: string;
  exercisesHeading: string;
  exercises: SheetExerciseView[];
  /** Width of each exercise's picture in points (regular print); smaller only to fit two pages (fit-sheet.mjs). */
  pictureWidth?: number;
  grid: {
    heading: string;
    intro: string;
    exerciseColumn: string;
    days: { weekday: string; day: string }[];
    /** "This sheet covers 14 days. Then ask your therapist for a new sheet." */
    coverage: string;
  };
  portal: { heading: string; text: string; url: string; qr: { size: number; path: string } } | null;
  footer: string;
  leafletTitle: string;
}

export interface LabelValue {
  label: string;
  value: string;
}

export interface DoseView {
  sets: string;
  /** "15 reps", "hold 30 s", "10 min". */
  amount: string;
  load: string;
  /** "2 times a day". */
  frequency: string;
  /** For the schedule column: "2× / day". */
  frequencyShort: string;
  /** "3 out of 10 or less". */
  painLimit: string;
  /** One line: "3 sets × 15 reps". */
  summary: string;
}

export interface ExerciseView {
  key: string;
  number: number;
  name: string;
  purpose: string;
  steps: string[];
  cues: string[];
  dose: DoseView;
  /** Patient note on the dose, from the plan ("Start low and easy."). */
  note: string | null;
  /** The exercise's own pain line where it differs from the stage's rule; null otherwise. */
  painNote: string | null;
  /** Shown instead of steps when the library has no steps for this exercise. */
  noStepsText: string | null;
  /** Start and end position with the movement arrow (decision 019); null: no picture is printed. */
  drawing: Drawing | null;
  /** What the picture shows, in the handout's language, printed under it. */
  drawingCaption: string | null;
  /** The clinic's own picture (a PNG or JPEG data URI), printed instead of the drawing; its alt text is the caption. */
  picture: string | null;
}

export interface StageView {
  key: string;
  index: number;
  isCurrent: boolean;
  /** "Stage 2 of 5: Build strength". */
  heading: string;
  name: string;
  purpose: string;
  /** "About 8 to 18 days". */
  duration: string;
  goals: string[];
  /** A stage with parallel tracks: "Running, step 2 of 4: Easy jogging", one line a track. */
  tracks: string[];
  precautions: string[];
  /** Stage education paragraph. */
  education: string;
  /** Shown for a complete rupture until the specialist clears loading (then only circulation work is listed). */
  specialistNotice: string | null;
  /** The stage's one pain rule, in a sentence; null for a stage without exercises. */
  painRule: string | null;
  exercises: ExerciseView[];
  /** "No exercises in this stage yet; ..." when the stage has none. */
  emptyMessage: string | null;
  /** This stage's exit gates in patient words. */
  gates: string[];
}

export interface CareGroupView {
  heading: string;
  items: string[];
}

export interface HandoutLayout {
  largePrint: boolean;
  /** Body text size in points. */
  baseFontSize: number;
  smallFontSize: number;
  titleFontSize: number;
  h2FontSize: number;
  h3FontSize: number;
  /** Start each exercise on a new page. */
  exerciseBreakBefore: boolean;
  /** Put the picture box above the steps (full width) instead of beside them. */
  illustrationFullWidth: boolean;
  /** Width of an exercise picture in points (its height is a third of it, plus the caption). */
  illustrationWidth: number;
  /** Height of a picture with its caption, for keeping an exercise on one page. */
  illustrationHeight: number;
  progressLogRows: number;
  /** Paper size: A4 or US Letter (clinic setting). */
  pageSize: PaperSize;
}

/** The fixed labels the layout prints: a subset of the handout strings, copied as they are. */
export type HandoutLabels = Pick<HandoutStrings, HandoutLabelKey>;

export interface HandoutViewModel {
  locale: Locale;
  /** Which document: the two-page sheet or the booklet. */
  format: HandoutFormat;
  /** The sheet's own parts (also built for the booklet, which does not print them). */
  sheet: SheetView;
  /** Print the education leaflet (after the sheet; the booklet always has its education). */
  leaflet: boolean;
  meta: { title: string; author: string; subject: string; creator: string; producer: string; language: string };
  layout: HandoutLayout;
  labels: HandoutLabels;
  cover: {
    patientName: string;
    details: LabelValue[];
    injuryLabel: string;
    injury: string;
    stageLabel: string;
    stageLine: string;
    stagePurpose: string;
    timelineHeading: string;
    timeline: LabelValue[];
    timelineNote: string;
  };
  /** Set when some text is shown in English because it has no translation. */
  fallbackNote: string | null;
  /** Which fields fell back to English ("exercise:ankle-pumps.cues"); for tests and logs. */
  fallbackFields: string[];
  /** The stage the patient is in now. */
  currentStage: StageView | null;
  /** Stages whose exercises are shown: the current one, or all with `allStages`. */
  stages: StageView[];
  /** "Stop and get care": the injury kind's one care list (lib/domain/injuries/care.ts). */
  careBox: { heading: string; intro: string; contact: string[]; groups: CareGroupView[]; closing: string };
  nextStage: { heading: string; intro: string; items: string[]; emptyText: string | null };
  schedule: {
    heading: string;
    intro: string;
    exerciseColumn: string;
    frequencyColumn: string;
    dayLabels: string[];
    /** ticks: one cell per day label (Monday first): a box per session, "" on a rest day. */
    rows: { name: string; frequency: string; ticks: string[] }[];
    emptyText: string | null;
  };
  progressLog: { heading: string; intro: string; columns: string[]; rows: number };
  education: { heading: string; sections: { title: string; body: string[] }[] };
  footer: {
    /** Contains "{page}" and "{total}". */
    pageTemplate: string;
    template: string;
    madeBy: string;
  };
}

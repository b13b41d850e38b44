// The default handout: a two-page "this stage" sheet (issue 10). Pure like handout-model.ts:
// it turns the current stage's view (already localized, with the one pain rule of
// stage-prescription.ts) into what the sheet prints. The tick grid's boxes come from
// lib/domain/progress/prescription.ts, the one definition of a prescribed session (decision 016).
import QRCode from "qrcode";
import { addDays, isIsoDate } from "../domain/clinical/dates";
import type { Dose, Locale, PlanExercise } from "../domain/clinical/types";
import { sessionsOn } from "../domain/progress/prescription";
import { dayOfWeek } from "../domain/progress/time";
import type { HandoutStrings } from "./strings";
import type { LabelValue, SheetView, StageView } from "./types";

/** The most days one sheet covers; a longer stage asks for a new sheet. */
export const SHEET_MAX_DAYS = 14;
/**
 * Steps printed per exercise on the sheet: the library's first 4, or its first 3 (how to stand
 * or sit and the movement) when the stage has more than 4 exercises, so that a stage of up to 6
 * fits two pages. The full steps stay in the portal's My plan and the booklet.
 */
export function sheetStepCount(exerciseCount: number): number {
  return exerciseCount > 4 ? 3 : 4;
}

/** Days the sheet's grid covers: the stage's expected longest length, at most SHEET_MAX_DAYS. */
export function sheetDays(stageMaxDays: number | null): number {
  if (stageMaxDays === null || !Number.isFinite(stageMaxDays) || stageMaxDays < 1) return SHEET_MAX_DAYS;
  return Math.min(SHEET_MAX_DAYS, Math.ceil(stageMaxDays));
}

/**
 * A QR code as one SVG path of unit squares (the module grid), so the document draws it with
 * react-pdf's <Path> and the view model stays plain data.
 */
export function qrPath(text: string): { size: number; path: string } {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const parts: string[] = [];
  for (let y = 0; y < modules.size; y++) {
    for (let x = 0; x < modules.size; x++) if (modules.get(y, x)) parts.push(`M${x} ${y}h1v1h-1z`);
  }
  return { size: modules.size, path: parts.join("") };
}

function validFrequency(dose: Dose | null | undefined): { times: number; per: "DAY" | "WEEK" } {
  const times = typeof dose?.frequency?.times === "number" && Number.isFinite(dose.frequency.times) ? dose.frequency.times : 0;
  return { times, per: dose?.frequency?.per === "WEEK" ? "WEEK" : "DAY" };
}

export interface SheetInput {
  locale: Locale;
  strings: HandoutStrings;
  stage: StageView | null;
  /** The current stage's prescribed exercises, in the stage view's order. */
  planExercises: readonly PlanExercise[];
  /** Longest expected length of the stage in days (time line), null if unknown. */
  stageMaxDays: number | null;
  /** The sheet's first day (the day it is made), yyyy-mm-dd. */
  madeOn: string;
  madeOnText: string;
  clinic: string;
  clinicAddress: string | null;
  portalUrl: string | null;
  /** The time line's rows still to come, other than this stage's length. */
  milestones: readonly LabelValue[];
}

/** What the two-page sheet prints, beyond the shared cover facts and the care box. */
export function buildSheet(input: SheetInput): SheetView {
  const s = input.strings.sheet;
  const stage = input.stage;
  const days = sheetDays(input.stageMaxDays);
  const start = isIsoDate(input.madeOn) ? input.madeOn : null;
  const dates = start ? Array.from({ length: days }, (_, i) => addDays(start, i)) : [];
  const maxSteps = sheetStepCount(stage?.exercises.length ?? 0);
  const exercises = (stage?.exercises ?? []).map((exercise, i) => {
    const frequency = validFrequency(input.planExercises[i]?.dose);
    return {
      number: exercise.number,
      name: exercise.name,
      steps: exercise.steps.slice(0, maxSteps),
      noStepsText: exercise.noStepsText,
      dose: `${exercise.dose.summary} · ${exercise.dose.frequency}`,
      use: exercise.dose.load && exercise.dose.load !== input.strings.dose.noLoad ? `${s.use}: ${exercise.dose.load}` : null,
      note: exercise.note,
      painNote: exercise.painNote,
      drawing: exercise.drawing,
      drawingCaption: exercise.drawingCaption,
      picture: exercise.picture,
      // One box per prescribed session on each day the sheet covers.
      boxes: dates.map((date) => sessionsOn(frequency, date)),
    };
  });
  const stageLonger = input.stageMaxDays === null || input.stageMaxDays > SHEET_MAX_DAYS;
  return {
    goalLabel: s.goal,
    milestone: input.milestones[0] ?? null,
    clinicAddress: input.clinicAddress,
    painRuleHeading: s.painRuleHeading,
    exercisesHeading: s.exercisesHeading,
    exercises,
    grid: {
      heading: s.gridHeading,
      intro: s.gridIntro,
      exerciseColumn: s.exerciseColumn,
      days: dates.map((date) => ({ weekday: s.weekdays[(dayOfWeek(date) + 6) % 7]!, day: String(Number(date.slice(8, 10))) })),
      coverage: stageLonger ? s.askForNewSheet(days) : s.coversStage(days),
    },
    portal: input.portalUrl ? { heading: s.portalHeading, text: s.portalText, url: input.portalUrl, qr: qrPath(input.portalUrl) } : null,
    footer: s.madeFor(input.clinicAddress ? `${input.clinic}, ${input.clinicAddress}` : input.clinic, input.madeOnText),
    leafletTitle: s.leafletTitle,
  };
}

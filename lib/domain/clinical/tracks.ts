// Parallel tracks inside a stage (decision 028). Serner's groin protocol runs two tracks side by
// side, groin exercises and running, each through its own phases on its own criteria; both must
// be finished before on-field training. A stage with `tracks` is that: each track keeps its own
// pointer (PlanTrack.currentPhaseIndex), and the stage is finished when every track is in its last
// phase with that phase's gates met (and the stage's own gates, if any, are met).
//
// Everything that shows or counts "what the patient does now" reads it through activeStage(), so
// a plain stage (every stage of a template without tracks) passes through unchanged.
import { addDays, compareIsoDates } from "./dates";
import { ClinicalError } from "./errors";
import { evaluateGates, type GateEvaluation, type GateLog } from "./gates";
import {
  CLINICAL_GRADES,
  type CheckInput,
  type GateTemplate,
  type GradeDurations,
  type MeasureInput,
  type PainRule,
  type PhaseTemplate,
  type Plan,
  type PlanExercise,
  type PlanPhase,
  type PlanStage,
  type PlanTrack,
} from "./types";

/**
 * Rule: a stage with tracks lasts as long as its slowest track, for each grade: the fastest path
 * is the longest sum of the tracks' minimum phase lengths, the slowest path the longest sum of
 * their maximum lengths.
 */
export function tracksDuration(tracks: readonly { phases: readonly Pick<PhaseTemplate, "durationDays">[] }[]): GradeDurations {
  const result = {} as GradeDurations;
  for (const grade of CLINICAL_GRADES) {
    let min = 0;
    let max = 0;
    for (const track of tracks) {
      min = Math.max(
        min,
        track.phases.reduce((sum, phase) => sum + phase.durationDays[grade].min, 0),
      );
      max = Math.max(
        max,
        track.phases.reduce((sum, phase) => sum + phase.durationDays[grade].max, 0),
      );
    }
    result[grade] = { min, max };
  }
  return result;
}

/** A track gate's key in the stage's view: "running/confident" (answers and alerts use it). */
export function trackGateKey(track: Pick<PlanTrack, "key">, gate: Pick<GateTemplate, "key">): string {
  return `${track.key}/${gate.key}`;
}

/** A gate of a track's phase as the stage shows it: its key and labels name the track. */
function trackGate(track: PlanTrack, gate: GateTemplate): GateTemplate {
  const copy = { ...gate, key: trackGateKey(track, gate), label: `${track.name}: ${gate.label}` };
  const esTrack = track.translations?.es?.name;
  const esPatient = gate.translations?.es?.patientLabel;
  if (gate.translations) {
    copy.translations = structuredClone(gate.translations);
    if (esTrack && esPatient) copy.translations.es = { ...copy.translations.es, patientLabel: `${esTrack}: ${esPatient}` };
  }
  copy.patientLabel = `${track.name}: ${gate.patientLabel}`;
  if (track.phaseStartedOn) copy.since = track.phaseStartedOn;
  return copy;
}

/** The phase a track is in now (clamped: a stored pointer out of range reads as the nearest phase). */
export function currentPhase(track: PlanTrack): { phase: PlanPhase; index: number } {
  const index = Math.min(Math.max(0, track.currentPhaseIndex), track.phases.length - 1);
  return { phase: track.phases[index]!, index };
}

/** One thing the patient is working on now: the stage itself, or one track's current phase. */
export interface WorkPart {
  track: PlanTrack | null;
  /** The current phase of `track`; null for a plain stage. */
  phase: PlanPhase | null;
  phaseIndex: number | null;
  exercises: readonly PlanExercise[];
  gates: readonly GateTemplate[];
}

/** What the stage asks of the patient now: the stage's own work, then each track's current phase. */
export function workParts(stage: PlanStage): WorkPart[] {
  const parts: WorkPart[] = [];
  if (!stage.tracks || stage.tracks.length === 0 || stage.exercises.length > 0 || stage.gates.length > 0) {
    parts.push({ track: null, phase: null, phaseIndex: null, exercises: stage.exercises, gates: stage.gates });
  }
  for (const track of stage.tracks ?? []) {
    const { phase, index } = currentPhase(track);
    parts.push({ track, phase, phaseIndex: index, exercises: phase.exercises, gates: phase.gates });
  }
  return parts;
}

/** Every exercise a plan names, in its stages and in all their tracks' phases (what its snapshot must carry). */
export function planExerciseKeys(plan: Pick<Plan, "stages">): Set<string> {
  const keys = new Set<string>();
  for (const stage of plan.stages) {
    for (const e of stage.exercises) keys.add(e.exerciseKey);
    for (const track of stage.tracks ?? []) for (const phase of track.phases) for (const e of phase.exercises) keys.add(e.exerciseKey);
  }
  return keys;
}

/**
 * The stage as it stands today: its own exercises and gates plus those of each track's current
 * phase (an exercise in two tracks is listed once, at its first dose; track gates are keyed and
 * labelled by their track). A stage without tracks is returned as it is.
 */
export function activeStage(stage: PlanStage): PlanStage {
  if (!stage.tracks || stage.tracks.length === 0) return stage;
  const exercises: PlanExercise[] = [...stage.exercises];
  const seen = new Set(exercises.map((e) => e.exerciseKey));
  const gates: GateTemplate[] = [...stage.gates];
  for (const track of stage.tracks) {
    const { phase } = currentPhase(track);
    for (const exercise of phase.exercises) {
      if (seen.has(exercise.exerciseKey)) continue;
      seen.add(exercise.exerciseKey);
      exercises.push(exercise);
    }
    for (const gate of phase.gates) gates.push(trackGate(track, gate));
  }
  const view: PlanStage = { ...stage, exercises, gates };
  // One session rule for the day: the stage's own, else the strictest of the current phases'.
  const phaseRules = stage.tracks.map((t) => currentPhase(t).phase.painRule).filter((r): r is PainRule => !!r);
  if (!view.painRule && phaseRules.length > 0) {
    view.painRule = phaseRules.reduce((a, b) => (b.duringMax < a.duringMax ? b : a));
  }
  return view;
}

/** The plan's current stage as it stands today (see activeStage). */
export function currentStage(plan: Pick<Plan, "stages" | "currentStageIndex">): PlanStage | undefined {
  const stage = plan.stages[plan.currentStageIndex];
  return stage ? activeStage(stage) : undefined;
}

export interface TrackProgress {
  track: PlanTrack;
  phase: PlanPhase;
  phaseIndex: number;
  isLastPhase: boolean;
  /** The current phase's gates, on the logs since the phase began. */
  evaluation: GateEvaluation;
  /** In its last phase with every gate of it met. */
  finished: boolean;
}

export interface StageProgress {
  /** The stage's own gates (none for most tracked stages). */
  own: GateEvaluation;
  tracks: TrackProgress[];
  /** Every track finished and the stage's own gates met: the stage can be left. */
  readyToAdvance: boolean;
  /** e.g. "Groin exercises: phase 2 of 4, 1 of 3 gates met; Running: phase 4 of 4, finished". */
  summary: string;
}

export interface GateInputs {
  measures: MeasureInput;
  checks?: CheckInput;
  /** The patient's logs since the stage began (each track keeps those since its phase began). */
  logs?: readonly GateLog[];
  /** The day the stage began (yyyy-mm-dd): a track that has not moved yet counts from it. */
  stageStartedOn?: string;
}

function logsSince(logs: readonly GateLog[] | undefined, since: string | null | undefined): readonly GateLog[] | undefined {
  if (!logs || !since) return logs;
  return logs.filter((log) => compareIsoDates(log.date, since) >= 0);
}

/**
 * Where a stage stands. Rule: a plain stage can be left when its gates are met; a stage with
 * tracks when every track is in its last phase with that phase's gates met and the stage's own
 * gates are met. Each track's gates read only the logs since its current phase began.
 */
export function stageProgress(stage: PlanStage, inputs: GateInputs): StageProgress {
  const checks = inputs.checks ?? {};
  const own = evaluateGates(stage, inputs.measures, checks, inputs.logs);
  const tracks: TrackProgress[] = (stage.tracks ?? []).map((track) => {
    const { phase, index } = currentPhase(track);
    const since = track.phaseStartedOn ?? inputs.stageStartedOn;
    // Keyed as the stage's view keys them ("running/confident"): the patient's answers are stored
    // under those keys; labels stay the phase's own (the track is named around them).
    const gates = phase.gates.map((gate) => ({ ...gate, key: trackGateKey(track, gate) }));
    const evaluation = evaluateGates({ gates, exercises: phase.exercises }, inputs.measures, checks, logsSince(inputs.logs, since));
    const isLastPhase = index === track.phases.length - 1;
    return { track, phase, phaseIndex: index, isLastPhase, evaluation, finished: isLastPhase && evaluation.allMet };
  });
  const readyToAdvance = own.allMet && tracks.every((t) => t.finished);
  const parts = tracks.map((t) => `${t.track.name}: phase ${t.phaseIndex + 1} of ${t.track.phases.length}, ${t.finished ? "finished" : t.evaluation.summary}`);
  if (stage.gates.length > 0 || tracks.length === 0) parts.unshift(own.summary);
  return { own, tracks, readyToAdvance, summary: parts.join("; ") };
}

/**
 * Moves one track of the current stage a phase forward (1) or back (-1), on `today`. Pure: returns
 * a new plan. The caller decides whether the gates allow it (stageProgress).
 */
export function moveTrack(plan: Plan, trackKey: string, direction: 1 | -1, today: string): { plan: Plan; from: number; to: number; track: PlanTrack } {
  const stageIndex = plan.currentStageIndex;
  const stage = plan.stages[stageIndex];
  const track = stage?.tracks?.find((t) => t.key === trackKey);
  if (!stage || !track) throw new ClinicalError("UNKNOWN_TRACK", `The current stage has no track "${trackKey}"`);
  const from = currentPhase(track).index;
  const to = from + direction;
  if (to < 0 || to >= track.phases.length) {
    throw new ClinicalError("TRACK_END", direction > 0 ? `${track.name} is already in its last phase.` : `${track.name} is already in its first phase.`);
  }
  const next = structuredClone(plan);
  const moved = next.stages[stageIndex]!.tracks!.find((t) => t.key === trackKey)!;
  moved.currentPhaseIndex = to;
  moved.phaseStartedOn = today;
  return { plan: next, from, to, track: moved };
}

/** Dates each phase of a track from its stage's start, the way stages are dated from the plan's. */
export function datePhases(
  phases: readonly Omit<PlanPhase, "startDate" | "minEndDate" | "latestStartDate" | "maxEndDate">[],
  startDate: string,
  latestStartDate: string,
): PlanPhase[] {
  let nextStart = startDate;
  let nextLatestStart = latestStartDate;
  return phases.map((phase) => {
    const minEndDate = addDays(nextStart, phase.durationDays.min - 1);
    const maxEndDate = addDays(nextLatestStart, phase.durationDays.max - 1);
    const dated: PlanPhase = { ...phase, startDate: nextStart, minEndDate, latestStartDate: nextLatestStart, maxEndDate };
    nextStart = addDays(minEndDate, 1);
    nextLatestStart = addDays(maxEndDate, 1);
    return dated;
  });
}

import { CHECK_META, MEASURE_META } from "../measures";
import type { CheckInput, Comparator, GateTemplate, MeasureGateTemplate, MeasureInput, SessionGateTemplate } from "./types";

/** What a session gate needs of the stage's exercises: their prescribed sets. */
export type GateExercise = { exerciseKey: string; dose: { sets: number } };

/**
 * A logged session, as the session and subjective gates read it: only logs dated on or after the
 * day the stage (or phase) began count, so the caller passes those.
 */
export interface GateLog {
  date: string;
  setsDone: Readonly<Record<string, number>>;
  painDuring: number | null;
  painNextMorning: number | null;
  /** The patient's 0-10 answers to subjective gates, by gate key. */
  ratings?: Readonly<Record<string, number>> | null;
}

export type GateStatus = "MET" | "NOT_MET" | "NO_DATA";

export interface GateResult {
  gate: GateTemplate;
  status: GateStatus;
  /** The measured value (MEASURE), sessions that count (SESSIONS) or latest rating (SUBJECTIVE). */
  actual?: number;
}

export interface GateEvaluation {
  results: GateResult[];
  metCount: number;
  total: number;
  /** True when every gate is met (vacuously true for a stage without gates, i.e. the last one). */
  allMet: boolean;
  /** e.g. "4 of 6 gates met; missing: hop symmetry 72%/90%, walking pain 4/<=2; no data: box jumps". */
  summary: string;
}

export function compare(actual: number, comparator: Comparator, threshold: number): boolean {
  switch (comparator) {
    case ">=":
      return actual >= threshold;
    case "<=":
      return actual <= threshold;
    case ">":
      return actual > threshold;
    case "<":
      return actual < threshold;
  }
}

function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** A value in its unit, the way a clinician says it: "4/10", "72%", "18 reps", "1.2 x body weight", "60/80". */
export function formatMeasureValue(measure: string, value: number): string {
  const meta = MEASURE_META[measure as keyof typeof MEASURE_META];
  const n = formatNumber(value);
  switch (meta?.unit) {
    case "NPRS":
      return `${n}/10`;
    case "points":
      return `${n}/${meta.range.max}`;
    case "%":
      return `${n}%`;
    case "xBW":
      return `${n} x body weight`;
    case "deg":
      return `${n} degrees`;
    case "reps":
    case "cm":
    case "kg":
    case "mmHg":
    case "N":
    case "s":
      return `${n} ${meta.unit}`;
    case undefined:
      return n;
  }
}

const COMPARATOR_WORDS: Record<Comparator, (value: string) => string> = {
  ">=": (v) => `${v} or more`,
  "<=": (v) => `${v} or less`,
  ">": (v) => `more than ${v}`,
  "<": (v) => `less than ${v}`,
};

/** A gate's target in words, never a bare comparison sign: "2/10 or less", "90% or more". */
export function describeTarget(gate: Pick<MeasureGateTemplate, "measure" | "comparator" | "threshold">): string {
  return COMPARATOR_WORDS[gate.comparator](formatMeasureValue(gate.measure, gate.threshold));
}

/** "LEFS 60/80 (needs 72/80 or more)", "walking pain 4/10 (needs 2/10 or less)". */
function describeShortfall(gate: MeasureGateTemplate, actual: number): string {
  const label = MEASURE_META[gate.measure]?.shortLabel.en ?? gate.measure;
  return `${label} ${formatMeasureValue(gate.measure, actual)} (needs ${describeTarget(gate)})`;
}

function shortLabel(gate: GateTemplate): string {
  // A stored snapshot may name a measure a later release dropped: fall back to its key.
  switch (gate.kind) {
    case "MEASURE":
      return MEASURE_META[gate.measure]?.shortLabel.en ?? gate.measure;
    case "CHECK":
      return CHECK_META[gate.check]?.shortLabel.en ?? gate.check;
    case "SESSIONS":
    case "SUBJECTIVE":
      return gate.label;
  }
}

/**
 * Rule (session gates): a session counts when the log has at least the prescribed sets of the
 * gate's exercise (one set when the stage does not prescribe it), pain during was rated and is at
 * or below `maxPain`, and next-morning pain, when rated, is at or below it too. An unrated session
 * does not count: a gate that clears a patient for harder work needs their word that it did not hurt.
 */
export function countsAsSession(gate: Pick<SessionGateTemplate, "exerciseKey" | "maxPain">, log: GateLog, exercises: readonly GateExercise[] = []): boolean {
  const prescribed = exercises.find((e) => e.exerciseKey === gate.exerciseKey)?.dose.sets ?? 1;
  const done = log.setsDone[gate.exerciseKey] ?? 0;
  if (!(done >= prescribed)) return false;
  if (log.painDuring === null || log.painDuring > gate.maxPain) return false;
  return log.painNextMorning === null || log.painNextMorning <= gate.maxPain;
}

function latestRating(key: string, logs: readonly GateLog[]): number | undefined {
  let latest: { date: string; value: number } | undefined;
  for (const log of logs) {
    const value = log.ratings?.[key];
    if (typeof value === "number" && Number.isFinite(value) && (!latest || log.date >= latest.date)) latest = { date: log.date, value };
  }
  return latest?.value;
}

interface GateContext {
  measures: MeasureInput;
  checks: CheckInput;
  /** Logs since the stage (or phase) began; absent when the caller has none to give. */
  logs: readonly GateLog[] | undefined;
  exercises: readonly GateExercise[];
}

function evaluateGate(gate: GateTemplate, context: GateContext): GateResult {
  const ctx = gate.since && context.logs ? { ...context, logs: context.logs.filter((log) => log.date >= gate.since!) } : context;
  switch (gate.kind) {
    case "CHECK": {
      const confirmed = ctx.checks[gate.check];
      if (confirmed === true) return { gate, status: "MET" };
      if (confirmed === false) return { gate, status: "NOT_MET" };
      return { gate, status: "NO_DATA" };
    }
    case "SESSIONS": {
      if (!ctx.logs || ctx.logs.length === 0) return { gate, status: "NO_DATA" };
      const actual = ctx.logs.filter((log) => countsAsSession(gate, log, ctx.exercises)).length;
      return { gate, status: actual >= gate.count ? "MET" : "NOT_MET", actual };
    }
    case "SUBJECTIVE": {
      const actual = ctx.logs ? latestRating(gate.key, ctx.logs) : undefined;
      if (actual === undefined) return { gate, status: "NO_DATA" };
      return { gate, status: actual >= gate.minimum ? "MET" : "NOT_MET", actual };
    }
    case "MEASURE": {
      const actual = ctx.measures[gate.measure];
      if (typeof actual !== "number" || !Number.isFinite(actual)) return { gate, status: "NO_DATA" };
      return { gate, status: compare(actual, gate.comparator, gate.threshold) ? "MET" : "NOT_MET", actual };
    }
  }
}

/** "sessions 1 of 3", "your rating 5 (needs 7 or more)". */
function describeResult(result: GateResult): string {
  const gate = result.gate;
  if (gate.kind === "MEASURE" && result.actual !== undefined) return describeShortfall(gate, result.actual);
  if (gate.kind === "SESSIONS" && result.actual !== undefined) return `${gate.label}: ${result.actual} of ${gate.count} sessions`;
  if (gate.kind === "SUBJECTIVE" && result.actual !== undefined) return `${gate.label}: rated ${result.actual}/10 (needs ${gate.minimum}/10 or more)`;
  return shortLabel(gate);
}

/**
 * Tests a stage's gates against the latest measures and therapist checks, and (for session and
 * subjective gates) the patient's logs since the stage or phase began. Works on a template stage,
 * a plan stage or a phase (anything with `gates`; `exercises` gives session gates their sets).
 */
export function evaluateGates(
  stage: { gates: readonly GateTemplate[]; exercises?: readonly GateExercise[] },
  measures: MeasureInput,
  checks: CheckInput = {},
  logs?: readonly GateLog[],
): GateEvaluation {
  const ctx: GateContext = { measures, checks, logs, exercises: stage.exercises ?? [] };
  const results = stage.gates.map((gate) => evaluateGate(gate, ctx));
  const metCount = results.filter((r) => r.status === "MET").length;
  const total = results.length;

  if (total === 0) {
    return { results, metCount, total, allMet: true, summary: "No gates for this stage" };
  }

  const missing = results.filter((r) => r.status === "NOT_MET").map(describeResult);
  const noData = results.filter((r) => r.status === "NO_DATA").map((r) => shortLabel(r.gate));

  const parts = [`${metCount} of ${total} gates met`];
  if (missing.length > 0) parts.push(`missing: ${missing.join(", ")}`);
  if (noData.length > 0) parts.push(`no data: ${noData.join(", ")}`);

  return { results, metCount, total, allMet: metCount === total, summary: parts.join("; ") };
}

// Gate status from the latest clinic measurements.
import { isIsoDate } from "../clinical/dates";
import { evaluateGates, type GateEvaluation, type GateExercise, type GateLog, type GateResult } from "../clinical/gates";
import type { GateTemplate } from "../clinical/types";
import { deriveMeasures, latestMeasurements, mergeMeasurements, type Measurements } from "../measures";
import type { MeasurementVisit } from "./types";

/** Visits with a valid date not after `asOf`, oldest first (stable for same-day visits). */
export function visitsUpTo(visits: readonly MeasurementVisit[], asOf?: string): MeasurementVisit[] {
  return visits
    .filter((v) => isIsoDate(v.measuredOn) && (asOf === undefined || v.measuredOn <= asOf))
    .map((v, i) => ({ v, i }))
    .sort((a, b) => (a.v.measuredOn < b.v.measuredOn ? -1 : a.v.measuredOn > b.v.measuredOn ? 1 : a.i - b.i))
    .map(({ v }) => v);
}

export interface LatestGateStatus extends GateEvaluation {
  /** Date of the latest visit used, null when there is none. */
  latestMeasuredOn: string | null;
  /** Per gate key: the date of the visit its value (or check) comes from; absent when not measured. */
  measuredOn: Record<string, string>;
}

function sameResult(a: GateResult, b: GateResult): boolean {
  return a.status === b.status && a.actual === b.actual;
}

/**
 * The date each gate's value comes from, visits oldest first: a visit dates a gate when, on its
 * own, it gives the gate a value (the measure the gate reads, or the check it asks for), or when
 * it changes the gate's value merged with the earlier visits (one side of a pair recorded at
 * each). Gates no visit measured have no date.
 */
export function gateDates(stage: { gates: readonly GateTemplate[] }, visits: readonly MeasurementVisit[]): Record<string, string> {
  const dates: Record<string, string> = {};
  let values: Measurements = {};
  const checks: Record<string, boolean> = {};
  let before = evaluateGates(stage, deriveMeasures(values), checks).results;
  for (const visit of visits) {
    const alone = evaluateGates(stage, deriveMeasures(visit.values), visit.checks).results;
    values = mergeMeasurements(values, visit.values);
    for (const [key, confirmed] of Object.entries(visit.checks)) if (typeof confirmed === "boolean") checks[key] = confirmed;
    const after = evaluateGates(stage, deriveMeasures(values), checks).results;
    after.forEach((result, i) => {
      if (alone[i]!.status !== "NO_DATA" || !sameResult(result, before[i]!)) dates[result.gate.key] = visit.measuredOn;
    });
    before = after;
  }
  return dates;
}

/**
 * Evaluates a stage's gates on the latest known value of every measure and check across the
 * visits (later visits win field by field). Visits after `asOf` (a yyyy-mm-dd) are ignored.
 * Session and subjective gates read `logs`: the patient's logs since the stage began.
 */
export function gateStatusFromLatest(
  stage: { gates: readonly GateTemplate[]; exercises?: readonly GateExercise[] },
  measurements: readonly MeasurementVisit[],
  options: { asOf?: string; logs?: readonly GateLog[] } = {},
): LatestGateStatus {
  const visits = visitsUpTo(measurements, options.asOf);
  const latest = latestMeasurements(visits);
  const logs = options.logs && options.asOf ? options.logs.filter((log) => log.date <= options.asOf!) : options.logs;
  const evaluation = evaluateGates(stage, deriveMeasures(latest.values), latest.checks, logs);
  return { ...evaluation, latestMeasuredOn: visits.length > 0 ? visits[visits.length - 1]!.measuredOn : null, measuredOn: gateDates(stage, visits) };
}

/** The logs dated on or after `since` (the day a stage began): what its session and subjective gates read. */
export function logsSince<T extends { date: string }>(logs: readonly T[], since: string | null | undefined): T[] {
  return since ? logs.filter((log) => log.date >= since) : [...logs];
}

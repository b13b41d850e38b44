// Gate status from the latest clinic measurements.
import { isIsoDate } from "../clinical/dates";
import { evaluateGates, type GateEvaluation } from "../clinical/gates";
import type { GateTemplate } from "../clinical/types";
import { deriveMeasures, latestMeasurements } from "../measures";
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
}

/**
 * Evaluates a stage's gates on the latest known value of every measure and check across the
 * visits (later visits win field by field). Visits after `asOf` (a yyyy-mm-dd) are ignored.
 */
export function gateStatusFromLatest(
  stage: { gates: readonly GateTemplate[] },
  measurements: readonly MeasurementVisit[],
  options: { asOf?: string } = {},
): LatestGateStatus {
  const visits = visitsUpTo(measurements, options.asOf);
  const latest = latestMeasurements(visits);
  const evaluation = evaluateGates(stage, deriveMeasures(latest.values), latest.checks);
  return { ...evaluation, latestMeasuredOn: visits.length > 0 ? visits[visits.length - 1]!.measuredOn : null };
}

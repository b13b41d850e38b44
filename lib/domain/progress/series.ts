/**
 * Chart series for the progress page: arrays of `{ date, ...number | null }`, oldest first,
 * one row per date. Several visits on one date merge field by field (the later visit wins,
 * blanks keep the earlier value); two logs on one date: the later `createdAt` wins.
 */
import type { Measurements } from "../clinical/types";
import { mergeMeasurements, pairedPoint, type PairedInputKey } from "../measures";
import { visitsUpTo } from "./gate-status";
import { normalizeLogs, painValue } from "./logs";
import type { DailyLog, FunctionPoint, MeasurementVisit, StrengthPoint, PainPoint } from "./types";

export interface SeriesRange {
  /** First date to include, yyyy-mm-dd. */
  from?: string;
  /** Last date to include, yyyy-mm-dd (pass today to drop future-dated rows). */
  to?: string;
}

function inRange(date: string, range: SeriesRange): boolean {
  return (range.from === undefined || date >= range.from) && (range.to === undefined || date <= range.to);
}

function finite(value: number | null | undefined): number | null {
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

/** Visits in range, one per date, fields merged (later visit wins per field). */
function visitsByDate(measurements: readonly MeasurementVisit[], range: SeriesRange): { date: string; values: Measurements }[] {
  const rows = new Map<string, Measurements>();
  for (const visit of visitsUpTo(measurements)) {
    if (!inRange(visit.measuredOn, range)) continue;
    const earlier = rows.get(visit.measuredOn);
    rows.set(visit.measuredOn, earlier ? mergeMeasurements(earlier, visit.values) : visit.values);
  }
  return [...rows].map(([date, values]) => ({ date, values }));
}

/**
 * Pain by date: painDuring / painNextMorning from patient logs, painRest / painWalking from clinic
 * visits. A date appears when any of the four has a value; missing ones are null.
 */
export function painSeries(logs: readonly DailyLog[], measurements: readonly MeasurementVisit[] = [], range: SeriesRange = {}): PainPoint[] {
  const rows = new Map<string, PainPoint>();
  const row = (date: string) => {
    let point = rows.get(date);
    if (!point) {
      point = { date, painDuring: null, painNextMorning: null, painRest: null, painWalking: null };
      rows.set(date, point);
    }
    return point;
  };
  for (const log of normalizeLogs(logs)) {
    if (!inRange(log.date, range) || (log.painDuring === null && log.painNextMorning === null)) continue;
    const point = row(log.date);
    point.painDuring = log.painDuring;
    point.painNextMorning = log.painNextMorning;
  }
  for (const { date, values } of visitsByDate(measurements, range)) {
    const rest = painValue(values.painRest);
    const walking = painValue(values.painWalking);
    if (rest === null && walking === null) continue;
    const point = row(date);
    point.painRest = rest;
    point.painWalking = walking;
  }
  return [...rows.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
}

/**
 * Paired strength inputs per visit (both legs) with symmetry %, for the injury kind's strength
 * chart; visits without any of these inputs are left out.
 */
export function strengthSeries(measurements: readonly MeasurementVisit[], inputs: readonly PairedInputKey[], range: SeriesRange = {}): StrengthPoint[] {
  const points: StrengthPoint[] = [];
  for (const { date, values } of visitsByDate(measurements, range)) {
    const point: StrengthPoint = { date, values: Object.fromEntries(inputs.map((input) => [input, pairedPoint(values, input)])) };
    if (Object.values(point.values).some((v) => v.affected !== null || v.unaffected !== null)) points.push(point);
  }
  return points;
}

/** A LEFS change of about this many points is a real change (Binkley 1999). */
export const LEFS_MEANINGFUL_CHANGE = 9;

/** LEFS (0-80) per visit that recorded it, with the change from the first LEFS in the series. */
export function functionSeries(measurements: readonly MeasurementVisit[], range: SeriesRange = {}): FunctionPoint[] {
  const points: FunctionPoint[] = [];
  let first: number | null = null;
  for (const { date, values } of visitsByDate(measurements, range)) {
    const lefs = finite(values.lefs);
    if (lefs === null || lefs < 0 || lefs > 80) continue;
    first ??= lefs;
    points.push({ date, lefs, lefsChange: lefs - first });
  }
  return points;
}

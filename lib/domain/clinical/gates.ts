import { CHECK_META, MEASURE_META } from "../measures";
import type { CheckInput, Comparator, GateTemplate, MeasureGateTemplate, MeasureInput } from "./types";

export type GateStatus = "MET" | "NOT_MET" | "NO_DATA";

export interface GateResult {
  gate: GateTemplate;
  status: GateStatus;
  /** The measured value, for MEASURE gates with data. */
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
  return gate.kind === "MEASURE" ? (MEASURE_META[gate.measure]?.shortLabel.en ?? gate.measure) : (CHECK_META[gate.check]?.shortLabel.en ?? gate.check);
}

function evaluateGate(gate: GateTemplate, measures: MeasureInput, checks: CheckInput): GateResult {
  if (gate.kind === "CHECK") {
    const confirmed = checks[gate.check];
    if (confirmed === true) return { gate, status: "MET" };
    if (confirmed === false) return { gate, status: "NOT_MET" };
    return { gate, status: "NO_DATA" };
  }
  const actual = measures[gate.measure];
  if (typeof actual !== "number" || !Number.isFinite(actual)) return { gate, status: "NO_DATA" };
  return { gate, status: compare(actual, gate.comparator, gate.threshold) ? "MET" : "NOT_MET", actual };
}

/**
 * Tests a stage's gates against the latest measures and therapist checks. Works on a template
 * stage or a plan stage (anything with `gates`).
 */
export function evaluateGates(stage: { gates: readonly GateTemplate[] }, measures: MeasureInput, checks: CheckInput = {}): GateEvaluation {
  const results = stage.gates.map((gate) => evaluateGate(gate, measures, checks));
  const metCount = results.filter((r) => r.status === "MET").length;
  const total = results.length;

  if (total === 0) {
    return { results, metCount, total, allMet: true, summary: "No gates for this stage" };
  }

  const missing = results
    .filter((r) => r.status === "NOT_MET")
    .map((r) => (r.gate.kind === "MEASURE" && r.actual !== undefined ? describeShortfall(r.gate, r.actual) : shortLabel(r.gate)));
  const noData = results.filter((r) => r.status === "NO_DATA").map((r) => shortLabel(r.gate));

  const parts = [`${metCount} of ${total} gates met`];
  if (missing.length > 0) parts.push(`missing: ${missing.join(", ")}`);
  if (noData.length > 0) parts.push(`no data: ${noData.join(", ")}`);

  return { results, metCount, total, allMet: metCount === total, summary: parts.join("; ") };
}

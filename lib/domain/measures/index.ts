// The measure registry: every input, measure and check, declared once (./common.ts for all
// kinds, lib/domain/injuries/<kind>/measures.ts for a region's own tests). Everything that
// handles measurements derives from here: the form fields and their validation, the stored
// shape, the merge of latest values, the derived gate measures, the gate editor's list and the
// progress series. Pure TypeScript.
import { INJURY_KINDS } from "../injuries";
import { COMMON_CHECKS, COMMON_INPUTS, COMMON_MEASURES } from "./common";
import type { CheckDef, FormField, InputDef, KindMeasures, Localized, MeasureDef, Side, VisitType } from "./types";

export * from "./types";

type Kinds = (typeof INJURY_KINDS)[number];
type KindSets = Kinds["measures"];

export type InputKey = (typeof COMMON_INPUTS)[number]["key"] | KindSets["inputs"][number]["key"];
export type MeasureKey = (typeof COMMON_MEASURES)[number]["key"] | KindSets["measures"][number]["key"];
export type CheckKey = (typeof COMMON_CHECKS)[number]["key"] | KindSets["checks"][number]["key"];
export type PairedInputKey = Extract<(typeof COMMON_INPUTS)[number] | KindSets["inputs"][number], { paired: true }>["key"];
export type SingleInputKey = Exclude<InputKey, PairedInputKey>;

/** A value measured on both legs. */
export interface SidePair {
  affected?: number | null;
  unaffected?: number | null;
}

/** Raw measurements of one visit, as stored: single inputs are numbers, paired ones side pairs. */
export type Measurements = { [K in SingleInputKey]?: number | null } & { [K in PairedInputKey]?: SidePair | null };
/** Measures taken at the first assessment (the inputs whose visits include ASSESSMENT). */
export type BaselineMeasures = Measurements;

/** Derived measures: every key present, undefined when there is no data. */
export type MeasureValues = Record<MeasureKey, number | undefined>;
/** Input accepted by evaluateGates: any subset of measures. */
export type MeasureInput = Partial<Record<MeasureKey, number | null | undefined>>;
export type CheckInput = Partial<Record<CheckKey, boolean | null | undefined>>;

interface Owned {
  /** Kinds that use it; every kind when empty. */
  readonly kinds: readonly string[];
}
export type RegisteredInput = InputDef & Owned & { readonly key: InputKey };
export type RegisteredMeasure = MeasureDef & Owned & { readonly key: MeasureKey };
export type RegisteredCheck = CheckDef & Owned & { readonly key: CheckKey };

function own<T extends { kinds?: readonly string[] }>(items: readonly T[], kind: string | null): (T & Owned)[] {
  return items.map((item) => ({ ...item, kinds: kind ? [kind] : (item.kinds ?? []) }));
}

function collect<T extends { key: string; kinds?: readonly string[] }>(pick: (set: KindMeasures) => readonly T[], common: readonly T[]): (T & Owned)[] {
  const all = [...own(common, null), ...INJURY_KINDS.flatMap((kind) => own(pick(kind.measures as KindMeasures), kind.key))];
  const seen = new Set<string>();
  for (const item of all) {
    if (seen.has(item.key)) throw new Error(`Measure registry: "${item.key}" is declared twice`);
    seen.add(item.key);
  }
  return all;
}

export const INPUTS = collect<InputDef>((s) => s.inputs, COMMON_INPUTS) as readonly RegisteredInput[];
export const MEASURES = collect<MeasureDef>((s) => s.measures, COMMON_MEASURES) as readonly RegisteredMeasure[];
export const CHECKS = collect<CheckDef>((s) => s.checks, COMMON_CHECKS) as readonly RegisteredCheck[];

export const MEASURE_KEYS = MEASURES.map((m) => m.key) as unknown as readonly [MeasureKey, ...MeasureKey[]];
export const CHECK_KEYS = CHECKS.map((c) => c.key) as unknown as readonly [CheckKey, ...CheckKey[]];

const INPUT_BY_KEY = new Map<string, RegisteredInput>(INPUTS.map((i) => [i.key, i]));
const MEASURE_BY_KEY = new Map<string, RegisteredMeasure>(MEASURES.map((m) => [m.key, m]));
const CHECK_BY_KEY = new Map<string, RegisteredCheck>(CHECKS.map((c) => [c.key, c]));

export const MEASURE_META = Object.fromEntries(MEASURES.map((m) => [m.key, m])) as Readonly<Record<MeasureKey, RegisteredMeasure>>;
export const CHECK_META = Object.fromEntries(CHECKS.map((c) => [c.key, c])) as Readonly<Record<CheckKey, RegisteredCheck>>;

export function isMeasureKey(value: unknown): value is MeasureKey {
  return typeof value === "string" && MEASURE_BY_KEY.has(value);
}
export function isCheckKey(value: unknown): value is CheckKey {
  return typeof value === "string" && CHECK_BY_KEY.has(value);
}
export function inputDef(key: string): RegisteredInput | undefined {
  return INPUT_BY_KEY.get(key);
}

const usedBy = (kind: string) => (item: Owned) => item.kinds.length === 0 || item.kinds.includes(kind);

/** The inputs a kind takes at a visit type, in registry order (the forms' order within a group). */
export function inputsFor(kind: string, visit: VisitType): RegisteredInput[] {
  return INPUTS.filter((i) => usedBy(kind)(i) && i.visits.includes(visit));
}
export function measuresFor(kind: string): RegisteredMeasure[] {
  return MEASURES.filter(usedBy(kind));
}
export function checksFor(kind: string): RegisteredCheck[] {
  return CHECKS.filter(usedBy(kind));
}

export { checkPatientLabel } from "./labels";

// ---------------------------------------------------------------------------------------------
// Form fields: one field for a single input, two (injured side, other side) for a paired one
// ---------------------------------------------------------------------------------------------

const SIDE_WORDS: Record<Side, Localized> = {
  affected: { en: "injured side", es: "lado lesionado" },
  unaffected: { en: "other side", es: "otro lado" },
};

export function fieldName(input: string, side: Side | null): string {
  return side ? `${input}_${side}` : input;
}

function sideLabel(label: string, side: Side, locale: "en" | "es"): string {
  const words = SIDE_WORDS[side][locale];
  return label.includes("{side}") ? label.replace("{side}", words) : `${label}, ${words}`;
}

/** The form fields of some inputs, injured side first for paired ones. */
export function formFields(inputs: readonly RegisteredInput[], locale: "en" | "es" = "en"): FormField[] {
  return inputs.flatMap((i): FormField[] => {
    const base = { input: i.key, min: i.range.min, max: i.range.max, step: i.step, integer: i.integer, group: i.group };
    if (!i.paired) return [{ ...base, name: i.key, side: null, label: i.label[locale] }];
    return (["affected", "unaffected"] as const).map((side) => ({
      ...base,
      name: fieldName(i.key, side),
      side,
      label: sideLabel(i.label[locale], side, locale),
    }));
  });
}

// ---------------------------------------------------------------------------------------------
// Derivation and merging
// ---------------------------------------------------------------------------------------------

type Raw = Readonly<Record<string, unknown>>;

function finite(value: unknown): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

function usable(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

function round(value: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}

/**
 * Limb symmetry index: affected / unaffected x 100, rounded to 1 decimal.
 * null when either side is missing, negative or not finite, or when the unaffected side is 0
 * (a ratio against zero means nothing), so the result is never NaN or Infinity.
 */
export function symmetry(affected: number | null | undefined, unaffected: number | null | undefined): number | null {
  if (!usable(affected) || !usable(unaffected) || unaffected === 0) return null;
  const percent = round((affected / unaffected) * 100, 1);
  // A tiny denominator can still overflow to Infinity.
  return Number.isFinite(percent) ? percent : null;
}

function side(raw: Raw, input: string, which: Side): number | undefined {
  const pair = raw[input];
  return pair && typeof pair === "object" ? finite((pair as Record<string, unknown>)[which]) : undefined;
}

function deriveOne(def: MeasureDef, raw: Raw): number | undefined {
  const d = def.derive;
  switch (d.as) {
    case "value":
      return finite(raw[d.input]);
    case "affected":
      return side(raw, d.input, "affected");
    case "symmetry":
      return symmetry(side(raw, d.input, "affected"), side(raw, d.input, "unaffected")) ?? undefined;
    case "ratio": {
      const top = finite(raw[d.numerator]);
      const bottom = finite(raw[d.denominator]);
      if (top === undefined || bottom === undefined || top < 0 || bottom <= 0) return undefined;
      const value = round(top / bottom, d.decimals);
      return Number.isFinite(value) ? value : undefined;
    }
    case "affectedVsTarget": {
      const affected = side(raw, d.input, "affected");
      const other = side(raw, d.input, "unaffected");
      if (!usable(affected)) return undefined;
      const target = usable(other) ? Math.min(d.cap, other) : d.cap;
      return symmetry(affected, target) ?? undefined;
    }
  }
}

/** Turns one visit's raw inputs into every gate measure (symmetries and ratios computed here). */
export function deriveMeasures(m: Measurements): MeasureValues {
  const raw = m as Raw;
  return Object.fromEntries(MEASURES.map((def) => [def.key, deriveOne(def, raw)])) as MeasureValues;
}

function isPair(value: unknown): value is SidePair {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * `later` over `earlier`, input by input and side by side: a blank (null or missing) keeps the
 * earlier value. Works for any registered input because paired inputs are the only objects.
 */
export function mergeMeasurements(earlier: Measurements, later: Measurements): Measurements {
  const out: Record<string, unknown> = { ...(earlier as Raw) };
  for (const [key, value] of Object.entries(later as Raw)) {
    if (value === null || value === undefined) continue;
    if (isPair(value)) {
      const before = isPair(out[key]) ? out[key] : {};
      out[key] = {
        affected: value.affected ?? before.affected ?? null,
        unaffected: value.unaffected ?? before.unaffected ?? null,
      };
    } else {
      out[key] = value;
    }
  }
  return out;
}

/** Latest known value of every input and check across visits (oldest first). */
export function latestMeasurements(visits: readonly { values: Measurements; checks: CheckInput }[]): { values: Measurements; checks: CheckInput } {
  let values: Measurements = {};
  const checks: Record<string, boolean> = {};
  for (const v of visits) {
    values = mergeMeasurements(values, v.values);
    for (const [key, confirmed] of Object.entries(v.checks)) {
      if (typeof confirmed === "boolean") checks[key] = confirmed;
    }
  }
  return { values, checks };
}

/** A paired input's sides for a chart row, with symmetry. */
export function pairedPoint(m: Measurements, input: PairedInputKey): { affected: number | null; unaffected: number | null; symmetry: number | null } {
  const raw = m as Raw;
  const affected = side(raw, input, "affected");
  const unaffected = side(raw, input, "unaffected");
  const count = (v: number | undefined) => (usable(v) ? v : null);
  return { affected: count(affected), unaffected: count(unaffected), symmetry: symmetry(affected, unaffected) };
}

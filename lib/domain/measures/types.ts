// Shapes of the measure registry. A measure is declared once, as data: what the therapist types
// in (an input), what a gate can test (a measure, derived from inputs), and what the therapist
// confirms by eye (a check). Forms, validation, merging, the gate editor and the progress charts
// all read these declarations; see ./index.ts for the registry and docs/adding-an-injury-kind.md.

/** A text in both product languages. */
export interface Localized {
  readonly en: string;
  readonly es: string;
}

/** Which visit forms take an input: the first assessment, later visits, or both. */
export type VisitType = "ASSESSMENT" | "VISIT";

export type MeasureUnit = "NPRS" | "reps" | "%" | "cm" | "kg" | "xBW" | "points" | "mmHg" | "N" | "s" | "deg";

/** Form sections, in the order the forms show them. */
export const INPUT_GROUPS = ["pain", "strength", "mobility", "function", "body"] as const;
export type InputGroup = (typeof INPUT_GROUPS)[number];
/** Form section headings. */
export const INPUT_GROUP_LABELS: Readonly<Record<InputGroup, Localized>> = {
  pain: { en: "Pain", es: "Dolor" },
  strength: { en: "Strength tests", es: "Pruebas de fuerza" },
  mobility: { en: "Mobility", es: "Movilidad" },
  function: { en: "Hops and function", es: "Saltos y función" },
  body: { en: "Body", es: "Cuerpo" },
};

export interface NumericRange {
  readonly min: number;
  readonly max: number;
}

/** Something the therapist measures and types in. Paired inputs are taken on both legs. */
export interface InputDef {
  /** Key of the value in a visit's stored measurements (JSON), e.g. "lungeCm". */
  readonly key: string;
  /** Form label without the side, e.g. "Single-leg hop, {side} (cm)". */
  readonly label: Localized;
  readonly unit: MeasureUnit;
  readonly range: NumericRange;
  /** Form step; whole numbers when `integer`. */
  readonly step: number;
  readonly integer: boolean;
  /** Taken on the injured and the other leg: stored as { affected, unaffected }. */
  readonly paired: boolean;
  readonly visits: readonly VisitType[];
  readonly group: InputGroup;
  /** Injury kinds that take it; every kind when absent (kind modules' own inputs are theirs). */
  readonly kinds?: readonly string[];
}

/**
 * How a gate-testable measure comes from the inputs of one visit:
 * - value: a single input as entered;
 * - affected: the injured side of a paired input;
 * - symmetry: injured side as % of the other side (null when either is missing or the other is 0);
 * - ratio: one input divided by another (e.g. kg lifted / body mass), rounded to `decimals`;
 * - affectedVsTarget: injured side as % of a target that is the smaller of `cap` and the other
 *   side (for tests where a fixed norm is above many healthy people);
 * - affectedPercentOf: the injured side of one paired input as % of the injured side of another
 *   (e.g. adduction as % of abduction strength on the same leg).
 */
export type Derivation =
  | { readonly as: "value"; readonly input: string }
  | { readonly as: "affected"; readonly input: string }
  | { readonly as: "symmetry"; readonly input: string }
  | { readonly as: "ratio"; readonly numerator: string; readonly denominator: string; readonly decimals: number }
  | { readonly as: "affectedVsTarget"; readonly input: string; readonly cap: number }
  | { readonly as: "affectedPercentOf"; readonly input: string; readonly of: string };

/** A quantity a gate can test. */
export interface MeasureDef {
  readonly key: string;
  readonly label: Localized;
  /** Compact label for summaries, e.g. "hop symmetry". */
  readonly shortLabel: Localized;
  readonly unit: MeasureUnit;
  readonly range: NumericRange;
  readonly higherIsBetter: boolean;
  /** Clinician-facing: how it is taken and what it means. */
  readonly description: string;
  readonly derive: Derivation;
  /** Injury kinds that use it; every kind when absent (kind modules' own measures are theirs). */
  readonly kinds?: readonly string[];
}

/** A yes / no observation the therapist confirms, for CHECK gates. */
export interface CheckDef {
  readonly key: string;
  readonly label: Localized;
  readonly shortLabel: Localized;
  /**
   * Plain words for the patient. "{region}" is replaced by the injury kind's body-region word
   * (e.g. "thigh", "muslo"), so one check serves every kind.
   */
  readonly patientLabel: Localized;
  readonly description: string;
  readonly kinds?: readonly string[];
}

/** What an injury kind module contributes to the registry. */
export interface KindMeasures {
  readonly inputs: readonly InputDef[];
  readonly measures: readonly MeasureDef[];
  readonly checks: readonly CheckDef[];
}

/** Which leg a paired input's field is for. */
export type Side = "affected" | "unaffected";

/** A form field: serialisable, so a server page can pass it to a client form. */
export interface FormField {
  /** FormData name and element id, e.g. "lungeCm_affected". */
  name: string;
  /** The registry input it fills. */
  input: string;
  side: Side | null;
  label: string;
  min: number;
  max: number;
  step: number;
  integer: boolean;
  group: InputGroup;
}

// The injury-kind registry: one line per body region. Everything region-specific (muscles, red-flag
// screen, prognosis, dose rules, measures, wording, charts, seeded content) is reached from here,
// by the kind a muscle belongs to. To add a region see docs/adding-an-injury-kind.md.
import { ADDUCTOR_KIND } from "./adductor";
import { CALF_KIND } from "./calf";
import { HAMSTRING_KIND } from "./hamstring";
import { QUADRICEPS_KIND } from "./quadriceps";
import type { InjuryKind, MuscleDef } from "./types";

export type * from "./types";

export const INJURY_KINDS = [CALF_KIND, ADDUCTOR_KIND, HAMSTRING_KIND, QUADRICEPS_KIND] as const satisfies readonly InjuryKind[];

export type InjuryKindKey = (typeof INJURY_KINDS)[number]["key"];
/** A muscle any kind declares (its stored key). */
export type Muscle = (typeof INJURY_KINDS)[number]["muscles"][number]["key"];

export const MUSCLES = INJURY_KINDS.flatMap((kind) => kind.muscles.map((m) => m.key)) as unknown as readonly [Muscle, ...Muscle[]];

const KIND_BY_MUSCLE = new Map<string, InjuryKind>();
const MUSCLE_BY_KEY = new Map<string, MuscleDef>();
for (const kind of INJURY_KINDS as readonly InjuryKind[]) {
  for (const muscle of kind.muscles) {
    if (KIND_BY_MUSCLE.has(muscle.key)) throw new Error(`Injury kinds: muscle "${muscle.key}" is declared twice`);
    KIND_BY_MUSCLE.set(muscle.key, kind);
    MUSCLE_BY_KEY.set(muscle.key, muscle);
  }
}

/** The kind a muscle belongs to; null for a value no kind declares (e.g. an odd stored row). */
export function findKindOfMuscle(muscle: string): InjuryKind | null {
  return KIND_BY_MUSCLE.get(muscle) ?? null;
}

/** The kind a (validated) muscle belongs to. */
export function kindOfMuscle(muscle: Muscle): InjuryKind {
  return KIND_BY_MUSCLE.get(muscle)!;
}

/**
 * The kind of a muscle read from a stored plan snapshot. A value no kind declares (an old or
 * damaged row) falls back to the first kind's unspecified muscle, so a patient's handout or
 * portal page still renders in general words rather than failing.
 */
export function kindOfStoredMuscle(muscle: unknown): { kind: InjuryKind; muscle: string } {
  const kind = typeof muscle === "string" ? findKindOfMuscle(muscle) : null;
  if (kind) return { kind, muscle: muscle as string };
  const first: InjuryKind = INJURY_KINDS[0];
  return { kind: first, muscle: first.unspecifiedMuscle };
}

export function muscleDef(muscle: string): MuscleDef | null {
  return MUSCLE_BY_KEY.get(muscle) ?? null;
}

import { MEASURE_KEYS, type MeasureValues, type Measurements, type SidePair } from "./types";

function usable(value: number | null | undefined): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * Limb symmetry index: affected / unaffected x 100, rounded to 1 decimal.
 * null when either side is missing, negative or not finite, or when the unaffected side is 0
 * (a ratio against zero means nothing), so the result is never NaN or Infinity.
 */
export function symmetry(affected: number | null | undefined, unaffected: number | null | undefined): number | null {
  if (!usable(affected) || !usable(unaffected) || unaffected === 0) return null;
  const percent = round1((affected / unaffected) * 100);
  // A tiny denominator can still overflow to Infinity.
  return Number.isFinite(percent) ? percent : null;
}

function pairSymmetry(pair: SidePair | null | undefined): number | undefined {
  return symmetry(pair?.affected, pair?.unaffected) ?? undefined;
}

function finite(value: number | null | undefined): number | undefined {
  return typeof value === "number" && Number.isFinite(value) ? value : undefined;
}

/** Turns raw, per-side measurements into the measures gates test (symmetries computed here). */
export function deriveMeasures(m: Measurements): MeasureValues {
  const affected = m.heelRaises?.affected;
  const unaffected = m.heelRaises?.unaffected;
  const loadKg = finite(m.seatedRaiseLoadKg);
  const bodyMassKg = finite(m.bodyMassKg);

  const values: MeasureValues = {
    painRest: finite(m.painRest),
    painWalking: finite(m.painWalking),
    painExercise: finite(m.painExercise),
    painNextMorning: finite(m.painNextMorning),
    heelRaisesAffectedStraight: finite(affected?.straightKnee),
    heelRaisesAffectedBent: finite(affected?.bentKnee),
    heelRaiseSymmetryStraight: symmetry(affected?.straightKnee, unaffected?.straightKnee) ?? undefined,
    heelRaiseSymmetryBent: symmetry(affected?.bentKnee, unaffected?.bentKnee) ?? undefined,
    heelRaiseHeightSymmetry: pairSymmetry(m.heelRaiseHeightCm),
    lungeAffectedCm: finite(m.lungeCm?.affected),
    lungeSymmetry: pairSymmetry(m.lungeCm),
    hopDistanceSymmetry: pairSymmetry(m.hopDistanceCm),
    seatedRaiseLoadBw:
      loadKg !== undefined && bodyMassKg !== undefined && bodyMassKg > 0 && loadKg >= 0
        ? Math.round((loadKg / bodyMassKg) * 100) / 100
        : undefined,
    lefs: finite(m.lefs),
    adherencePct: finite(m.adherencePct),
  };
  // Keep the key order of MEASURE_KEYS so snapshots and UIs list measures consistently.
  return Object.fromEntries(MEASURE_KEYS.map((key) => [key, values[key]])) as MeasureValues;
}

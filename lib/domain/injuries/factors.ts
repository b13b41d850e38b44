// Combining prognosis factors (decision 014), shared by every kind: the sources report each factor
// as a separate comparison, not as independent additive effects, so the largest counts in full and
// each further one at a share of its days.
import type { DurationRange, PrognosisFactor } from "../clinical/types";

/** A factor as found, before it is combined with the others. */
export interface FoundFactor {
  key: string;
  label: string;
  days: DurationRange;
  source: string;
}

function rangeText(days: DurationRange): string {
  return `+${days.min} to +${days.max} days`;
}

export function shareText(share: number): string {
  return share === 0.5 ? "half" : `${Math.round(share * 100)}%`;
}

/**
 * Counts the largest factor (by its upper end, then its lower end, then the order given) in full
 * and each further one at `share` of its days (rounded up), keeping the given order for display.
 * Each returned factor's `days` are the days it adds and its `effect` says how it was counted.
 */
export function combineFactors(found: readonly FoundFactor[], share: number): PrognosisFactor[] {
  const ranked = found.map((_, i) => i).sort((a, b) => found[b]!.days.max - found[a]!.days.max || found[b]!.days.min - found[a]!.days.min || a - b);
  const largest = ranked[0];
  return found.map((factor, i) => {
    if (i === largest) {
      return { ...factor, days: { ...factor.days }, effect: `${rangeText(factor.days)} (largest factor, counted in full)` };
    }
    const days = { min: Math.ceil(factor.days.min * share), max: Math.ceil(factor.days.max * share) };
    return { ...factor, days, effect: `${rangeText(days)} (${rangeText(factor.days)} counted at ${shareText(share)}, assumed to overlap the largest)` };
  });
}

// How a kind's prognosis factors combine into one range (decision 014), shared by every kind.
import type { DurationRange, PrognosisFactor } from "./types";

/**
 * How factors combine (decision 014). Sources report prognostic factors as separate comparisons in one cohort, not as independent
 * effects, so adding them counts the overlap twice. The largest factor (by its upper end, then its lower end, then the
 * order below) counts in full; each further factor counts at this share of its days, rounded up.
 */
export const PROGNOSIS_COMBINATION = {
  /** Share of each further factor's days that is counted (0.5 = half). An editable default. */
  furtherFactorShare: 0.5,
} as const;

export function shareText(): string {
  const share = PROGNOSIS_COMBINATION.furtherFactorShare;
  return share === 0.5 ? "half" : `${Math.round(share * 100)}%`;
}

function rangeText(days: DurationRange): string {
  return `+${days.min} to +${days.max} days`;
}

/** A factor as found, before it is combined with the others. */
export interface FoundFactor {
  key: string;
  label: string;
  days: DurationRange;
  source: string;
}

/**
 * Counts the largest factor in full and each further one at PROGNOSIS_COMBINATION's share (rounded
 * up), keeping the declared order for display. Each returned factor's `days` are the days it adds
 * and its `effect` says how it was counted, so the factors add up to the shown range.
 */
export function combineFactors(found: readonly FoundFactor[]): PrognosisFactor[] {
  const ranked = found.map((_, i) => i).sort((a, b) => found[b]!.days.max - found[a]!.days.max || found[b]!.days.min - found[a]!.days.min || a - b);
  const largest = ranked[0];
  const share = PROGNOSIS_COMBINATION.furtherFactorShare;
  return found.map((factor, i) => {
    if (i === largest) {
      return { ...factor, days: { ...factor.days }, effect: `${rangeText(factor.days)} (largest factor, counted in full)` };
    }
    const days = { min: Math.ceil(factor.days.min * share), max: Math.ceil(factor.days.max * share) };
    return { ...factor, days, effect: `${rangeText(days)} (${rangeText(factor.days)} counted at ${shareText()}, assumed to overlap the largest)` };
  });
}

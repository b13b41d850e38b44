import type { SourceRef } from "./types";

/**
 * Evidence shared by every injury kind (grading, function scores, the DVT rule). Cite by key;
 * never quote. Region-specific sources live in their kind's module (lib/domain/injuries/<kind>/sources.ts).
 */
export const SOURCES = {
  POLLOCK_2014: {
    label: "Pollock et al., BJSM 2014",
    citation: "Pollock N, et al. British athletics muscle injury classification: a new grading system. British Journal of Sports Medicine. 2014.",
  },
  BINKLEY_1999: {
    label: "Binkley et al., Phys Ther 1999",
    citation:
      "Binkley JM, et al. The Lower Extremity Functional Scale (LEFS): scale development, measurement properties, and clinical application. Physical Therapy. 1999.",
  },
  WELLS_DVT: {
    label: "Wells DVT score",
    citation: "Wells PS, et al. Evaluation of D-dimer in the diagnosis of suspected deep-vein thrombosis. N Engl J Med. 2003;349:1227-1235.",
  },
} as const satisfies Record<string, SourceRef>;

export type SourceKey = keyof typeof SOURCES;

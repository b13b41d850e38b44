import type { SourceRef } from "./types";

/** Evidence the clinical rules and templates rely on. Cite by key; never quote. */
export const SOURCES = {
  GREEN_2022: {
    label: "Green et al., Sports Med Open 2022",
    citation:
      "Green B, et al. The assessment, management and prevention of calf muscle strain injuries: a qualitative study of the practices and perspectives of 20 expert sports clinicians. Sports Medicine - Open. 2022.",
  },
  GREEN_2020: {
    label: "Green et al., Scand J Med Sci Sports 2020",
    citation:
      "Green B, et al. Calf muscle strain injuries in elite Australian football players: a descriptive epidemiological evaluation. Scandinavian Journal of Medicine & Science in Sports. 2020.",
  },
  PRAKASH_2018: {
    label: "Prakash et al., BJSM 2018",
    citation:
      "Prakash A, et al. Connective tissue injury in calf muscle tears and return to play: MRI correlation. British Journal of Sports Medicine. 2018.",
  },
  POLLOCK_2014: {
    label: "Pollock et al., BJSM 2014",
    citation:
      "Pollock N, et al. British athletics muscle injury classification: a new grading system. British Journal of Sports Medicine. 2014.",
  },
  ASPETAR: {
    label: "Aspetar Sports Medicine Journal",
    citation: "Aspetar Sports Medicine Journal: report on calf muscle injuries in elite track and field athletes.",
  },
  HHP_CALF_PROTOCOL: {
    label: "Health & High Performance calf protocol",
    citation: "Health & High Performance (sports clinic). Calf strain rehabilitation protocol and return-to-run criteria.",
  },
  DORN_2012: {
    label: "Dorn et al., J Exp Biol 2012",
    citation:
      "Dorn TW, Schache AG, Pandy MG. Muscular strategy shift in human running: dependence of running speed on hip and ankle muscle performance. Journal of Experimental Biology. 2012.",
  },
  GHEIDI_2018: {
    label: "Gheidi et al., Phys Ther Sport 2018",
    citation: "Gheidi N, et al. Achilles tendon loading during weight bearing exercises. Physical Therapy in Sport. 2018.",
  },
  BINKLEY_1999: {
    label: "Binkley et al., Phys Ther 1999",
    citation:
      "Binkley JM, et al. The Lower Extremity Functional Scale (LEFS): scale development, measurement properties, and clinical application. Physical Therapy. 1999.",
  },
  WELLS_DVT: {
    label: "Wells DVT score",
    citation: "Wells PS, et al. Two-level Wells clinical model for suspected deep vein thrombosis. N Engl J Med. 2003.",
  },
} as const satisfies Record<string, SourceRef>;

export type SourceKey = keyof typeof SOURCES;

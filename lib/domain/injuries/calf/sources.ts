import { SOURCES } from "../../clinical/sources";
import type { SourceRef } from "../../clinical/types";

/** Evidence for the calf rules and templates, plus the shared sources they cite. Cite by key; never quote. */
export const CALF_SOURCES = {
  ...SOURCES,
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
    citation: "Prakash A, et al. Connective tissue injury in calf muscle tears and return to play: MRI correlation. British Journal of Sports Medicine. 2018.",
  },
  // The brief gives authors, title and volume; year and pages are not in the brief or the seeds.
  ASPETAR: {
    label: "Aspetar Sports Medicine Journal",
    citation:
      "Green B, Jeanguyot E, Pizzari T. Calf muscle injuries in track and field athletes. Aspetar Sports Medicine Journal. Vol. 13. Year and pages (unverified).",
  },
  // The brief names the clinic, the author (L. Nelson) and the post's title; the year is not in it.
  HHP_CALF_PROTOCOL: {
    label: "Health & High Performance calf protocol",
    citation: "Nelson L. Calf strain? When can you return to running? Health & High Performance (sports clinic), with related posts. Year (unverified).",
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
} as const satisfies Record<string, SourceRef>;

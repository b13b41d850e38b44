import { SOURCES } from "../../clinical/sources";
import type { SourceRef } from "../../clinical/types";

/** Evidence for the adductor (groin) rules and template, plus the shared sources. Cite by key; never quote. */
export const ADDUCTOR_SOURCES = {
  ...SOURCES,
  SERNER_2020: {
    label: "Serner et al., Orthop J Sports Med 2020",
    citation:
      "Serner A, et al. Criteria-based evaluation and return to sport after acute adductor injuries in male athletes (Aspetar cohort, 81 athletes). Orthopaedic Journal of Sports Medicine. 2020;8(1):2325967119897247. Title wording (unverified).",
  },
  // The brief names the prognostic paper only as "Serner et al., prognostic paper on the same cohort".
  SERNER_PROGNOSIS: {
    label: "Serner et al., prognostic study of the same cohort",
    citation:
      "Serner A, et al. Clinical and MRI factors and time to return to sport after acute adductor injuries (same Aspetar cohort). Journal, year and title (unverified).",
  },
  // The brief gives the journal, year and table only.
  ICE_HOCKEY_2010: {
    label: "Adductor strain phase criteria, Sports Health 2010 (Table 1)",
    citation: "Adductor strains in ice hockey players: phase-based rehabilitation criteria, Table 1. Sports Health. 2010. Authors and title (unverified).",
  },
  EKSTRAND_2011: {
    label: "Ekstrand et al., Am J Sports Med 2011",
    citation: "Ekstrand J, Hagglund M, Walden M. Epidemiology of muscle injuries in professional football (soccer). American Journal of Sports Medicine. 2011.",
  },
  INJURIES_BRIEF: {
    label: "Restride clinical brief: adductor red flags",
    citation:
      "Restride clinical brief, hamstring, adductor and quadriceps strains: adductor red flags (hernia or hip joint pathology, fracture after trauma, avulsion in adolescents; DVT as for the lower leg).",
  },
} as const satisfies Record<string, SourceRef>;

import { SOURCES } from "../../clinical/sources";
import type { SourceRef } from "../../clinical/types";

/**
 * Evidence for the quadriceps rules and template, plus the shared sources they cite. Cite by key;
 * never quote. Summaries come from the injuries brief (shared/reference/injuries-brief.md); years
 * or pages it does not give are marked (unverified).
 */
export const QUADRICEPS_SOURCES = {
  ...SOURCES,
  EKSTRAND_2011: {
    label: "Ekstrand, Hagglund & Walden, Am J Sports Med 2011",
    citation: "Ekstrand J, Hagglund M, Walden M. Epidemiology of muscle injuries in professional football (soccer). American Journal of Sports Medicine. 2011.",
  },
  MENDIGUCHIA_2013: {
    label: "Mendiguchia et al., BJSM 2013",
    citation:
      "Mendiguchia J, et al. Rectus femoris muscle injuries in football: a clinically relevant review of mechanisms of injury, risk factors and preventive strategies. British Journal of Sports Medicine. 2013.",
  },
  // The brief reaches Cross 2004 through a secondary summary only.
  CROSS_2004: {
    label: "Cross et al., Am J Sports Med 2004 (unverified, via a secondary summary)",
    citation:
      "Cross TM, Gibbs N, Houang MT, Cameron M. Acute quadriceps muscle strains: magnetic resonance imaging features and prognosis. American Journal of Sports Medicine. 2004. Figures taken from a secondary summary (unverified).",
  },
  BALIUS_2009: {
    label: "Balius et al., BJSM 2009",
    citation: "Balius R, et al. Central aponeurosis tears of the rectus femoris: practical sonographic prognosis. British Journal of Sports Medicine. 2009.",
  },
  GONZALEZ_DE_LA_FLOR_2024: {
    label: "Gonzalez-de-la-Flor et al., Front Bioeng Biotechnol 2024",
    citation:
      "Gonzalez-de-la-Flor A, et al. Criteria-based return to play after a grade 1 rectus femoris injury in football: a case report. Frontiers in Bioengineering and Biotechnology. 2024. Title wording (unverified).",
  },
  DUNLOP_2020: {
    label: "Dunlop et al., Sports Med 2020",
    citation:
      "Dunlop G, et al. Return-to-play practices following hamstring injury: a worldwide survey of 131 premier league football teams. Sports Medicine. 2020.",
  },
  // The brief calls these figures a clinic rule of thumb of low quality.
  CLINIC_RULE_OF_THUMB: {
    label: "Clinic rule of thumb (low quality, unverified)",
    citation: "Clinic rule of thumb for quadriceps strain time lines, as summarised in the injuries brief: low-quality evidence (unverified).",
  },
} as const satisfies Record<string, SourceRef>;

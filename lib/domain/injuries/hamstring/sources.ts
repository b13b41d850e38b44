import { SOURCES } from "../../clinical/sources";

/** Evidence for the hamstring rules and templates (injuries brief), plus the shared sources. Cite by key; never quote. */
export const HAMSTRING_SOURCES = {
  ...SOURCES,
  HEIDERSCHEIT_2010: {
    label: "Heiderscheit et al., JOSPT 2010",
    citation:
      "Heiderscheit BC, Sherry MA, Silder A, Chumanov ES, Thelen DG. Hamstring strain injuries: recommendations for diagnosis, rehabilitation, and injury prevention. J Orthop Sports Phys Ther. 2010;40(2):67-81.",
  },
  SHERRY_BEST_2004: {
    label: "Sherry & Best, JOSPT 2004",
    citation:
      "Sherry MA, Best TM. A comparison of 2 rehabilitation programs in the treatment of acute hamstring strains. J Orthop Sports Phys Ther. 2004;34(3):116-125.",
  },
  ASKLING_2013: {
    label: "Askling et al., BJSM 2013",
    citation:
      "Askling CM, Tengvar M, Thorstensson A. Acute hamstring injuries in Swedish elite football: a prospective randomised controlled clinical trial comparing two rehabilitation protocols. Br J Sports Med. 2013;47:953-959.",
  },
  ASKLING_2014: {
    label: "Askling et al., BJSM 2014",
    citation:
      "Askling CM, Tengvar M, Tarassova O, Thorstensson A. Acute hamstring injuries in Swedish elite sprinters and jumpers: a prospective randomised controlled clinical trial comparing two rehabilitation protocols. Br J Sports Med. 2014;48:532-539.",
  },
  ASKLING_HTEST_2010: {
    label: "Askling, Nilsson & Thorstensson, KSSTA 2010",
    citation:
      "Askling CM, Nilsson J, Thorstensson A. A new hamstring test to complement the common clinical examination before return to sport after injury. Knee Surg Sports Traumatol Arthrosc. 2010;18:1798-1803.",
  },
  EKSTRAND_2012: {
    label: "Ekstrand et al., BJSM 2012",
    citation:
      "Ekstrand J, Healy JC, Walden M, et al. Hamstring muscle injuries in professional football: the correlation of MRI findings with return to play. Br J Sports Med. 2012;46:112-117.",
  },
  POLLOCK_2022: {
    label: "Pollock et al., BJSM 2022",
    citation: "Pollock N, et al. Return to sport after BAMIC-guided rehabilitation of hamstring injuries in elite track and field. Br J Sports Med. 2022.",
  },
  POLLOCK_2016: {
    label: "Pollock et al., BJSM 2016",
    citation:
      "Pollock N, et al. Time to return to full training is delayed and recurrence rate is higher in intratendinous ('c') acute hamstring injury in elite track and field athletes. Br J Sports Med. 2016.",
  },
  MOEN_2014: {
    label: "Moen et al., BJSM 2014",
    citation: "Moen MH, et al. Predicting return to play after hamstring injuries. Br J Sports Med. 2014.",
  },
  ASPETAR_HAMSTRING: {
    label: "Aspetar hamstring protocol",
    citation: "Aspetar Orthopaedic and Sports Medicine Hospital. Hamstring injury rehabilitation protocol (6 stages, pain rule 2/10).",
  },
  WELLS_2003: {
    label: "Wells et al., N Engl J Med 2003",
    citation: "Wells PS, et al. Evaluation of D-dimer in the diagnosis of suspected deep-vein thrombosis. N Engl J Med. 2003;349:1227-1235.",
  },
};

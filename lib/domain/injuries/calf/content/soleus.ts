// Soleus strain template. Bent-knee (seated) calf work is the backbone: the soleus works
// hardest with the knee bent and carries about 6.5-8 x body weight when running (Dorn 2012).
import { CALF_SOURCES as SOURCES } from "../sources";
import type { Template } from "../../../clinical/types";
import { hold, perDay, perWeek, reps, timed } from "../../../content/dose";
import { ABOUT_SOLEUS, COMMON_EDUCATION } from "./education";
import { PROTECT_EXIT_GATES, RUN_EXIT_GATES, SPORT_EXIT_GATES, STRENGTH_EXIT_GATES } from "./gates";
import { CALF_DOSE_TEXT } from "./dose-text";
import { SOLEUS_STAGE_TEXT as TEXT, stage } from "./stage-text";

const SEATED_LOAD = CALF_DOSE_TEXT.seatedLoad.en;

export const SOLEUS_TEMPLATE: Template = {
  key: "soleus-strain",
  name: "Soleus strain",
  muscles: ["SOLEUS", "CALF_UNSPECIFIED"],
  grades: [1, 2, 3],
  version: 3,
  sources: [
    SOURCES.GREEN_2022,
    SOURCES.GREEN_2020,
    SOURCES.PRAKASH_2018,
    SOURCES.POLLOCK_2014,
    SOURCES.ASPETAR,
    SOURCES.HHP_CALF_PROTOCOL,
    SOURCES.DORN_2012,
    SOURCES.GHEIDI_2018,
    SOURCES.BINKLEY_1999,
  ].map((source) => ({ ...source })),
  stages: [
    stage("protect", TEXT, {
      durationDays: { 1: { min: 1, max: 4 }, 2: { min: 4, max: 8 }, 3: { min: 14, max: 42 } },
      requiresSpecialistReview: true,
      exercises: [
        reps("ankle-pumps", 2, 20, perDay(2), 3),
        timed("heel-lift-walking", 1, 10, perDay(1), 3, { notes: CALF_DOSE_TEXT.heelLift.en }),
        hold("seated-isometric-soleus-hold", 5, 30, perDay(3), 3, {
          notes: CALF_DOSE_TEXT.seatedHold.en,
        }),
        hold("standing-isometric-calf-hold", 4, 30, perDay(1), 3, { grades: [1, 2] }),
        reps("seated-soleus-raise", 3, 15, perDay(1), 3, {
          grades: [1, 2],
          load: CALF_DOSE_TEXT.handsOnKnee.en,
        }),
        timed("stationary-bike", 1, 15, perWeek(4), 3, { grades: [1, 2] }),
        reps("glute-bridge", 3, 12, perDay(1), 3, { grades: [3] }),
      ],
      gates: structuredClone(PROTECT_EXIT_GATES),
    }),
    stage("strength", TEXT, {
      durationDays: { 1: { min: 4, max: 9 }, 2: { min: 8, max: 18 }, 3: { min: 28, max: 56 } },
      exercises: [
        reps("seated-soleus-raise", 3, 20, perWeek(4), 4, {
          load: CALF_DOSE_TEXT.handsOnKnee.en,
          notes: CALF_DOSE_TEXT.raisesHurt.en,
        }),
        reps("weighted-seated-soleus-raise", 4, 10, perWeek(3), 4, { load: SEATED_LOAD }),
        reps("double-leg-bent-knee-heel-raise", 3, 15, perWeek(4), 4, { notes: CALF_DOSE_TEXT.toOneLeg.en }),
        reps("single-leg-bent-knee-heel-raise", 3, 15, perWeek(4), 4, { notes: CALF_DOSE_TEXT.toward25.en }),
        reps("single-leg-heel-raise", 3, 15, perWeek(4), 4, { notes: CALF_DOSE_TEXT.toward25.en }),
        reps("pogo-hops", 2, 10, perWeek(3), 3, {
          notes: CALF_DOSE_TEXT.lateHops.en,
        }),
      ],
      gates: structuredClone(STRENGTH_EXIT_GATES),
    }),
    stage("run", TEXT, {
      durationDays: { 1: { min: 4, max: 9 }, 2: { min: 8, max: 18 }, 3: { min: 21, max: 42 } },
      exercises: [
        reps("pogo-hops", 3, 20, perWeek(3), 3, { notes: CALF_DOSE_TEXT.startLow.en }),
        reps("single-leg-hops", 3, 15, perWeek(3), 3, { notes: CALF_DOSE_TEXT.hopsEasy.en }),
        reps("box-jumps", 3, 5, perWeek(2), 3, { notes: CALF_DOSE_TEXT.stepDown.en }),
        timed("run-walk", 6, 5, perWeek(3), 3, { notes: CALF_DOSE_TEXT.runWalkNoLong.en }),
        reps("weighted-seated-soleus-raise", 4, 8, perWeek(2), 3, { load: SEATED_LOAD }),
        reps("weighted-single-leg-heel-raise", 3, 10, perWeek(2), 3, { load: CALF_DOSE_TEXT.dumbbell.en }),
      ],
      gates: structuredClone(RUN_EXIT_GATES),
    }),
    stage("sport", TEXT, {
      durationDays: { 1: { min: 3, max: 7 }, 2: { min: 5, max: 12 }, 3: { min: 14, max: 28 } },
      exercises: [
        timed("easy-run", 1, 20, perWeek(3), 3, { notes: CALF_DOSE_TEXT.fewMinutes.en }),
        reps("strides", 1, 6, perWeek(2), 3),
        reps("hill-running", 1, 6, perWeek(1), 3, { notes: CALF_DOSE_TEXT.gentleHill.en }),
        reps("change-of-direction", 3, 6, perWeek(2), 3),
        reps("weighted-seated-soleus-raise", 4, 8, perWeek(2), 3, { load: SEATED_LOAD }),
        reps("weighted-single-leg-heel-raise", 3, 10, perWeek(2), 3, { load: CALF_DOSE_TEXT.dumbbell.en }),
      ],
      gates: structuredClone(SPORT_EXIT_GATES),
    }),
    stage("maintain", TEXT, {
      durationDays: { 1: { min: 56, max: 84 }, 2: { min: 56, max: 84 }, 3: { min: 56, max: 112 } },
      exercises: [
        reps("weighted-seated-soleus-raise", 3, 8, perWeek(2), 3, { load: SEATED_LOAD }),
        reps("weighted-single-leg-heel-raise", 3, 10, perWeek(2), 3, { load: CALF_DOSE_TEXT.dumbbell.en }),
        reps("pogo-hops", 2, 20, perWeek(2), 3),
        hold("single-leg-balance", 2, 30, perWeek(2), 3),
        reps("split-squat", 3, 8, perWeek(2), 3),
      ],
      gates: [],
    }),
  ],
  education: [ABOUT_SOLEUS, ...COMMON_EDUCATION],
  translations: { es: { name: "Distensión del sóleo" } },
};

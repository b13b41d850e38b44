// Gastrocnemius strain template. Straight-knee standing calf work is the backbone: the
// gastrocnemius crosses the knee and works hardest with it straight. Bent-knee work stays in
// for the soleus, which shares the Achilles tendon.
import { CALF_SOURCES as SOURCES } from "../sources";
import type { Template } from "../../../clinical/types";
import { hold, perDay, perWeek, reps, timed } from "../../../content/dose";
import { ABOUT_GASTROCNEMIUS, COMMON_EDUCATION } from "./education";
import { PROTECT_EXIT_GATES, RUN_EXIT_GATES, SPORT_EXIT_GATES, STRENGTH_EXIT_GATES } from "./gates";
import { RUN_WALK_SUMMARY } from "./run-walk";
import { GASTROCNEMIUS_STAGE_TEXT as TEXT, stage } from "./stage-text";

const STANDING_LOAD = "Dumbbell or loaded backpack; add load each week as able";

export const GASTROCNEMIUS_TEMPLATE: Template = {
  key: "gastrocnemius-strain",
  name: "Gastrocnemius strain",
  muscles: ["MEDIAL_GASTROCNEMIUS", "LATERAL_GASTROCNEMIUS"],
  grades: [1, 2, 3],
  version: 3,
  sources: [
    SOURCES.GREEN_2022,
    SOURCES.GREEN_2020,
    SOURCES.PRAKASH_2018,
    SOURCES.POLLOCK_2014,
    SOURCES.ASPETAR,
    SOURCES.HHP_CALF_PROTOCOL,
    SOURCES.GHEIDI_2018,
    SOURCES.BINKLEY_1999,
  ].map((source) => ({ ...source })),
  stages: [
    stage("protect", TEXT, {
      durationDays: { 1: { min: 1, max: 3 }, 2: { min: 3, max: 7 }, 3: { min: 14, max: 42 } },
      requiresSpecialistReview: true,
      exercises: [
        reps("ankle-pumps", 2, 20, perDay(2), 2),
        timed("heel-lift-walking", 1, 10, perDay(1), 2, { notes: "Use the heel lift until you walk without a limp." }),
        hold("seated-isometric-soleus-hold", 5, 30, perDay(3), 3, { grades: [3] }),
        hold("standing-isometric-calf-hold", 5, 30, perDay(3), 3, {
          grades: [1, 2],
          notes: "Start around day 2 or 3. Push to just under your pain limit.",
        }),
        reps("double-leg-heel-raise", 3, 10, perDay(1), 3, { grades: [1, 2] }),
        timed("stationary-bike", 1, 15, perWeek(4), 2, { grades: [1, 2] }),
        reps("glute-bridge", 3, 12, perDay(1), 2),
      ],
      gates: structuredClone(PROTECT_EXIT_GATES),
    }),
    stage("strength", TEXT, {
      durationDays: { 1: { min: 3, max: 7 }, 2: { min: 7, max: 14 }, 3: { min: 28, max: 56 } },
      exercises: [
        reps("double-leg-heel-raise", 3, 15, perWeek(4), 4, {
          notes: "If raises hurt, hold the top position for 30 seconds instead. Move to one leg when 3 sets of 15 feel easy.",
        }),
        reps("single-leg-heel-raise", 3, 15, perWeek(4), 4, { notes: "Lower slowly, over 3 seconds. Build toward 25 in a row." }),
        reps("weighted-single-leg-heel-raise", 4, 8, perWeek(3), 4, { load: STANDING_LOAD }),
        reps("single-leg-bent-knee-heel-raise", 3, 15, perWeek(3), 4, { notes: "Build toward 25 in a row." }),
        reps("weighted-seated-soleus-raise", 3, 10, perWeek(2), 4, {
          load: "Add load each week as able; the last 2 reps of each set should feel hard",
        }),
        reps("pogo-hops", 2, 10, perWeek(3), 3, {
          notes: "Late in this stage, once heel raises on one leg are easy: small, easy hops on both feet.",
        }),
      ],
      gates: structuredClone(STRENGTH_EXIT_GATES),
    }),
    stage("run", TEXT, {
      durationDays: { 1: { min: 3, max: 7 }, 2: { min: 6, max: 14 }, 3: { min: 21, max: 35 } },
      exercises: [
        reps("pogo-hops", 3, 20, perWeek(3), 3, { notes: "Start low and easy." }),
        reps("single-leg-hops", 3, 15, perWeek(3), 3, { notes: "Once hops on both feet are easy and pain-free." }),
        reps("box-jumps", 3, 5, perWeek(2), 3, { notes: "Step down, do not jump down." }),
        timed("run-walk", 6, 5, perWeek(3), 3, { notes: RUN_WALK_SUMMARY }),
        reps("weighted-single-leg-heel-raise", 4, 8, perWeek(2), 4, { load: STANDING_LOAD }),
        reps("weighted-seated-soleus-raise", 3, 10, perWeek(2), 4, {
          load: "Add load each week as able; the last 2 reps of each set should feel hard",
        }),
      ],
      gates: structuredClone(RUN_EXIT_GATES),
    }),
    stage("sport", TEXT, {
      durationDays: { 1: { min: 2, max: 5 }, 2: { min: 4, max: 10 }, 3: { min: 14, max: 28 } },
      exercises: [
        timed("easy-run", 1, 20, perWeek(3), 2, { notes: "Add a few minutes each week, not each day." }),
        reps("strides", 1, 6, perWeek(2), 3),
        reps("hill-running", 1, 6, perWeek(1), 3, { notes: "Start with a gentle hill." }),
        reps("change-of-direction", 3, 6, perWeek(2), 3),
        reps("weighted-single-leg-heel-raise", 4, 8, perWeek(2), 4, { load: STANDING_LOAD }),
        reps("weighted-seated-soleus-raise", 3, 10, perWeek(2), 4),
      ],
      gates: structuredClone(SPORT_EXIT_GATES),
    }),
    stage("maintain", TEXT, {
      durationDays: { 1: { min: 56, max: 84 }, 2: { min: 56, max: 84 }, 3: { min: 56, max: 112 } },
      exercises: [
        reps("weighted-single-leg-heel-raise", 3, 10, perWeek(2), 3, { load: STANDING_LOAD }),
        reps("weighted-seated-soleus-raise", 3, 8, perWeek(2), 3),
        reps("pogo-hops", 2, 20, perWeek(2), 2),
        hold("single-leg-balance", 2, 30, perWeek(2), 2),
        reps("split-squat", 3, 8, perWeek(2), 3),
      ],
      gates: [],
    }),
  ],
  education: [ABOUT_GASTROCNEMIUS, ...COMMON_EDUCATION],
  translations: { es: { name: "Distensión del gastrocnemio" } },
};

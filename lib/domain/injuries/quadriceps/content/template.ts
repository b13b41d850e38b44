// Quadriceps strain template: criteria-based, built by Restride from the cited prognosis and case
// data (injuries brief) because no quadriceps protocol is as widely cited as the hamstring or
// adductor ones. It is flagged for clinician review in its clinician notes (shown on the template
// and plan pages), and every gate number is an editable default.
import type { Template } from "../../../clinical/types";
import { hold, perDay, perWeek, reps, timed } from "../../../content/dose";
import { QUADRICEPS_SOURCES as SOURCES } from "../sources";
import { QUADRICEPS_EDUCATION } from "./education";
import { PROTECT_EXIT_GATES, RUN_EXIT_GATES, SPORT_EXIT_GATES, STRENGTH_EXIT_GATES } from "./gates";
import { stageText } from "./stage-text";

/**
 * What a clinician should check before using this template: shown on the template and plan pages
 * (Template.clinicianNotes), never to patients.
 */
export const QUADRICEPS_CLINICIAN_NOTES = [
  "Restride built this template from the cited time lines (Cross 2004, unverified; Balius 2009; a clinic rule of thumb of low quality) and a 6-week grade 1 rectus femoris case (Gonzalez-de-la-Flor 2024), not from a published protocol: review it before use.",
  "Editable defaults to check: stage lengths, the knee-extension symmetry gates (80% then 90%), the resisted hip-flexion pain limits (3/10 then 1/10) and the kicking steps.",
  "The sport stage asks for 3 logged shooting sessions without pain and a confidence rating of 8/10 or more: both numbers are Restride defaults, not published figures.",
  "Grade 3 time lines have no cited figure: the longer stage lengths are a default.",
];

const SLOW = "3 seconds down, 1 second up";

export const QUADRICEPS_TEMPLATE: Template = {
  key: "quadriceps-strain",
  name: "Quadriceps strain (clinician review)",
  muscles: ["RECTUS_FEMORIS", "RECTUS_FEMORIS_PROXIMAL", "VASTUS_LATERALIS", "VASTUS_MEDIALIS", "VASTUS_INTERMEDIUS", "QUADRICEPS_UNSPECIFIED"],
  grades: [1, 2, 3],
  version: 2,
  clinicianNotes: [...QUADRICEPS_CLINICIAN_NOTES],
  sources: [
    SOURCES.MENDIGUCHIA_2013,
    SOURCES.CROSS_2004,
    SOURCES.BALIUS_2009,
    SOURCES.GONZALEZ_DE_LA_FLOR_2024,
    SOURCES.CLINIC_RULE_OF_THUMB,
    SOURCES.EKSTRAND_2011,
    SOURCES.DUNLOP_2020,
    SOURCES.POLLOCK_2014,
  ].map((s) => ({ ...s })),
  stages: [
    {
      key: "protect",
      ...stageText("protect"),
      // Gonzalez-de-la-Flor 2024: a grade 1 case passed its first gate at week 2.
      durationDays: { 1: { min: 2, max: 14 }, 2: { min: 5, max: 21 }, 3: { min: 14, max: 42 } },
      requiresSpecialistReview: true,
      exercises: [
        reps("ankle-pumps", 2, 20, perDay(2), 3),
        hold("quad-set", 5, 10, perDay(2), 3, { notes: "Start gently and build the squeeze over a few days." }),
        hold("isometric-knee-extension", 4, 20, perDay(1), 3, { grades: [1, 2], notes: "Push to about half your effort at first." }),
        reps("straight-leg-raise", 3, 10, perDay(1), 3, { grades: [1, 2] }),
        timed("stationary-bike", 1, 10, perWeek(4), 3, { grades: [1, 2], notes: "Easy pedalling, seat high so the knee does not bend far." }),
        reps("glute-bridge", 3, 12, perDay(1), 3, { grades: [3] }),
      ],
      gates: structuredClone(PROTECT_EXIT_GATES),
    },
    {
      key: "strength",
      ...stageText("strength"),
      durationDays: { 1: { min: 5, max: 14 }, 2: { min: 10, max: 21 }, 3: { min: 28, max: 56 } },
      exercises: [
        hold("wall-sit", 4, 30, perWeek(4), 3),
        reps("seated-knee-extension", 3, 12, perWeek(4), 3, { load: "Body weight first, then an ankle weight", notes: SLOW }),
        reps("bodyweight-squat", 3, 12, perWeek(4), 3, { grades: [2, 3] }),
        reps("single-leg-squat", 3, 8, perWeek(3), 3, { grades: [1], notes: "Use a high chair first." }),
        reps("split-squat", 3, 8, perWeek(3), 3, { grades: [2, 3] }),
        reps("reverse-nordic", 3, 6, perWeek(2), 3, { grades: [1, 2], notes: "Lean back only a little at first." }),
        hold("prone-quad-stretch", 3, 30, perDay(1), 3),
      ],
      gates: structuredClone(STRENGTH_EXIT_GATES),
    },
    {
      key: "run",
      ...stageText("run"),
      durationDays: { 1: { min: 4, max: 10 }, 2: { min: 7, max: 14 }, 3: { min: 21, max: 42 } },
      exercises: [
        timed("easy-run", 1, 15, perWeek(3), 3, { notes: "Flat ground, easy pace. Add a few minutes each session." }),
        reps("strides", 1, 6, perWeek(2), 3, { notes: "Start at about 60% of top speed; add speed by about 10% a session if pain-free." }),
        reps("single-leg-squat", 3, 10, perWeek(3), 3, { load: "Add a backpack when easy" }),
        reps("reverse-nordic", 3, 8, perWeek(2), 3),
        reps("single-leg-hops", 3, 10, perWeek(2), 3, { notes: "Once easy running is pain-free." }),
        reps("leg-swings", 2, 10, perWeek(3), 3),
      ],
      gates: structuredClone(RUN_EXIT_GATES),
    },
    {
      key: "sport",
      ...stageText("sport"),
      durationDays: { 1: { min: 4, max: 10 }, 2: { min: 7, max: 14 }, 3: { min: 14, max: 28 } },
      exercises: [
        reps("kick-short-pass", 3, 10, perWeek(3), 3, { notes: "Step 1: inside of the foot, half power." }),
        reps("kick-long-pass", 3, 6, perWeek(3), 3, { notes: "Step 2: once short passes were pain-free that day and the next morning." }),
        reps("kick-shot", 2, 5, perWeek(2), 3, { notes: "Step 3: once long passes were pain-free that day and the next morning." }),
        reps("change-of-direction", 3, 6, perWeek(2), 3),
        reps("reverse-nordic", 3, 8, perWeek(2), 3),
        reps("strides", 1, 6, perWeek(2), 3, { notes: "Build to near top speed." }),
      ],
      gates: structuredClone(SPORT_EXIT_GATES),
    },
    {
      key: "maintain",
      ...stageText("maintain"),
      durationDays: { 1: { min: 56, max: 84 }, 2: { min: 56, max: 84 }, 3: { min: 56, max: 112 } },
      exercises: [
        reps("reverse-nordic", 2, 8, perWeek(2), 3),
        reps("single-leg-squat", 3, 10, perWeek(2), 3, { load: "Backpack or dumbbell" }),
        reps("leg-swings", 2, 10, perWeek(2), 3, { notes: "Before kicking and sprinting." }),
        hold("standing-quad-stretch", 2, 30, perWeek(3), 3),
      ],
      gates: [],
    },
  ],
  education: QUADRICEPS_EDUCATION,
  translations: { es: { name: "Distensión del cuádriceps (revisión clínica)" } },
};

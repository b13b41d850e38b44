// The calf templates' dose notes and load text in patient words, English and Spanish, declared
// once: the templates print the English (it is what a plan snapshot stores) and the handout and
// the portal show the patient's language by looking the stored English up here
// (../../dose-text.ts). A therapist's own note has no translation and is shown as written.
import type { Localized } from "../../../measures/types";
import { RUN_WALK_SUMMARY, RUN_WALK_SUMMARY_ES } from "./run-walk";

export const CALF_DOSE_TEXT = {
  heelLift: { en: "Use the heel lift until you walk without a limp.", es: "Use el alza en el talón hasta que camine sin cojear." },
  seatedHold: {
    en: "Start around day 2 or 3. Push to just under your pain limit.",
    es: "Empiece hacia el día 2 o 3. Empuje hasta justo por debajo de su límite de dolor.",
  },
  handsOnKnee: { en: "Body weight, hands pressing down on the knee", es: "Su peso, con las manos empujando la rodilla hacia abajo" },
  raisesHurt: {
    en: "If raises hurt, hold the top position for 30 seconds instead.",
    es: "Si subir le duele, mejor quédese arriba 30 segundos.",
  },
  raisesHurtOneLeg: {
    en: "If raises hurt, hold the top position for 30 seconds instead. Move to one leg when 3 sets of 15 feel easy.",
    es: "Si subir le duele, mejor quédese arriba 30 segundos. Pase a una pierna cuando 3 series de 15 le resulten fáciles.",
  },
  seatedLoad: {
    en: "Add load each week as able; the last 2 reps of each set should feel hard",
    es: "Agregue peso cada semana si puede; las 2 últimas repeticiones de cada serie deben costarle",
  },
  standingLoad: {
    en: "Dumbbell or loaded backpack; add load each week as able",
    es: "Una pesa o una mochila con peso; agregue peso cada semana si puede",
  },
  dumbbell: { en: "Dumbbell or loaded backpack", es: "Una pesa o una mochila con peso" },
  toOneLeg: { en: "Move to one leg when 3 sets of 15 feel easy.", es: "Pase a una pierna cuando 3 series de 15 le resulten fáciles." },
  toward25: { en: "Build toward 25 in a row.", es: "Suba poco a poco hasta 25 seguidas." },
  slowToward25: { en: "Lower slowly, over 3 seconds. Build toward 25 in a row.", es: "Baje despacio, en 3 segundos. Suba poco a poco hasta 25 seguidas." },
  lateHops: {
    en: "Late in this stage, once heel raises on one leg are easy: small, easy hops on both feet.",
    es: "Al final de esta etapa, cuando subir en una pierna le resulte fácil: saltos pequeños y suaves con los dos pies.",
  },
  startLow: { en: "Start low and easy.", es: "Empiece con saltos bajos y suaves." },
  hopsEasy: { en: "Once hops on both feet are easy and pain-free.", es: "Cuando los saltos con los dos pies sean fáciles y no duelan." },
  stepDown: { en: "Step down, do not jump down.", es: "Baje con un paso, no saltando." },
  runWalk: { en: RUN_WALK_SUMMARY, es: RUN_WALK_SUMMARY_ES },
  runWalkNoLong: { en: `${RUN_WALK_SUMMARY} No long, slow runs yet.`, es: `${RUN_WALK_SUMMARY_ES} Todavía no haga carreras largas.` },
  fewMinutes: { en: "Add a few minutes each week, not each day.", es: "Agregue unos minutos cada semana, no cada día." },
  gentleHill: { en: "Start with a gentle hill.", es: "Empiece con una cuesta suave." },
} as const satisfies Record<string, Localized>;

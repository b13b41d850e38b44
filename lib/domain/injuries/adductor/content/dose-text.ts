// The adductor template's dose notes and load text in patient words, English and Spanish,
// declared once, as every kind does (KindWording.doseText). The template prints the
// English; the handout and the portal look it up here for a Spanish-speaking patient.
import type { Localized } from "../../../measures/types";

export const ADDUCTOR_DOSE_TEXT = {
  halfEffort: { en: "Start at about half effort and build up.", es: "Empiece con la mitad de su fuerza y aumente poco a poco." },
  lightSqueezes: { en: "Light squeezes only, once your specialist agrees.", es: "Solo apretones suaves, cuando su especialista esté de acuerdo." },
  afterSqueezes: { en: "Start once the squeezes are easy.", es: "Empiece cuando los apretones le resulten fáciles." },
  painControlledLoad: {
    en: "Pain-controlled: the heaviest load you can finish with good form and little pain",
    es: "Según el dolor: el peso más alto que pueda terminar bien y con poco dolor",
  },
  easyJog: { en: "Jog in a straight line at an easy pace on flat ground.", es: "Trote en línea recta, a paso suave, en terreno plano." },
  eightyPercent: { en: "Build to about 80% of your top speed.", es: "Llegue poco a poco a cerca del 80% de su velocidad máxima." },
  plannedTurns: { en: "Planned turns first, sharper turns later.", es: "Primero giros planeados; después, giros más cerrados." },
  fullSpeedTurns: { en: "Now at full speed, including unplanned turns.", es: "Ahora a toda velocidad, también con giros sin planear." },
  fullSpeed: { en: "Up to full speed.", es: "Hasta su velocidad máxima." },
  lightOnly: { en: "Light squeezes only.", es: "Solo apretones suaves." },
  teamDrills: { en: "Full speed, as your team's drills need.", es: "A toda velocidad, como lo piden los ejercicios de su equipo." },
} as const satisfies Record<string, Localized>;

// The quadriceps template's dose notes and load text in patient words, English and Spanish,
// declared once (KindWording.doseText): the template prints the English, the handout and the
// portal look the Spanish up here.
import type { Localized } from "../../../measures/types";

export const QUADRICEPS_DOSE_TEXT = {
  squeeze: { en: "Start gently and build the squeeze over a few days.", es: "Empiece suave y apriete un poco más cada día, durante unos días." },
  halfEffort: { en: "Push to about half your effort at first.", es: "Al principio, empuje con más o menos la mitad de su fuerza." },
  bike: {
    en: "Easy pedalling, seat high so the knee does not bend far.",
    es: "Pedalee suave, con el asiento alto para que la rodilla no se doble mucho.",
  },
  tempo: { en: "3 seconds down, 1 second up", es: "3 segundos para bajar, 1 segundo para subir" },
  ankleWeight: { en: "Body weight first, then an ankle weight", es: "Primero con su peso; después, con una pesa en el tobillo" },
  highChair: { en: "Use a high chair first.", es: "Al principio, use una silla alta." },
  leanLittle: { en: "Lean back only a little at first.", es: "Al principio, inclínese hacia atrás solo un poco." },
  easyRun: {
    en: "Flat ground, easy pace. Add a few minutes each session.",
    es: "Terreno plano, a paso suave. Agregue unos minutos cada sesión.",
  },
  speed60: {
    en: "Start at about 60% of top speed; add speed by about 10% a session if pain-free.",
    es: "Empiece a cerca del 60% de su velocidad máxima; si no duele, suba cerca de un 10% cada sesión.",
  },
  backpackWhenEasy: { en: "Add a backpack when easy", es: "Agregue una mochila cuando le resulte fácil" },
  afterEasyRunning: { en: "Once easy running is pain-free.", es: "Cuando correr suave ya no le duela." },
  kickStep1: { en: "Step 1: inside of the foot, half power.", es: "Paso 1: con la parte de adentro del pie, a media fuerza." },
  kickStep2: {
    en: "Step 2: once short passes were pain-free that day and the next morning.",
    es: "Paso 2: cuando los pases cortos no le dolieron ese día ni a la mañana siguiente.",
  },
  kickStep3: {
    en: "Step 3: once long passes were pain-free that day and the next morning.",
    es: "Paso 3: cuando los pases largos no le dolieron ese día ni a la mañana siguiente.",
  },
  nearTopSpeed: { en: "Build to near top speed.", es: "Llegue poco a poco cerca de su velocidad máxima." },
  backpackOrDumbbell: { en: "Backpack or dumbbell", es: "Mochila o mancuerna" },
  beforeKicking: { en: "Before kicking and sprinting.", es: "Antes de patear y de correr a toda velocidad." },
} as const satisfies Record<string, Localized>;

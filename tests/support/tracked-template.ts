// A small template with a stage of two parallel tracks, built on the soleus template, for the
// tracks tests (unit and integration): "exercise" (a1, a2) and "running" (b1 with a session
// gate on jogging, b2 with a subjective gate), then the soleus template's last two stages.
import { tracksDuration, type GateTemplate, type PhaseTemplate, type StageTemplate, type Template, type TrackTemplate } from "@/lib/domain/clinical";
import { SOLEUS_TEMPLATE } from "@/lib/domain/injuries/calf/content";

export const [protect, strength, run] = SOLEUS_TEMPLATE.stages as [StageTemplate, StageTemplate, StageTemplate, ...StageTemplate[]];

function phase(key: string, from: StageTemplate, gates: GateTemplate[], days: [number, number]): PhaseTemplate {
  return {
    key,
    name: `Phase ${key}`,
    purpose: from.purpose,
    goals: from.goals,
    precautions: from.precautions,
    education: from.education,
    durationDays: { 1: { min: days[0], max: days[1] }, 2: { min: days[0] + 1, max: days[1] + 2 }, 3: { min: days[0] + 2, max: days[1] + 4 } },
    exercises: from.exercises,
    gates,
  };
}

export const jog = run.exercises[0]!.exerciseKey;
export const sessionsGate: GateTemplate = {
  key: "three-jogs",
  kind: "SESSIONS",
  exerciseKey: jog,
  count: 3,
  maxPain: 2,
  label: "3 jogs",
  patientLabel: "3 jogs without pain",
};
export const confidenceGate: GateTemplate = {
  key: "confident",
  kind: "SUBJECTIVE",
  question: "How confident do you feel to run fast?",
  minimum: 7,
  label: "Confidence to run fast",
  patientLabel: "You feel confident to run fast",
  translations: { es: { question: "¿Qué tanta confianza tiene para correr rápido?", patientLabel: "Se siente con confianza para correr rápido" } },
};

export const TRACKS: TrackTemplate[] = [
  {
    key: "exercise",
    name: "Exercises",
    purpose: "Get the muscle strong.",
    phases: [phase("a1", protect, protect.gates, [3, 6]), phase("a2", strength, strength.gates, [5, 10])],
  },
  {
    key: "running",
    name: "Running",
    purpose: "Get back to running.",
    phases: [phase("b1", run, [sessionsGate], [4, 8]), phase("b2", run, [confidenceGate], [2, 4])],
  },
];

export const tracked: Template = {
  ...SOLEUS_TEMPLATE,
  key: "tracked-test",
  stages: [
    { ...strength, key: "strength", exercises: [], gates: [], durationDays: tracksDuration(TRACKS), tracks: TRACKS },
    ...SOLEUS_TEMPLATE.stages.slice(3),
  ],
};

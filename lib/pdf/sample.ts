// A realistic handout input built from the seeded soleus template: for tests, the benchmark and
// previews. Pure: same arguments, same input.
import { generatePlan } from "../domain/clinical/plan";
import type { Injury, Plan, Template } from "../domain/clinical/types";
import { EXERCISE_LIBRARY } from "../domain/injuries/calf/content/exercises";
import { SOLEUS_TEMPLATE } from "../domain/injuries/calf/content/soleus";
import type { HandoutInput } from "./types";

export const SAMPLE_PATIENT = { givenName: "Zoë", familyName: "Łukasiewicz-Núñez" } as const;

export interface SampleOptions {
  template?: Template;
  injury?: Partial<Injury>;
  currentStageIndex?: number;
  startDate?: string;
  madeOn?: string;
  patient?: { givenName: string; familyName: string };
}

export function sampleInjury(options: SampleOptions = {}): Injury {
  return {
    muscle: "SOLEUS",
    side: "LEFT",
    injuryDate: "2026-03-01",
    onset: "SUDDEN",
    duringRunning: true,
    repeatInjury: false,
    clinicalGrade: 2,
    ...options.injury,
  };
}

export function samplePlan(options: SampleOptions = {}): Plan {
  return generatePlan(options.template ?? SOLEUS_TEMPLATE, EXERCISE_LIBRARY, { weeklyRunningKm: 30 }, sampleInjury(options), options.startDate ?? "2026-03-03");
}

export function sampleHandoutInput(options: SampleOptions = {}): HandoutInput {
  const template = options.template ?? SOLEUS_TEMPLATE;
  const plan = samplePlan(options);
  const currentStageIndex = options.currentStageIndex ?? 1;
  const madeOn = options.madeOn ?? "2026-03-12";
  // Each stage so far started on its fastest-path date, but never after the handout's date.
  const stageHistory = plan.stages
    .slice(0, Math.max(0, Math.min(currentStageIndex, plan.stages.length - 1)) + 1)
    .map((stage, stageIndex) => ({ stageIndex, startedOn: stage.startDate < madeOn ? stage.startDate : madeOn }));
  return {
    plan: { ...plan, currentStageIndex },
    patient: { ...(options.patient ?? SAMPLE_PATIENT) },
    therapistName: "Dana Okafor, PT",
    clinicName: "Riverside Sports Physio",
    madeOn,
    injury: sampleInjury(options),
    stageHistory,
    templateName: template.name,
    templateVersion: template.version,
    education: template.education,
    exercises: EXERCISE_LIBRARY,
    currentStageIndex,
  };
}

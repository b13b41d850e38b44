/** Factories for clinical data: an assessed injury episode ready for a plan. */
import { NEGATIVE_SCREEN, type ScreenInput } from "@/lib/domain/injuries/calf/screen";
import type { Actor } from "@/lib/server/actor";
import { createAssessment } from "@/lib/server/assessments";
import { db } from "@/lib/server/db";
import type { AssessmentForm } from "@/lib/validation/clinical";
import { makePatient } from "./factories";

export function assessmentForm(overrides: { screen?: Partial<ScreenInput>; injury?: Partial<AssessmentForm["injury"]> } = {}): AssessmentForm {
  return {
    injury: {
      muscle: "SOLEUS",
      side: "LEFT",
      injuryDate: "2026-10-30",
      onset: "SUDDEN",
      duringRunning: true,
      repeatInjury: false,
      clinicalGrade: 2,
      bamicGrade: null,
      bamicSite: null,
      ...overrides.injury,
    },
    baseline: {
      painRest: 2,
      painWalking: 4,
      heelRaisesStraight: { affected: 10, unaffected: 28 },
      heelRaisesBent: { affected: 8, unaffected: 25 },
      lungeCm: { affected: 8, unaffected: 11 },
    },
    screen: { ...NEGATIVE_SCREEN, thompsonTest: "NORMAL", ...overrides.screen },
  };
}

export async function makeEpisode(actor: Actor, overrides: Parameters<typeof assessmentForm>[0] = {}) {
  const patient = await makePatient(actor.clinicId, actor.userId);
  const { id } = await createAssessment(actor, patient.id, assessmentForm(overrides));
  return { patient, episodeId: id };
}

export async function sharedTemplateId(key: "soleus-strain" | "gastrocnemius-strain" = "soleus-strain") {
  const row = await db.protocolTemplate.findFirstOrThrow({ where: { clinicId: null, key, status: "PUBLISHED" }, orderBy: { version: "desc" } });
  return row.id;
}

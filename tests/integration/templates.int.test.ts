import { describe, expect, it } from "vitest";
// Every kind's seeded content (calf, hamstring, ...): the seed stores all of it in the shared library.
import { SEEDED_EXERCISES as EXERCISE_LIBRARY, SEEDED_TEMPLATES as PROTOCOL_TEMPLATES } from "@/lib/domain/injuries/content";
import { generatePlan, type Template } from "@/lib/domain/clinical";
import { insertTemplate, loadExercises, loadTemplate, seedSharedLibrary } from "@/lib/db/template-store";
import { db } from "@/lib/server/db";
import { getPlanTemplate, listPlanTemplates } from "@/lib/server/templates";
import { makeClinic } from "../support/factories";
import { tracked } from "../support/tracked-template";

/** The tracked test template with every newer feature: a stated pain rule, a dose stage, clinician notes. */
function fullyTracked(key: string): Template {
  const t = structuredClone(tracked);
  t.key = key;
  t.clinicianNotes = ["Session count and confidence minimum are defaults: edit them.", "A second note."];
  const stage = t.stages[0]!;
  stage.painRule = { duringMax: 2, settledByMorning: true };
  stage.tracks![1]!.phases[0]!.painRule = { duringMax: 3, settledByMorning: false };
  stage.tracks![1]!.phases[0]!.doseStage = "run";
  stage.tracks![0]!.translations = { es: { name: "Ejercicios", purpose: "Fortalecer el músculo." } };
  return t;
}

describe("protocol templates in PostgreSQL", () => {
  it("store and load back exactly the seeded domain templates (stages, doses, gates, education)", async () => {
    for (const template of PROTOCOL_TEMPLATES) {
      const row = await db.protocolTemplate.findFirstOrThrow({ where: { clinicId: null, key: template.key, version: template.version } });
      const loaded = await loadTemplate(db, row.id);
      expect(loaded!.template).toEqual(JSON.parse(JSON.stringify(template)));
      expect(row.status).toBe("PUBLISHED");
    }
    // Every kind's templates are seeded, the groin's included (versioned and cited, with its two tracks).
    const groin = await db.protocolTemplate.findFirstOrThrow({ where: { clinicId: null, key: "adductor-strain", version: 2 } });
    const stored = (await loadTemplate(db, groin.id))!.template;
    expect(stored.sources.map((s) => s.label)).toContain("Serner et al., Orthop J Sports Med 2020");
    expect(stored.stages[1]!.tracks!.map((t) => t.phases.length)).toEqual([4, 4]);
  });

  it("stores parallel tracks with their phases, pain rules, session and subjective gates and clinician notes, and loads them back exactly", async () => {
    const a = await makeClinic();
    const template = fullyTracked("tracked-store");
    const id = await insertTemplate(db, template, { clinicId: a.clinic.id, status: "DRAFT" });
    const loaded = (await loadTemplate(db, id))!.template;
    expect(loaded).toEqual(JSON.parse(JSON.stringify(template)));
    // Phases are stage rows of their track: the template still has its own stages only.
    expect(loaded.stages.map((s) => s.key)).toEqual(template.stages.map((s) => s.key));
    expect(await db.templateStage.count({ where: { templateId: id } })).toBe(template.stages.length + 4);

    // A plan made from the stored copy runs both tracks, each from its first phase.
    const injury = {
      muscle: "SOLEUS",
      side: "LEFT",
      injuryDate: "2026-11-01",
      onset: "SUDDEN",
      duringRunning: true,
      repeatInjury: false,
      clinicalGrade: 2,
    } as const;
    const plan = generatePlan(loaded, await loadExercises(db, a.clinic.id), {}, injury, "2026-11-02");
    expect(plan.stages[0]!.tracks!.map((t) => [t.key, t.currentPhaseIndex, t.phases.length])).toEqual([
      ["exercise", 0, 2],
      ["running", 0, 2],
    ]);
  });

  it("stores the whole exercise library (at least 25 exercises)", async () => {
    const exercises = await loadExercises(db, null);
    const byKey = (a: { key: string }, b: { key: string }) => a.key.localeCompare(b.key);
    expect(exercises.slice().sort(byKey)).toEqual(JSON.parse(JSON.stringify(EXERCISE_LIBRARY.slice().sort(byKey))));
    expect(exercises.length).toBeGreaterThanOrEqual(25);
  });

  it("seeding again adds nothing and keeps template ids stable", async () => {
    const before = await db.protocolTemplate.findMany({ where: { clinicId: null }, select: { id: true }, orderBy: { id: "asc" } });
    const { templatesAdded, drifted } = await seedSharedLibrary(db, PROTOCOL_TEMPLATES, EXERCISE_LIBRARY);
    expect(templatesAdded).toBe(0);
    expect(drifted).toEqual([]);
    const after = await db.protocolTemplate.findMany({ where: { clinicId: null }, select: { id: true }, orderBy: { id: "asc" } });
    expect(after).toEqual(before);
  });

  it("reports a seeded template whose content differs from the stored row of the same version, and keeps the stored row", async () => {
    const [first, ...rest] = PROTOCOL_TEMPLATES;
    const edited = structuredClone(first!);
    edited.stages[0]!.goals = [...edited.stages[0]!.goals, "A goal added in the content file without a version bump"];
    const { templatesAdded, drifted } = await seedSharedLibrary(db, [edited, ...rest], EXERCISE_LIBRARY);
    expect(templatesAdded).toBe(0);
    expect(drifted).toEqual([{ key: first!.key, version: first!.version }]);
    const row = await db.protocolTemplate.findFirstOrThrow({ where: { clinicId: null, key: first!.key, version: first!.version } });
    expect((await loadTemplate(db, row.id))!.template.stages[0]!.goals).toEqual(first!.stages[0]!.goals);
  });

  it("every clinic sees the shared published templates; another clinic's own template is invisible (404)", async () => {
    const a = await makeClinic();
    const b = await makeClinic();
    const shared = await listPlanTemplates(a.therapist);
    expect(shared.map((t) => t.template.key).sort()).toEqual(PROTOCOL_TEMPLATES.map((t) => t.key).sort());

    const source = shared[0]!;
    const { insertTemplate } = await import("@/lib/db/template-store");
    const ownId = await insertTemplate(db, { ...source.template, name: "Clinic A soleus" }, { clinicId: a.clinic.id, status: "PUBLISHED" });
    expect((await getPlanTemplate(a.therapist, ownId)).template.name).toBe("Clinic A soleus");
    await expect(getPlanTemplate(b.therapist, ownId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await listPlanTemplates(b.therapist)).map((t) => t.id)).not.toContain(ownId);
    expect((await listPlanTemplates(a.therapist))[0]!.id).toBe(ownId);
  });
});

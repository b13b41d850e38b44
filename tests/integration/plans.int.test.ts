import { describe, expect, it } from "vitest";
import { insertTemplate, loadTemplate } from "@/lib/db/template-store";
import type { Dose } from "@/lib/domain/clinical/types";
import { createAssessment, getEpisode } from "@/lib/server/assessments";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { recordMeasurement } from "@/lib/server/measurements";
import { createPlan, editPlan, getPlan, moveStage, previewPlan, setPlanNotes } from "@/lib/server/plans";
import { assessmentForm, makeEpisode, sharedTemplateId } from "../support/clinical";
import { makeClinic, makePatient } from "../support/factories";

const dose: Dose = { sets: 4, reps: 15, load: "body weight", frequency: { times: 1, per: "DAY" }, painLimit: 3 };

async function code(p: Promise<unknown>) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).code;
}

describe("assessment and red-flag screen", () => {
  it("stores the assessment with its screen result; a likely DVT blocks plan creation with the referral message", async () => {
    const a = await makeClinic();
    const { episodeId } = await makeEpisode(a.therapist, {
      screen: { deepVeinTenderness: true, wholeLegSwollen: true, calfSwellingOver3cm: true },
    });
    const episode = await getEpisode(a.therapist, episodeId);
    expect(episode.screenResult.wellsScore).toBe(3);
    expect(episode.screenResult.blocksPlan).toBe(true);
    expect(episode.screenResult.referralMessage).toMatch(/DVT|clot/i);
    const templateId = await sharedTemplateId();
    expect(await code(createPlan(a.therapist, episodeId, { templateId, startDate: "2026-11-02" }))).toBe("BLOCKED");
    expect(await db.rehabPlan.count({ where: { episodeId } })).toBe(0);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: episodeId, action: "assessment.create" } });
    expect(audit.detail).toMatchObject({ redFlagScreen: "positive" });
  });
});

describe("plans persist and round-trip", () => {
  it("creates a plan equal to the preview, with its history and the template version it came from", async () => {
    const a = await makeClinic();
    const { episodeId, patient } = await makeEpisode(a.therapist);
    const templateId = await sharedTemplateId();
    const preview = await previewPlan(a.therapist, episodeId, templateId, "2026-11-02");
    expect(preview.outcome.ok).toBe(true);
    const { id } = await createPlan(a.therapist, episodeId, { templateId, startDate: "2026-11-02" });
    const plan = await getPlan(a.therapist, id);
    expect(plan.snapshot.plan).toEqual(preview.outcome.ok && preview.outcome.plan);
    expect(plan.patient.id).toBe(patient.id);
    expect(plan.templateVersion).toBe(3);
    expect(plan.currentStageIndex).toBe(0);
    expect(plan.snapshot.exercises.length).toBeGreaterThan(0);
    expect(plan.events.map((e) => e.kind)).toEqual(["CREATED"]);
    expect(plan.prognosis.returnToRun.minDays).toBeLessThan(plan.prognosis.returnToRun.maxDays);
    expect(await code(createPlan(a.therapist, episodeId, { templateId, startDate: "2026-11-02" }))).toBe("CONFLICT");
  });

  it("a double submit creates one active plan, and the other request gets a clear conflict", async () => {
    const a = await makeClinic();
    const { episodeId } = await makeEpisode(a.therapist);
    const templateId = await sharedTemplateId();
    const results = await Promise.allSettled([0, 1, 2].map(() => createPlan(a.therapist, episodeId, { templateId, startDate: "2026-11-02" })));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    for (const r of results.filter((r): r is PromiseRejectedResult => r.status === "rejected")) {
      expect((r.reason as AppError).code).toBe("CONFLICT");
    }
    expect(await db.rehabPlan.count({ where: { episodeId, status: "ACTIVE" } })).toBe(1);
  });

  it("a new template version leaves existing plans unchanged", async () => {
    const a = await makeClinic();
    const base = await loadTemplate(db, await sharedTemplateId());
    const v1 = await insertTemplate(db, { ...base!.template, key: `own-${a.clinic.id}`, version: 1 }, { clinicId: a.clinic.id, status: "PUBLISHED" });
    const { episodeId } = await makeEpisode(a.therapist);
    const { id } = await createPlan(a.therapist, episodeId, { templateId: v1, startDate: "2026-11-02" });
    const before = await getPlan(a.therapist, id);

    const changed = structuredClone(base!.template);
    changed.key = `own-${a.clinic.id}`;
    changed.version = 2;
    changed.stages[0]!.name = "Renamed first stage";
    changed.stages[0]!.exercises[0]!.dose = { ...changed.stages[0]!.exercises[0]!.dose, sets: 9 };
    await insertTemplate(db, changed, { clinicId: a.clinic.id, status: "PUBLISHED" });
    await db.protocolTemplate.update({ where: { id: v1 }, data: { status: "ARCHIVED" } });

    const after = await getPlan(a.therapist, id);
    expect(after.snapshot).toEqual(before.snapshot);
    expect(after.templateVersion).toBe(1);
    expect(after.snapshot.plan.stages[0]!.name).not.toBe("Renamed first stage");
  });
});

describe("plan edits", () => {
  it("two therapists saving the same plan version: one succeeds, the other gets a clear conflict, nothing lost", async () => {
    const a = await makeClinic();
    const { episodeId } = await makeEpisode(a.therapist);
    const { id } = await createPlan(a.therapist, episodeId, { templateId: await sharedTemplateId(), startDate: "2026-11-02" });
    const results = await Promise.allSettled([
      editPlan(a.therapist, id, 1, { type: "dose", stageIndex: 0, exerciseIndex: 0, dose }),
      editPlan(a.admin, id, 1, { type: "dose", stageIndex: 0, exerciseIndex: 0, dose: { ...dose, sets: 2 } }),
    ]);
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === "rejected");
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect((rejected[0]!.reason as AppError).code).toBe("CONFLICT");
    // At the same moment the loser finds the row taken (FOR UPDATE NOWAIT: "being saved by
    // someone else"); a moment later it finds the version moved on ("changed since you opened it").
    expect((rejected[0]!.reason as AppError).message).toMatch(/changed since you opened it.*Reload|being saved by someone else.*Try again/);
    const plan = await getPlan(a.therapist, id);
    expect(plan.version).toBe(2);
    expect(plan.events.map((e) => e.kind)).toEqual(["DOSE", "CREATED"]);
    const audits = await db.auditEvent.findMany({ where: { entityId: id, action: "plan.update" }, orderBy: { id: "asc" } });
    expect(audits.map((r) => r.outcome).sort()).toEqual(["CONFLICT", "SUCCESS"]);
  });

  it("edits doses, adds and removes exercises, keeps notes, and lists each change in the history", async () => {
    const a = await makeClinic();
    const { episodeId } = await makeEpisode(a.therapist);
    const { id } = await createPlan(a.therapist, episodeId, { templateId: await sharedTemplateId(), startDate: "2026-11-02" });
    let v = (await editPlan(a.therapist, id, 1, { type: "dose", stageIndex: 0, exerciseIndex: 0, dose })).version;
    v = (await editPlan(a.therapist, id, v, { type: "addExercise", stageIndex: 0, exerciseKey: "single-leg-balance", dose })).version;
    v = (await editPlan(a.therapist, id, v, { type: "moveExercise", stageIndex: 0, exerciseIndex: 1, direction: -1 })).version;
    v = (await setPlanNotes(a.therapist, id, v, "Prefers morning sessions")).version;
    const plan = await getPlan(a.therapist, id);
    expect(plan.snapshot.plan.stages[0]!.exercises[1]!.dose).toMatchObject({ sets: 4, reps: 15 });
    expect(plan.snapshot.plan.stages[0]!.exercises.some((e) => e.exerciseKey === "single-leg-balance")).toBe(true);
    expect(plan.notes).toBe("Prefers morning sessions");
    expect(plan.events.map((e) => e.kind)).toEqual(["NOTES", "MOVEEXERCISE", "ADDEXERCISE", "DOSE", "CREATED"]);
    expect(await code(editPlan(a.therapist, id, v, { type: "addExercise", stageIndex: 0, exerciseKey: "no-such-exercise", dose }))).toBe("VALIDATION");
  });

  it("advances a stage only when its gates are met (or on recorded clinical judgement), and records which gates", async () => {
    const a = await makeClinic();
    const { episodeId, patient } = await makeEpisode(a.therapist);
    const { id } = await createPlan(a.therapist, episodeId, { templateId: await sharedTemplateId(), startDate: "2026-11-02" });
    expect(await code(moveStage(a.therapist, id, 1, 1))).toBe("BLOCKED");

    const first = (await getPlan(a.therapist, id)).snapshot.plan.stages[0]!;
    const checks = Object.fromEntries(first.gates.filter((g) => g.kind === "CHECK").map((g) => [g.kind === "CHECK" ? g.check : "", true]));
    // Measured after the assessment (whose baseline is today's first measurement).
    const today = new Date().toISOString().slice(0, 10);
    await recordMeasurement(a.therapist, patient.id, { measuredOn: today, values: { painRest: 0, painWalking: 1 }, checks });
    const ready = await getPlan(a.therapist, id);
    expect(ready.gates.allMet).toBe(true);

    const moved = await moveStage(a.therapist, id, 1, 1, { today: "2026-11-09" });
    expect(moved.stageIndex).toBe(1);
    const plan = await getPlan(a.therapist, id);
    expect(plan.currentStageIndex).toBe(1);
    expect(plan.stageStartedOn).toBe("2026-11-09");
    const event = await db.planEvent.findFirstOrThrow({ where: { planId: id, kind: "STAGE_ADVANCED" } });
    expect(event.actorUserId).toBe(a.therapist.userId);
    expect((event.detail as { gates: { status: string }[] }).gates.every((g) => g.status === "MET")).toBe(true);

    const back = await moveStage(a.therapist, id, moved.version, -1);
    expect(back.stageIndex).toBe(0);
    const judged = await moveStage(a.therapist, id, back.version, 1, { override: true });
    expect(judged.stageIndex).toBe(1);
  });
});

describe("clinic isolation for plans and assessments", () => {
  it("clinic B gets 404 for clinic A's episode, plan, edits and stage moves; clinic A succeeds", async () => {
    const a = await makeClinic();
    const b = await makeClinic();
    const { episodeId, patient } = await makeEpisode(a.therapist);
    const templateId = await sharedTemplateId();
    expect(await code(getEpisode(b.therapist, episodeId))).toBe("NOT_FOUND");
    expect(await code(previewPlan(b.therapist, episodeId, templateId, "2026-11-02"))).toBe("NOT_FOUND");
    expect(await code(createPlan(b.therapist, episodeId, { templateId, startDate: "2026-11-02" }))).toBe("NOT_FOUND");
    expect(await code(createAssessment(b.therapist, patient.id, assessmentForm()))).toBe("NOT_FOUND");
    expect(await code(recordMeasurement(b.therapist, patient.id, { measuredOn: "2026-11-09", values: { painRest: 1 }, checks: {} }))).toBe("NOT_FOUND");

    const { id } = await createPlan(a.therapist, episodeId, { templateId, startDate: "2026-11-02" });
    expect(await code(getPlan(b.therapist, id))).toBe("NOT_FOUND");
    expect(await code(editPlan(b.therapist, id, 1, { type: "dose", stageIndex: 0, exerciseIndex: 0, dose }))).toBe("NOT_FOUND");
    expect(await code(moveStage(b.therapist, id, 1, 1, { override: true }))).toBe("NOT_FOUND");
    expect(await code(setPlanNotes(b.therapist, id, 1, "x"))).toBe("NOT_FOUND");
    expect((await getPlan(a.therapist, id)).version).toBe(1);
    await expect(editPlan(a.therapist, id, 1, { type: "dose", stageIndex: 0, exerciseIndex: 0, dose })).resolves.toEqual({ version: 2 });
  });

  it("a plan cannot use another clinic's template", async () => {
    const a = await makeClinic();
    const b = await makeClinic();
    const base = await loadTemplate(db, await sharedTemplateId());
    const bOwn = await insertTemplate(db, { ...base!.template, key: `b-${b.clinic.id}` }, { clinicId: b.clinic.id, status: "PUBLISHED" });
    const patient = await makePatient(a.clinic.id, a.therapist.userId);
    const { id: episodeId } = await createAssessment(a.therapist, patient.id, assessmentForm());
    expect(await code(createPlan(a.therapist, episodeId, { templateId: bOwn, startDate: "2026-11-02" }))).toBe("NOT_FOUND");
  });
});

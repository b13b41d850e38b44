import { describe, expect, it } from "vitest";
import { tracksDuration } from "@/lib/domain/clinical/tracks";
import type { Dose, Template } from "@/lib/domain/clinical/types";
import { SEEDED_TEMPLATES } from "@/lib/domain/injuries/content";
import { loadTemplate } from "@/lib/db/template-store";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import {
  addMeasureGate,
  addStageExercise,
  duplicateTemplate,
  getAdminTemplate,
  listAdminTemplates,
  publishTemplate,
  removeGate,
  removeStageExercise,
  startNewVersion,
  updateGate,
  updateStage,
  updateStageExercise,
  updateTemplateDetails,
} from "@/lib/server/template-admin";
import { doseForm, measureGateForm, stageForm } from "@/lib/validation/template";
import { insertTemplate } from "@/lib/db/template-store";
import { makeClinic } from "../support/factories";
import { tracked } from "../support/tracked-template";

async function expectCode(promise: Promise<unknown>, code: string, message?: RegExp) {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  expect((err as AppError).code).toBe(code);
  if (message) expect((err as AppError).message).toMatch(message);
  return err as AppError;
}

async function sharedSoleus() {
  return db.protocolTemplate.findFirstOrThrow({ where: { clinicId: null, key: "soleus-strain", status: "PUBLISHED" }, orderBy: { version: "desc" } });
}

/** A clinic with a DRAFT copy of the shared soleus template. */
async function clinicWithDraft() {
  const clinic = await makeClinic();
  const source = await sharedSoleus();
  const { id } = await duplicateTemplate(clinic.admin, source.id);
  return { ...clinic, source, draftId: id };
}

const stageNamed = async (admin: Parameters<typeof getAdminTemplate>[0], templateId: string, key: string) =>
  (await getAdminTemplate(admin, templateId)).stages.find((s) => s.key === key)!;

describe("template admin: duplicate, edit, publish", () => {
  it("duplicating the shared template makes a clinic DRAFT that loads back equal to the source (except name)", async () => {
    const { clinic, source, draftId } = await clinicWithDraft();
    const copy = (await loadTemplate(db, draftId))!;
    const original = (await loadTemplate(db, source.id))!;
    expect(copy.row).toMatchObject({ clinicId: clinic.id, status: "DRAFT", version: 1, basedOnId: source.id, key: source.key, publishedAt: null });
    expect(copy.template.name).toBe(`${original.template.name} (clinic copy)`);
    const { name: _a, version: _b, ...copyRest } = copy.template;
    const { name: _c, version: _d, ...sourceRest } = original.template;
    expect(copyRest).toEqual(sourceRest);
    // The source is untouched.
    expect((await db.protocolTemplate.findUniqueOrThrow({ where: { id: source.id } })).status).toBe("PUBLISHED");
  });

  it("copies and new versions keep parallel tracks, phases, pain rules, session and subjective gates and clinician notes", async () => {
    const { admin, clinic } = await makeClinic();
    const own: Template = { ...structuredClone(tracked), key: "tracked-admin", clinicianNotes: ["Check the session count before use."] };
    own.stages[0]!.painRule = { duringMax: 2, settledByMorning: true };
    const publishedId = await insertTemplate(db, own, { clinicId: clinic.id, status: "PUBLISHED" });
    const strip = ({ name: _n, version: _v, key: _k, ...rest }: Template) => rest;

    const copy = await duplicateTemplate(admin, publishedId);
    expect(strip((await loadTemplate(db, copy.id))!.template)).toEqual(strip(JSON.parse(JSON.stringify(own)) as Template));
    const next = await startNewVersion(admin, publishedId);
    expect((await loadTemplate(db, next.id))!.template).toEqual({ ...JSON.parse(JSON.stringify(own)), version: own.version + 1 });

    // Editing the tracked stage's own text keeps its tracks; the admin view shows them.
    const stage = (await getAdminTemplate(admin, next.id)).stages[0]!;
    await updateStage(admin, next.id, stage.id, { ...stage, name: "Load and run" });
    const edited = (await loadTemplate(db, next.id))!.template.stages[0]!;
    expect(edited.name).toBe("Load and run");
    expect(edited.tracks).toEqual(JSON.parse(JSON.stringify(own.stages[0]!.tracks)));
  });

  it("edits a phase like a stage; the tracked stage's durations follow its slower track and are not edited by hand", async () => {
    const { admin, clinic } = await makeClinic();
    const draftId = await insertTemplate(db, { ...structuredClone(tracked), key: "tracked-phases" }, { clinicId: clinic.id, status: "DRAFT" });
    const detail = await getAdminTemplate(admin, draftId);
    const stage = detail.stages[0]!;
    expect(detail.phases.map((p) => [p.trackName, p.number, p.count, p.stageId])).toEqual([
      ["Exercises", 1, 2, stage.id],
      ["Exercises", 2, 2, stage.id],
      ["Running", 1, 2, stage.id],
      ["Running", 2, 2, stage.id],
    ]);
    // Lengthen the running track's first phase for grade 2 past the exercise track's total.
    const b1 = detail.phases[2]!;
    const longer = { ...b1.durationDays, 2: { min: 20, max: 30 } };
    await updateStage(admin, draftId, b1.id, { ...b1, durationDays: longer });
    const after = (await loadTemplate(db, draftId))!.template.stages[0]!;
    expect(after.tracks![1]!.phases[0]!.durationDays[2]).toEqual({ min: 20, max: 30 });
    expect(after.durationDays).toEqual(tracksDuration(after.tracks!));
    expect(after.durationDays[2]).toEqual({
      min: 20 + after.tracks![1]!.phases[1]!.durationDays[2].min,
      max: 30 + after.tracks![1]!.phases[1]!.durationDays[2].max,
    });
    // A phase takes exercises like a stage.
    await addStageExercise(admin, draftId, b1.id, {
      exerciseKey: "single-leg-balance",
      dose: { sets: 2, holdSeconds: 30, frequency: { times: 1, per: "DAY" }, painLimit: 2 },
    });
    expect((await loadTemplate(db, draftId))!.template.stages[0]!.tracks![1]!.phases[0]!.exercises.map((e) => e.exerciseKey)).toContain("single-leg-balance");
    // The tracked stage's own durations are derived: a hand edit is refused beside the field.
    const err = await expectCode(
      updateStage(admin, draftId, stage.id, { ...stage, durationDays: { ...stage.durationDays, 1: { min: 1, max: 2 } } }),
      "VALIDATION",
    );
    expect(err.fieldErrors).toMatchObject({ durationDays: expect.stringMatching(/slower track/) });
  });

  it("a second copy of the same template gets a new key, so versions never collide", async () => {
    const { admin, source, draftId } = await clinicWithDraft();
    const second = await duplicateTemplate(admin, source.id);
    const rows = await db.protocolTemplate.findMany({ where: { id: { in: [draftId, second.id] } }, select: { id: true, key: true, version: true } });
    expect(rows.find((r) => r.id === second.id)).toMatchObject({ key: `${source.key}-2`, version: 1 });
  });

  it("edits a dose and a gate threshold on the draft; the shared source keeps its values", async () => {
    const { admin, source, draftId } = await clinicWithDraft();
    const strength = await stageNamed(admin, draftId, "strength");
    const item = strength.exercises.find((e) => e.exerciseKey === "seated-soleus-raise")!;
    const dose: Dose = { ...item.dose, reps: 18, load: "Body weight" };
    await updateStageExercise(admin, draftId, item.id, dose);
    const gate = strength.gates.find((g) => g.key === "heel-raise-target-straight")!;
    await updateGate(admin, draftId, gate.id, {
      label: "Heel raises >= 90% of target",
      patientLabel: "You can do nearly as many heel raises on your injured leg as on your other leg",
      comparator: ">=",
      threshold: 90,
    });

    const after = await stageNamed(admin, draftId, "strength");
    expect(after.exercises.find((e) => e.id === item.id)!.dose).toEqual(dose);
    const edited = after.gates.find((g) => g.id === gate.id)!;
    expect(edited).toMatchObject({
      kind: "MEASURE",
      threshold: 90,
      label: "Heel raises >= 90% of target",
      patientLabel: "You can do nearly as many heel raises on your injured leg as on your other leg",
    });
    // The Spanish wording still said 100%: it is dropped rather than left contradicting the English.
    expect(edited.translations).toBeUndefined();

    const shared = (await loadTemplate(db, source.id))!.template.stages.find((s) => s.key === "strength")!;
    expect(shared.exercises.find((e) => e.exerciseKey === "seated-soleus-raise")!.dose.reps).toBe(20);
    expect(shared.gates.find((g) => g.key === "heel-raise-target-straight")).toMatchObject({ threshold: 100 });

    const events = await db.auditEvent.findMany({ where: { actorUserId: admin.userId, action: "template.update", outcome: "SUCCESS" } });
    expect(events.map((e) => (e.detail as { op: string }).op).sort()).toEqual(["dose", "gate"]);
  });

  it("edits stage text and durations, adds and removes exercises and gates", async () => {
    const { admin, draftId } = await clinicWithDraft();
    const protect = await stageNamed(admin, draftId, "protect");
    await updateStage(admin, draftId, protect.id, {
      name: "Calm it down",
      purpose: protect.purpose,
      goals: ["Walk without a limp"],
      precautions: protect.precautions,
      durationDays: { 1: { min: 2, max: 5 }, 2: { min: 4, max: 8 }, 3: { min: 14, max: 42 } },
    });
    const added = await addStageExercise(admin, draftId, protect.id, {
      exerciseKey: "single-leg-balance",
      dose: { sets: 3, holdSeconds: 30, frequency: { times: 1, per: "DAY" }, painLimit: 2 },
    });
    await removeStageExercise(admin, draftId, protect.exercises[0]!.id);
    const gate = await addMeasureGate(admin, draftId, protect.id, {
      measure: "painRest",
      comparator: "<=",
      threshold: 1,
      label: "Rest pain NPRS <= 1",
      patientLabel: "Your calf hurts 1 out of 10 or less at rest",
    });
    await removeGate(admin, draftId, protect.gates.find((g) => g.kind === "CHECK" && g.check === "normal-gait")!.id);

    const after = await stageNamed(admin, draftId, "protect");
    expect(after).toMatchObject({ name: "Calm it down", goals: ["Walk without a limp"], durationDays: { 1: { min: 2, max: 5 } } });
    expect(after.translations?.es?.name).toBeUndefined();
    expect(after.translations?.es?.purpose).toBe(protect.translations?.es?.purpose); // unchanged text keeps its translation
    expect(after.exercises.at(-1)).toMatchObject({ id: added.id, exerciseKey: "single-leg-balance", name: expect.any(String) });
    expect(after.exercises.map((e) => e.id)).not.toContain(protect.exercises[0]!.id);
    expect(after.gates.at(-1)).toMatchObject({ id: gate.id, key: "painRest", kind: "MEASURE", measure: "painRest", threshold: 1 });
    expect(after.gates.some((g) => g.kind === "CHECK" && g.check === "normal-gait")).toBe(false);
    expect((await publishTemplate(admin, draftId)).published).toBe(true);
  });

  it("refuses doses, durations and thresholds outside their ranges, beside the field", async () => {
    const { admin, draftId } = await clinicWithDraft();
    const strength = await stageNamed(admin, draftId, "strength");
    const item = strength.exercises[0]!;
    const err = await expectCode(updateStageExercise(admin, draftId, item.id, { ...item.dose, painLimit: 11 }), "VALIDATION");
    expect(err.fieldErrors).toHaveProperty("painLimit");
    const gate = strength.gates.find((g) => g.kind === "MEASURE" && g.measure === "heelRaiseSymmetryStraight")!;
    const bad = await expectCode(updateGate(admin, draftId, gate.id, { label: "x", patientLabel: "y", comparator: ">=", threshold: 250 }), "VALIDATION");
    expect(bad.fieldErrors?.threshold).toMatch(/between 0 and 200/);
    await expectCode(
      updateStage(admin, draftId, strength.id, {
        ...strength,
        durationDays: { 1: { min: 9, max: 4 }, 2: strength.durationDays[2], 3: strength.durationDays[3] },
      }),
      "VALIDATION",
    );
    // Nothing changed.
    expect((await stageNamed(admin, draftId, "strength")).exercises[0]!.dose).toEqual(item.dose);
  });

  it("publishing archives the previously published version; published and archived rows refuse edits", async () => {
    const { admin, draftId } = await clinicWithDraft();
    const first = await publishTemplate(admin, draftId);
    expect(first).toEqual({ published: true, version: 1, archivedVersions: [] });
    const v1 = await db.protocolTemplate.findUniqueOrThrow({ where: { id: draftId } });
    expect(v1.status).toBe("PUBLISHED");
    expect(v1.publishedAt).toBeInstanceOf(Date);

    const v1Stage = await stageNamed(admin, draftId, "strength");
    await expectCode(
      updateStageExercise(admin, draftId, v1Stage.exercises[0]!.id, { ...v1Stage.exercises[0]!.dose, reps: 5 }),
      "CONFLICT",
      /start a new version/,
    );

    const next = await startNewVersion(admin, draftId);
    expect(next).toMatchObject({ version: 2, existing: false });
    expect(await startNewVersion(admin, draftId)).toEqual({ id: next.id, version: 2, existing: true });
    const v2Row = await db.protocolTemplate.findUniqueOrThrow({ where: { id: next.id } });
    expect(v2Row).toMatchObject({ status: "DRAFT", key: v1.key, basedOnId: v1.id, name: v1.name });

    // Snapshot of version 1's stages, doses and gates before anything happens to version 2.
    const before = (await loadTemplate(db, draftId))!;
    const v2Stage = await stageNamed(admin, next.id, "strength");
    await updateStageExercise(admin, next.id, v2Stage.exercises[0]!.id, { ...v2Stage.exercises[0]!.dose, sets: 5 });
    const second = await publishTemplate(admin, next.id);
    expect(second).toEqual({ published: true, version: 2, archivedVersions: [1] });

    const statuses = await db.protocolTemplate.findMany({ where: { id: { in: [draftId, next.id] } }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({ [draftId]: "ARCHIVED", [next.id]: "PUBLISHED" });

    // "Editing a template never changes existing plans": the version a plan points at keeps
    // exactly the same stage, dose and gate rows (ids included).
    const after = (await loadTemplate(db, draftId))!;
    expect(JSON.stringify(after.row.stages)).toBe(JSON.stringify(before.row.stages));
    expect(after.template).toEqual(before.template);
    expect(after.template.stages.find((s) => s.key === "strength")!.exercises[0]!.dose.sets).toBe(v1Stage.exercises[0]!.dose.sets);

    // Neither the archived nor the published version accepts edits.
    for (const id of [draftId, next.id]) {
      const stage = await stageNamed(admin, id, "strength");
      await expectCode(
        updateStageExercise(admin, id, stage.exercises[0]!.id, { ...stage.exercises[0]!.dose, reps: 5 }),
        "CONFLICT",
        /Published versions cannot be edited/,
      );
      await expectCode(updateGate(admin, id, stage.gates[0]!.id, { label: "x", patientLabel: "y", comparator: ">=", threshold: 1 }), "CONFLICT");
      await expectCode(updateStage(admin, id, stage.id, stage), "CONFLICT");
      await expectCode(removeGate(admin, id, stage.gates[0]!.id), "CONFLICT");
      await expectCode(updateTemplateDetails(admin, id, { name: "Renamed" }), "CONFLICT");
      await expectCode(publishTemplate(admin, id), "CONFLICT");
    }
    await expectCode(startNewVersion(admin, draftId), "CONFLICT", /archived/);
  });

  it("the shared library is read-only to clinics", async () => {
    const { admin, source } = await clinicWithDraft();
    const stage = (await getAdminTemplate(admin, source.id)).stages[1]!;
    expect((await getAdminTemplate(admin, source.id)).editable).toBe(false);
    await expectCode(updateStageExercise(admin, source.id, stage.exercises[0]!.id, stage.exercises[0]!.dose), "CONFLICT", /shared library/);
    await expectCode(publishTemplate(admin, source.id), "CONFLICT");
    await expectCode(startNewVersion(admin, source.id), "CONFLICT");
  });

  it("validateTemplate problems block publishing and nothing changes", async () => {
    const { admin, draftId } = await clinicWithDraft();
    const strength = await stageNamed(admin, draftId, "strength");
    for (const gate of strength.gates.filter((g) => g.kind === "MEASURE")) await removeGate(admin, draftId, gate.id);
    const before = (await loadTemplate(db, draftId))!;
    const result = await publishTemplate(admin, draftId);
    expect(result.published).toBe(false);
    expect(!result.published && result.problems).toContain(
      `Stage “${strength.name}”: needs at least one measurable gate (a measure, sessions or a rating) for grade 1`,
    );
    const after = (await loadTemplate(db, draftId))!;
    expect(after.row.status).toBe("DRAFT");
    expect(after.row.publishedAt).toBeNull();
    expect(JSON.stringify(after.row)).toBe(JSON.stringify(before.row));
    const audit = await db.auditEvent.findFirstOrThrow({ where: { actorUserId: admin.userId, action: "template.publish" } });
    expect(audit.outcome).toBe("INVALID");
  });

  it("lists the shared library and the clinic's own templates with their status", async () => {
    const { admin, draftId } = await clinicWithDraft();
    const items = await listAdminTemplates(admin);
    expect(items[0]).toMatchObject({ id: draftId, status: "DRAFT", shared: false, version: 1 });
    expect(
      items
        .filter((i) => i.shared)
        .map((i) => i.key)
        .sort(),
    ).toEqual(SEEDED_TEMPLATES.map((t) => t.key).sort());
  });
});

describe("template admin: authorization", () => {
  it("clinic B's admin cannot view, duplicate, edit, version or publish clinic A's copy (404); clinic A's admin can", async () => {
    const a = await clinicWithDraft();
    const b = await makeClinic();
    const stage = await stageNamed(a.admin, a.draftId, "strength");
    const item = stage.exercises[0]!;
    const gate = stage.gates[0]!;

    await expectCode(getAdminTemplate(b.admin, a.draftId), "NOT_FOUND");
    await expectCode(duplicateTemplate(b.admin, a.draftId), "NOT_FOUND");
    await expectCode(updateStageExercise(b.admin, a.draftId, item.id, { ...item.dose, reps: 1 }), "NOT_FOUND");
    await expectCode(updateGate(b.admin, a.draftId, gate.id, { label: "x", patientLabel: "y", comparator: ">=", threshold: 1 }), "NOT_FOUND");
    await expectCode(updateStage(b.admin, a.draftId, stage.id, stage), "NOT_FOUND");
    await expectCode(removeStageExercise(b.admin, a.draftId, item.id), "NOT_FOUND");
    await expectCode(publishTemplate(b.admin, a.draftId), "NOT_FOUND");
    await expectCode(startNewVersion(b.admin, a.draftId), "NOT_FOUND");
    expect((await listAdminTemplates(b.admin)).map((t) => t.id)).not.toContain(a.draftId);

    // B's own draft cannot be used to reach A's rows either (ids of another template's stage).
    const bDraft = await duplicateTemplate(b.admin, a.source.id);
    await expectCode(updateStageExercise(b.admin, bDraft.id, item.id, { ...item.dose, reps: 1 }), "NOT_FOUND");
    await expectCode(removeGate(b.admin, bDraft.id, gate.id), "NOT_FOUND");

    expect((await loadTemplate(db, a.draftId))!.template.stages[1]!.exercises[0]!.dose).toEqual(item.dose);
    const denied = await db.auditEvent.count({ where: { actorUserId: b.admin.userId, outcome: "NOT_FOUND" } });
    expect(denied).toBeGreaterThanOrEqual(8);

    // The owner still can.
    expect((await getAdminTemplate(a.admin, a.draftId)).editable).toBe(true);
    await updateStageExercise(a.admin, a.draftId, item.id, { ...item.dose, reps: 12 });
    expect((await duplicateTemplate(a.admin, a.draftId)).id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await publishTemplate(a.admin, a.draftId)).published).toBe(true);
  });

  it("a therapist cannot list, view or change templates (404, audited as DENIED)", async () => {
    const a = await clinicWithDraft();
    const stage = await stageNamed(a.admin, a.draftId, "strength");
    const item = stage.exercises[0]!;
    await expectCode(listAdminTemplates(a.therapist), "NOT_FOUND");
    await expectCode(getAdminTemplate(a.therapist, a.draftId), "NOT_FOUND");
    await expectCode(updateStageExercise(a.therapist, a.draftId, item.id, { ...item.dose, reps: 1 }), "NOT_FOUND");
    await expectCode(duplicateTemplate(a.therapist, a.source.id), "NOT_FOUND");
    await expectCode(publishTemplate(a.therapist, a.draftId), "NOT_FOUND");
    expect((await loadTemplate(db, a.draftId))!.template.stages[1]!.exercises[0]!.dose).toEqual(item.dose);
    expect(await db.auditEvent.count({ where: { actorUserId: a.therapist.userId, outcome: "DENIED" } })).toBe(5);
  });

  it("ids that are not uuids are simply not found", async () => {
    const a = await makeClinic();
    await expectCode(getAdminTemplate(a.admin, "../etc"), "NOT_FOUND");
    await expectCode(publishTemplate(a.admin, "nope"), "NOT_FOUND");
  });
});

describe("template form schemas", () => {
  it("turn form strings into doses, stages and gates, with errors keyed by field name", () => {
    expect(doseForm.parse({ sets: "3", reps: "12", times: "4", per: "WEEK", painLimit: "3", load: "Body weight" })).toEqual({
      sets: 3,
      reps: 12,
      frequency: { times: 4, per: "WEEK" },
      painLimit: 3,
      load: "Body weight",
    });
    const both = doseForm.safeParse({ sets: "3", reps: "12", holdSeconds: "30", times: "1", per: "DAY", painLimit: "2" });
    expect(both.success).toBe(false);
    expect(both.error?.issues[0]?.path).toEqual(["reps"]);
    const stage = stageForm.safeParse({ name: "S", purpose: "P", goals: "a\n\n b \n", min1: "5", max1: "3", min2: "1", max2: "2", min3: "1", max3: "400" });
    expect(stage.success).toBe(false);
    expect(stage.error?.issues.map((i) => i.path.join("."))?.sort()).toEqual(["max1", "max3"]);
    const ok = stageForm.parse({ name: "S", purpose: "P", goals: "a\n\n b \n", min1: "1", max1: "3", min2: "2", max2: "4", min3: "5", max3: "9" });
    expect(ok).toMatchObject({ goals: ["a", "b"], precautions: [], durationDays: { 3: { min: 5, max: 9 } } });
    expect(measureGateForm.safeParse({ measure: "lefs", comparator: ">=", threshold: "90", label: "x", patientLabel: "y" }).error?.issues[0]?.path).toEqual([
      "threshold",
    ]);
  });
});

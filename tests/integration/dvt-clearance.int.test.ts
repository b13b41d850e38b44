// A doctor's clearance of a DVT flag (issue 9, point 1; docs/decisions/015-dvt-clearance.md),
// stored and audited in PostgreSQL: a Wells criterion blocks plan creation until it is recorded,
// it lifts the DVT flags only, and another clinic's assessment is "not found" like a missing one.
import { randomUUID } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { getEpisode, listEpisodes, recordDvtClearance } from "@/lib/server/assessments";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { createPlan, previewPlan } from "@/lib/server/plans";
import { makeEpisode, sharedTemplateId } from "../support/clinical";
import { makeClinic } from "../support/factories";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock(import("@/lib/server/auth"), async (importOriginal) => ({ ...(await importOriginal()), getActor: async () => session.actor }));
vi.mock(import("next/cache"), async (importOriginal) => ({ ...(await importOriginal()), revalidatePath: () => {} }));
const { recordDvtClearanceAction } = await import("@/app/(app)/episodes/actions");

beforeEach(() => {
  session.actor = null;
});

async function refusal(p: Promise<unknown>) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return err as AppError;
}

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

/** The first example: recent surgery + deep-vein tenderness + calf 3 cm bigger + another diagnosis as likely (Wells 1). */
const WELLS_1_NOT_EXCLUDED = { bedriddenOrRecentSurgery: true, deepVeinTenderness: true, calfSwellingOver3cm: true, alternativeDiagnosisAsLikely: true };
const clearance = { clearedBy: "Dr Amara Osei", clearedOn: "2026-11-01", note: "D-dimer negative" };

describe("medical clearance of a DVT flag", () => {
  it("a Wells 1 assessment blocks plan creation until the clearance is recorded; then the plan can be created", async () => {
    const a = await makeClinic();
    const { episodeId, patient } = await makeEpisode(a.therapist, { screen: WELLS_1_NOT_EXCLUDED });
    const templateId = await sharedTemplateId();

    const before = await getEpisode(a.therapist, episodeId);
    expect(before.screenResult.wellsScore).toBe(1);
    expect(before.screenResult.blocksPlan).toBe(true);
    expect(before.screenResult.clearable).toBe(true);
    expect(before.screenResult.flags.map((f) => f.key)).toEqual(["dvt-not-excluded"]);
    expect(before.clearance).toBeNull();
    expect((await listEpisodes(a.therapist, patient.id))[0]).toMatchObject({ blocksPlan: true, urgency: "URGENT" });
    const blocked = await refusal(createPlan(a.therapist, episodeId, { templateId, startDate: "2026-11-02" }));
    expect(blocked.code).toBe("BLOCKED");
    expect(blocked.message).toMatch(/D-dimer/);
    expect((await previewPlan(a.therapist, episodeId, templateId, "2026-11-02")).outcome.ok).toBe(false);
    expect(await db.rehabPlan.count({ where: { episodeId } })).toBe(0);

    const { id } = await recordDvtClearance(a.therapist, episodeId, clearance);

    const stored = await db.dvtClearance.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ clinicId: a.clinic.id, episodeId, clearedBy: "Dr Amara Osei", note: "D-dimer negative", recordedById: a.therapist.userId });
    expect(stored.clearedOn.toISOString().slice(0, 10)).toBe("2026-11-01");
    expect(stored.recordedAt).toBeInstanceOf(Date);
    const auditRow = await db.auditEvent.findFirstOrThrow({ where: { action: "dvt-clearance.create", entityId: id } });
    expect(auditRow).toMatchObject({
      outcome: "SUCCESS",
      entityType: "DvtClearance",
      patientId: patient.id,
      actorUserId: a.therapist.userId,
      clinicId: a.clinic.id,
    });
    expect(auditRow.detail).toEqual({ episodeId, flags: ["dvt-not-excluded"] });
    expect(JSON.stringify(auditRow.detail)).not.toMatch(/Osei|D-dimer negative/);

    const after = await getEpisode(a.therapist, episodeId);
    expect(after.screenResult.blocksPlan).toBe(false);
    expect(after.screenResult.clearedFlags.map((f) => f.key)).toEqual(["dvt-not-excluded"]);
    expect(after.clearance).toMatchObject({ clearedBy: "Dr Amara Osei", clearedOn: "2026-11-01", note: "D-dimer negative", recordedBy: a.therapist.name });
    expect((await listEpisodes(a.therapist, patient.id))[0]).toMatchObject({ blocksPlan: false, urgency: null });
    const plan = await createPlan(a.therapist, episodeId, { templateId, startDate: "2026-11-02" });
    expect(await db.rehabPlan.count({ where: { id: plan.id, episodeId } })).toBe(1);
  });

  it("an assessment stored under the old rule (Wells 1 passed) is shown under the current one: blocked until cleared", async () => {
    const a = await makeClinic();
    const { episodeId, patient } = await makeEpisode(a.therapist, { screen: { previousDvt: true, pittingOedema: true, alternativeDiagnosisAsLikely: true } });
    // What the old rule stored for this screen: Wells 0, no flag, plan allowed.
    await db.injuryEpisode.update({
      where: { id: episodeId },
      data: {
        blocksPlan: false,
        urgency: null,
        screenResult: { flags: [], wellsScore: 0, dvtLikely: false, urgency: null, blocksPlan: false, referralMessage: null, notes: [] },
      },
    });
    expect((await getEpisode(a.therapist, episodeId)).screenResult).toMatchObject({ blocksPlan: true, clearable: true, urgency: "URGENT" });
    expect((await listEpisodes(a.therapist, patient.id))[0]?.blocksPlan).toBe(true);
    const templateId = await sharedTemplateId();
    expect((await refusal(createPlan(a.therapist, episodeId, { templateId, startDate: "2026-11-02" }))).code).toBe("BLOCKED");
  });

  it("a DVT likely assessment (Wells 2 or more) can be cleared too; a second clearance is a conflict", async () => {
    const a = await makeClinic();
    const { episodeId } = await makeEpisode(a.therapist, { screen: { calfSwellingOver3cm: true, pittingOedema: true } });
    expect((await getEpisode(a.therapist, episodeId)).screenResult.flags.map((f) => f.key)).toEqual(["dvt-likely"]);
    await recordDvtClearance(a.therapist, episodeId, { clearedBy: "Dr Lee", clearedOn: "2026-11-01" });
    expect((await getEpisode(a.therapist, episodeId)).clearance).toMatchObject({ clearedBy: "Dr Lee", note: null });
    expect((await refusal(recordDvtClearance(a.therapist, episodeId, clearance))).code).toBe("CONFLICT");
    expect(await db.dvtClearance.count({ where: { episodeId } })).toBe(1);
  });

  it("another clinic's assessment is 'not found' like a missing one, nothing is stored, and the refusal is audited", async () => {
    const a = await makeClinic();
    const b = await makeClinic();
    const { episodeId } = await makeEpisode(a.therapist, { screen: WELLS_1_NOT_EXCLUDED });
    const foreign = await refusal(recordDvtClearance(b.therapist, episodeId, clearance));
    const missing = await refusal(recordDvtClearance(b.therapist, randomUUID(), clearance));
    expect(foreign.code).toBe("NOT_FOUND");
    expect(foreign.message).toBe(missing.message);
    expect(await db.dvtClearance.count({ where: { episodeId } })).toBe(0);
    const denied = await db.auditEvent.findFirstOrThrow({ where: { action: "dvt-clearance.create", entityId: episodeId, actorUserId: b.therapist.userId } });
    expect(denied.outcome).toBe("NOT_FOUND");
  });

  it("refuses an assessment with other red flags (only a DVT flag can be cleared) or without a DVT flag", async () => {
    const a = await makeClinic();
    const mixed = await makeEpisode(a.therapist, { screen: { previousDvt: true, numbness: true } });
    const err = await refusal(recordDvtClearance(a.therapist, mixed.episodeId, clearance));
    expect(err.code).toBe("BLOCKED");
    expect(err.message).toMatch(/Only a DVT flag can be cleared/);
    const clear = await makeEpisode(a.therapist);
    expect((await refusal(recordDvtClearance(a.therapist, clear.episodeId, clearance))).message).toMatch(/no DVT flag/);
    expect(await db.dvtClearance.count({ where: { episodeId: { in: [mixed.episodeId, clear.episodeId] } } })).toBe(0);
  });

  it("refuses a clearance date in the future or before the injury, beside the date field", async () => {
    const a = await makeClinic();
    const { episodeId } = await makeEpisode(a.therapist, { screen: WELLS_1_NOT_EXCLUDED });
    const now = new Date("2026-11-03T12:00:00Z");
    const future = await refusal(recordDvtClearance(a.therapist, episodeId, { ...clearance, clearedOn: "2026-11-04" }, { now }));
    expect(future.fieldErrors).toEqual({ clearedOn: "The date of the clearance cannot be in the future." });
    const early = await refusal(recordDvtClearance(a.therapist, episodeId, { ...clearance, clearedOn: "2026-10-01" }, { now }));
    expect(early.fieldErrors?.clearedOn).toMatch(/before the injury/);
    expect(await db.dvtClearance.count({ where: { episodeId } })).toBe(0);
  });

  it("the action answers missing and too long fields beside them, and records a valid clearance", async () => {
    const a = await makeClinic();
    const { episodeId } = await makeEpisode(a.therapist, { screen: WELLS_1_NOT_EXCLUDED });
    session.actor = a.therapist;
    const empty = await recordDvtClearanceAction(episodeId, form({ clearedBy: "  ", clearedOn: "", note: "x".repeat(1001) }));
    expect(empty).toMatchObject({
      ok: false,
      fieldErrors: {
        clearedBy: "Enter the name of the doctor who cleared the patient.",
        clearedOn: "Enter the date of the clearance.",
        note: "The note can be at most 1000 characters.",
      },
    });
    const tomorrow = new Date(Date.now() + 2 * 86_400_000).toISOString().slice(0, 10);
    expect(await recordDvtClearanceAction(episodeId, form({ clearedBy: "Dr Osei", clearedOn: tomorrow }))).toMatchObject({
      ok: false,
      fieldErrors: { clearedOn: "The date of the clearance cannot be in the future." },
    });
    expect(await db.dvtClearance.count({ where: { episodeId } })).toBe(0);
    expect(await recordDvtClearanceAction(episodeId, form({ clearedBy: "Dr Osei", clearedOn: "2026-11-01", note: "" }))).toMatchObject({ ok: true });
    expect(await db.dvtClearance.findFirstOrThrow({ where: { episodeId } })).toMatchObject({ clearedBy: "Dr Osei", note: null });
  });
});

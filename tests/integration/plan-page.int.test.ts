import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { clinicPictures } from "@/lib/server/exercise-images";
import { recordMeasurement } from "@/lib/server/measurements";
import { createPlan, getPlan } from "@/lib/server/plans";
import { makeEpisode, sharedTemplateId } from "../support/clinical";
import { makeClinic } from "../support/factories";
import { countStatements } from "../support/statements";

async function planOf(clinic: Awaited<ReturnType<typeof makeClinic>>) {
  const { episodeId, patient } = await makeEpisode(clinic.therapist);
  const { id } = await createPlan(clinic.therapist, episodeId, { templateId: await sharedTemplateId(), startDate: "2026-11-02" });
  return { planId: id, patient };
}

describe("the plan page's reads", () => {
  it("reads the plan once and everything the page shows in 6 statements (12 before decision 035)", async () => {
    const a = await makeClinic();
    const { planId } = await planOf(a);
    const { result: view, statements } = await countStatements(async () => {
      const [plan] = await Promise.all([getPlan(a.therapist, planId), clinicPictures(a.therapist.clinicId)]);
      return plan;
    });
    expect(view.id).toBe(planId);
    // The plan row (with its JSON) is read once; the audit row is written once.
    expect(statements.filter((s) => /\bFROM rehab_plan\b|"rehab_plan"/.test(s) && /content/.test(s))).toHaveLength(1);
    expect(statements.filter((s) => /^INSERT INTO "public"."audit_event"/.test(s))).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(6);
  });

  it("shows the history with who made each change, and each measured gate with the date of the visit it comes from", async () => {
    const a = await makeClinic();
    const { planId, patient } = await planOf(a);
    // The assessment's baseline is today's visit; a visit entered afterwards for an earlier day
    // does not replace today's values, so the dates stay today's.
    await recordMeasurement(a.therapist, patient.id, { measuredOn: "2026-11-20", values: { painWalking: 6, painRest: 5 }, checks: {} });
    const view = await getPlan(a.therapist, planId);
    expect(view.events.map((e) => [e.kind, e.actorName])).toEqual([["CREATED", a.therapist.name]]);
    expect(view.gates.results.length).toBeGreaterThan(0);
    for (const r of view.gates.results) {
      if (r.status === "NO_DATA") expect(view.gates.measuredOn[r.gate.key]).toBeUndefined();
      else expect(view.gates.measuredOn[r.gate.key]).toBe(view.today);
    }
    expect(view.gates.results.some((r) => r.status !== "NO_DATA")).toBe(true);
  });

  it("another clinic's plan is not found, and the refusal is audited; the owner still sees it", async () => {
    const [a, b] = [await makeClinic(), await makeClinic()];
    const { planId } = await planOf(a);
    const err = await getPlan(b.therapist, planId).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("NOT_FOUND");
    expect(await db.auditEvent.count({ where: { actorUserId: b.therapist.userId, action: "plan.read", outcome: "NOT_FOUND", entityId: planId } })).toBe(1);
    expect((await getPlan(a.therapist, planId)).id).toBe(planId);
  });
});

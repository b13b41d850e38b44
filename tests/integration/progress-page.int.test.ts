import { describe, expect, it } from "vitest";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { createPlan, moveStage } from "@/lib/server/plans";
import { getProgress } from "@/lib/server/progress";
import { makeEpisode, sharedTemplateId } from "../support/clinical";
import { makeClinic } from "../support/factories";
import { countStatements } from "../support/statements";

const now = new Date("2026-11-20T12:00:00Z");

describe("the progress page's reads", () => {
  it("shows the plan's stage, logs, visits and alerts (with who acknowledged them) in 5 statements (11 before decision 038)", async () => {
    const a = await makeClinic();
    const { patient, episodeId } = await makeEpisode(a.therapist);
    const { id: planId } = await createPlan(a.therapist, episodeId, { templateId: await sharedTemplateId(), startDate: "2026-11-02" });
    await moveStage(a.therapist, planId, 1, 1, { override: true, today: "2026-11-09" });
    for (const [i, date] of ["2026-11-17", "2026-11-18", "2026-11-19"].entries()) {
      await db.dailyLog.create({
        data: {
          clinicId: a.clinic.id,
          patientId: patient.id,
          planId,
          logDate: new Date(`${date}T00:00:00Z`),
          setsDone: {},
          painDuring: 2 + i,
          painNextMorning: 1,
        },
      });
    }
    await db.alert.create({
      data: {
        clinicId: a.clinic.id,
        patientId: patient.id,
        planId,
        kind: "HIGH_PAIN",
        key: "high-pain-test",
        severity: "WARNING",
        title: "Pain 7 or more",
        message: "Pain during exercise was high.",
        alertDate: new Date("2026-11-18T00:00:00Z"),
        acknowledgedAt: new Date("2026-11-19T09:00:00Z"),
        acknowledgedById: a.therapist.userId,
      },
    });

    const { result: view, statements } = await countStatements(() => getProgress(a.therapist, patient.id, now));
    expect(view.plan).toMatchObject({ id: planId, stageIndex: 1 });
    expect(view.logs.map((l) => [l.date, l.painDuring])).toEqual([
      ["2026-11-19", 4],
      ["2026-11-18", 3],
      ["2026-11-17", 2],
    ]);
    expect(view.gates).not.toBeNull();
    expect(view.strength).not.toBeNull(); // the assessment's baseline is a visit with strength tests
    // Open alerts first (the rules may have raised one when the plan was saved), then acknowledged ones.
    expect(view.alerts.at(-1)).toMatchObject({ title: "Pain 7 or more", date: "2026-11-18", acknowledgedBy: a.therapist.name });
    expect(view.alerts.slice(0, -1).every((x) => x.acknowledgedAt === null && x.acknowledgedBy === null)).toBe(true);
    // The plan row (with its JSON) is read once; the audit row is written once.
    expect(statements.filter((s) => /\brehab_plan\b/.test(s) && /content/.test(s))).toHaveLength(1);
    expect(statements.filter((s) => /^INSERT INTO "public"."audit_event"/.test(s))).toHaveLength(1);
    expect(statements.length).toBeLessThanOrEqual(5);
  });

  it("without an active plan: the injury's strength chart, no gates, no logs", async () => {
    const a = await makeClinic();
    const { patient } = await makeEpisode(a.therapist);
    const view = await getProgress(a.therapist, patient.id, now);
    expect(view.plan).toBeNull();
    expect(view.gates).toBeNull();
    expect(view.logs).toEqual([]);
    expect(view.strength).not.toBeNull();
  });

  it("another clinic's patient is not found, and the refusal is audited", async () => {
    const [a, b] = [await makeClinic(), await makeClinic()];
    const { patient } = await makeEpisode(a.therapist);
    const err = await getProgress(b.therapist, patient.id, now).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("NOT_FOUND");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "progress.read", clinicId: b.clinic.id } });
    expect(audit.outcome).toBe("NOT_FOUND");
  });
});

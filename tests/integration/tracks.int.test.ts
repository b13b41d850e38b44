// A plan with parallel tracks on real PostgreSQL (decision 028): each track moves on its own
// gates, the patient's logs and ratings feed the session and subjective gates, and the stage can
// only be left when both tracks are finished. The plan's snapshot is generated from the small
// tracked template of tests/support (the groin template's own tests cover its content).
import { describe, expect, it } from "vitest";
import { generatePlan, type Plan } from "@/lib/domain/clinical";
import { EXERCISE_LIBRARY } from "@/lib/domain/injuries/calf/content";
import type { PlanSnapshot } from "@/lib/domain/plan-edits";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { acceptInvitation, createInvitation } from "@/lib/server/invitations";
import { createPlan, editPlan, getPlan, moveStage, moveTrackPhase } from "@/lib/server/plans";
import { getPortalHome, saveDailyLog } from "@/lib/server/portal";
import { makeEpisode, sharedTemplateId } from "../support/clinical";
import { makeClinic } from "../support/factories";
import { jog, tracked } from "../support/tracked-template";

async function code(p: Promise<unknown>) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).code;
}

const NOW = new Date("2026-11-10T12:00:00Z");

/** A clinic whose patient has an active plan whose first stage runs two tracks, and a portal account. */
async function trackedPlan() {
  const c = await makeClinic();
  const { patient, episodeId } = await makeEpisode(c.therapist);
  await db.patient.update({ where: { id: patient.id }, data: { email: `${patient.id}@patients.restride.app` } });
  const { id: planId } = await createPlan(c.therapist, episodeId, { templateId: await sharedTemplateId(), startDate: "2026-11-02" });
  const row = await db.rehabPlan.findUniqueOrThrow({ where: { id: planId } });
  const snapshot = row.content as unknown as PlanSnapshot;
  const injury = { ...(await db.injuryEpisode.findUniqueOrThrow({ where: { id: episodeId } })) };
  const plan: Plan = generatePlan(
    tracked,
    EXERCISE_LIBRARY,
    {},
    {
      muscle: "SOLEUS",
      side: injury.side as "LEFT",
      injuryDate: injury.injuryDate.toISOString().slice(0, 10),
      onset: "SUDDEN",
      duringRunning: true,
      repeatInjury: false,
      clinicalGrade: 2,
    },
    "2026-11-02",
  );
  await db.rehabPlan.update({
    where: { id: planId },
    data: { content: { ...snapshot, plan, exercises: EXERCISE_LIBRARY } as unknown as Prisma.InputJsonValue, stageStartedOn: new Date("2026-11-02T00:00:00Z") },
  });
  const tokenOf = (url: string) => url.split("/invite/")[1]!;
  const { url } = await createInvitation(c.therapist, patient.id, "https://clinic.example");
  await acceptInvitation(tokenOf(url), "a long enough patient password");
  const user = await db.user.findFirstOrThrow({ where: { patientId: patient.id } });
  const patientActor: Actor = { userId: user.id, clinicId: c.clinic.id, role: "PATIENT", name: user.name, patientId: patient.id };
  return { ...c, patient, planId, patientActor };
}

describe("a plan with parallel tracks", () => {
  it("moves one track on clinical judgement, records it in the history and leaves the other track where it was", async () => {
    const c = await trackedPlan();
    const before = await getPlan(c.therapist, c.planId, { now: NOW });
    expect(before.progress.tracks.map((t) => [t.track.key, t.phaseIndex])).toEqual([
      ["exercise", 0],
      ["running", 0],
    ]);
    // No sessions logged yet: the running track's gate is not met, so moving needs judgement.
    expect(await code(moveTrackPhase(c.therapist, c.planId, before.version, "running", 1, { today: "2026-11-08" }))).toBe("BLOCKED");
    const moved = await moveTrackPhase(c.therapist, c.planId, before.version, "running", 1, { today: "2026-11-08", override: true });
    expect(moved.phaseIndex).toBe(1);
    const after = await getPlan(c.therapist, c.planId, { now: NOW });
    expect(after.progress.tracks.map((t) => [t.track.key, t.phaseIndex])).toEqual([
      ["exercise", 0],
      ["running", 1],
    ]);
    expect(after.currentStageIndex).toBe(0);
    // The worklist row says where each track is, written with the move.
    const row = await db.planSummary.findUniqueOrThrow({ where: { planId: c.planId } });
    expect(row.stageLabel).toBe(`${after.snapshot.plan.stages[0]!.name} (Exercises 1/2, Running 2/2)`);
    expect(after.events[0]).toMatchObject({ kind: "TRACK_ADVANCED" });
    expect(after.events[0]!.summary).toMatch(/^Running: moved to Phase b2; .*\(moved on clinical judgement\)$/);
    expect(await code(moveTrackPhase(c.therapist, c.planId, after.version, "running", 1, { today: "2026-11-09" }))).toBe("VALIDATION");
  });

  it("counts logged pain-free sessions for the session gate, and the patient's rating for the subjective gate", async () => {
    const c = await trackedPlan();
    const home = await getPortalHome(c.patientActor, { now: NOW });
    expect(home.plan!.tracks.map((t) => [t.name, t.phaseNumber, t.phaseCount])).toEqual([
      ["Exercises", 1, 2],
      ["Running", 1, 2],
    ]);
    const sets = home.plan!.stage.exercises.find((e) => e.exerciseKey === jog)!.dose.sets;
    for (const date of ["2026-11-06", "2026-11-07", "2026-11-08"]) {
      await saveDailyLog(c.patientActor, { date, setsDone: { [jog]: sets }, painDuring: 1 }, { now: NOW });
    }
    let view = await getPlan(c.therapist, c.planId, { now: NOW });
    const running = view.progress.tracks.find((t) => t.track.key === "running")!;
    expect(running.evaluation.results[0]).toMatchObject({ status: "MET", actual: 3 });
    await moveTrackPhase(c.therapist, c.planId, view.version, "running", 1, { today: "2026-11-09" });

    // Phase b2 asks the patient a question; an answer given before the phase began does not count.
    const asked = await getPortalHome(c.patientActor, { now: NOW });
    expect(asked.plan!.questions).toEqual([{ key: "running/confident", question: "How confident do you feel to run fast?", minimum: 7 }]);
    await saveDailyLog(c.patientActor, { date: "2026-11-10", setsDone: {}, ratings: { "running/confident": 8, "not/asked": 3 } }, { now: NOW });
    const log = await db.dailyLog.findFirstOrThrow({ where: { planId: c.planId, logDate: new Date("2026-11-10T00:00:00Z") } });
    expect(log.ratings).toEqual({ "running/confident": 8 });
    view = await getPlan(c.therapist, c.planId, { now: NOW });
    const finished = view.progress.tracks.find((t) => t.track.key === "running")!;
    expect(finished).toMatchObject({ finished: true, isLastPhase: true });
    expect(view.progress.readyToAdvance).toBe(false);
    // The stage waits for the exercise track: moving it on needs judgement.
    expect(await code(moveStage(c.therapist, c.planId, view.version, 1))).toBe("BLOCKED");
  });

  it("edits a dose in one track's current phase only", async () => {
    const c = await trackedPlan();
    const view = await getPlan(c.therapist, c.planId, { now: NOW });
    const running = view.snapshot.plan.stages[0]!.tracks![1]!;
    const first = running.phases[0]!.exercises[0]!;
    const dose = { ...first.dose, sets: first.dose.sets + 1 };
    await editPlan(c.therapist, c.planId, view.version, { type: "dose", stageIndex: 0, exerciseIndex: 0, track: "running", dose });
    const after = await getPlan(c.therapist, c.planId, { now: NOW });
    expect(after.snapshot.plan.stages[0]!.tracks![1]!.phases[0]!.exercises[0]!.dose.sets).toBe(first.dose.sets + 1);
    expect(after.snapshot.plan.stages[0]!.tracks![0]).toEqual(view.snapshot.plan.stages[0]!.tracks![0]);
    expect(await code(editPlan(c.therapist, c.planId, after.version, { type: "dose", stageIndex: 0, exerciseIndex: 0, track: "cycling", dose }))).toBe(
      "VALIDATION",
    );
  });

  it("another clinic cannot move a track (404, like a missing plan)", async () => {
    const c = await trackedPlan();
    const other = await makeClinic();
    expect(await code(moveTrackPhase(other.therapist, c.planId, 1, "running", 1, { override: true }))).toBe("NOT_FOUND");
  });
});

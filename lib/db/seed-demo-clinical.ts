/**
 * Demo clinical history for the seeded clinic, so a first `npm start` shows a working product:
 * an active soleus plan with visits and a week of patient logs (including a pain jump), a
 * gastrocnemius plan one stage in, and an assessment whose red-flag screen blocked the plan.
 * Dates are relative to the day of seeding. Built with the same domain functions as the app.
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import { activeStage, addDays, generatePlan, moveTrack, planExerciseKeys, screen } from "@/lib/domain/clinical";
import type { BaselineMeasures, Injury, Measurements } from "@/lib/domain/clinical/types";
import { kindOfMuscle, type ScreenAnswers } from "@/lib/domain/injuries";
import { prescribedOn } from "@/lib/domain/progress";
import type { PlanSnapshot } from "@/lib/domain/plan-edits";
import { episodeColumns } from "@/lib/db/episode-row";
import { loadExercises, loadTemplate } from "@/lib/db/template-store";

const json = (v: unknown) => v as Prisma.InputJsonValue;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

interface DemoCase {
  patientId: string;
  therapistId: string;
  templateKey: string;
  injury: Omit<Injury, "injuryDate">;
  injuredDaysAgo: number;
  baseline: BaselineMeasures;
  /** Positive answers of the kind's red-flag screen (the rest are negative). */
  screen?: Record<string, boolean | string>;
  /** Later visits: days after the assessment, values, therapist checks. */
  visits?: { after: number; values: Measurements; checks?: Record<string, boolean> }[];
  advanceAfter?: number;
  /** In a stage with tracks: a track moved a phase on, days after the assessment (after advanceAfter). */
  trackMoves?: { track: string; after: number }[];
  /** Patient logs for the last days: [days ago, sets fraction done, pain during, next-morning pain]. */
  logs?: [number, number, number, number][];
}

export async function seedDemoClinical(db: PrismaClient, clinicId: string, cases: DemoCase[], today: string): Promise<void> {
  const exercises = await loadExercises(db, clinicId);
  for (const c of cases) {
    const injury: Injury = { ...c.injury, injuryDate: addDays(today, -c.injuredDaysAgo) };
    const screenInput: ScreenAnswers = { ...kindOfMuscle(injury.muscle).screen.negative, thompsonTest: "NORMAL", ...c.screen };
    const result = screen(injury.muscle, screenInput);
    const assessedOn = addDays(injury.injuryDate, 2);
    const episode = await db.injuryEpisode.create({
      data: {
        clinicId,
        patientId: c.patientId,
        ...episodeColumns(injury, c.baseline, screenInput, result),
        assessedById: c.therapistId,
        createdAt: day(assessedOn),
      },
    });
    await db.measurement.create({
      data: { clinicId, patientId: c.patientId, measuredOn: day(assessedOn), values: json(c.baseline), checks: json({}), recordedById: c.therapistId },
    });
    if (result.blocksPlan) continue;

    const row = await db.protocolTemplate.findFirstOrThrow({
      where: { clinicId: null, key: c.templateKey, status: "PUBLISHED" },
      orderBy: { version: "desc" },
    });
    const template = (await loadTemplate(db, row.id))!.template;
    let plan = generatePlan(template, exercises, {}, injury, assessedOn, { baseline: c.baseline });
    const used = planExerciseKeys(plan);
    const stageIndex = c.advanceAfter !== undefined ? 1 : 0;
    const stageStartedOn = c.advanceAfter !== undefined ? addDays(assessedOn, c.advanceAfter) : assessedOn;
    plan.currentStageIndex = stageIndex;
    // A stage with tracks starts each track on the day the stage starts; then the moves, in order.
    for (const track of plan.stages[stageIndex]!.tracks ?? []) track.phaseStartedOn = stageStartedOn;
    const trackMoves = (c.trackMoves ?? []).map((m) => {
      const on = addDays(assessedOn, m.after);
      const moved = moveTrack(plan, m.track, 1, on);
      plan = moved.plan;
      return { ...moved, on };
    });
    const snapshot: PlanSnapshot = { plan, exercises: exercises.filter((e) => used.has(e.key)), education: template.education };
    const created = await db.rehabPlan.create({
      data: {
        clinicId,
        patientId: c.patientId,
        episodeId: episode.id,
        templateId: row.id,
        templateVersion: template.version,
        startDate: day(assessedOn),
        currentStageIndex: stageIndex,
        stageStartedOn: day(stageStartedOn),
        content: json(snapshot),
        version: stageIndex + 1 + trackMoves.length,
        createdById: c.therapistId,
        createdAt: day(assessedOn),
      },
    });
    await db.planEvent.create({
      data: {
        planId: created.id,
        clinicId,
        actorUserId: c.therapistId,
        kind: "CREATED",
        summary: `Plan created from ${template.name} v${template.version}, starting ${assessedOn}`,
        planVersion: 1,
        createdAt: day(assessedOn),
      },
    });
    for (const v of c.visits ?? []) {
      await db.measurement.create({
        data: {
          clinicId,
          patientId: c.patientId,
          measuredOn: day(addDays(assessedOn, v.after)),
          values: json(v.values),
          checks: json(v.checks ?? {}),
          recordedById: c.therapistId,
        },
      });
    }
    if (c.advanceAfter !== undefined) {
      await db.planEvent.create({
        data: {
          planId: created.id,
          clinicId,
          actorUserId: c.therapistId,
          kind: "STAGE_ADVANCED",
          summary: `Moved to ${plan.stages[1]!.name}; all gates met`,
          detail: json({ from: 0, to: 1, on: stageStartedOn, gates: [], override: false }),
          planVersion: 2,
          createdAt: day(stageStartedOn),
        },
      });
    }
    for (const [i, m] of trackMoves.entries()) {
      const target = m.track.phases[m.to]!;
      await db.planEvent.create({
        data: {
          planId: created.id,
          clinicId,
          actorUserId: c.therapistId,
          kind: "TRACK_ADVANCED",
          summary: `${m.track.name}: moved to ${target.name}; all gates met`,
          detail: json({ track: m.track.key, stage: stageIndex, from: m.from, to: m.to, on: m.on, gates: [], override: false }),
          planVersion: stageIndex + 2 + i,
          createdAt: day(m.on),
        },
      });
    }
    // The day's aims of the stage as it stands now (a stage with tracks: its tracks' current phases).
    const stage = activeStage(plan.stages[stageIndex]!);
    for (const [ago, fraction, painDuring, painNextMorning] of c.logs ?? []) {
      // A fraction of the day's aims, as the portal shows them (decision 016).
      const date = addDays(today, -ago);
      const setsDone = Object.fromEntries(prescribedOn(stage, date).map((p) => [p.exerciseKey, Math.round(p.sets * fraction)]));
      await db.dailyLog.create({
        data: {
          clinicId,
          patientId: c.patientId,
          planId: created.id,
          logDate: day(date),
          setsDone: json(setsDone),
          painDuring,
          painNextMorning,
        },
      });
    }
  }
}

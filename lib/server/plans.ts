import "server-only";
import { deriveMeasures, evaluateGates, planFromAssessment, type GateEvaluation, type Prognosis, type Timeline } from "@/lib/domain/clinical";
import type { AssessmentOutcome } from "@/lib/domain/clinical/plan";
import { asLocale } from "@/lib/domain/clinical/i18n";
import type { CheckInput, Dose, Injury, Locale, Measurements } from "@/lib/domain/clinical/types";
import type { ScreenAnswers } from "@/lib/domain/injuries";
import { applyPlanEdit, PlanEditError, type PlanEdit, type PlanSnapshot } from "@/lib/domain/plan-edits";
import { fullName } from "@/lib/domain/text";
import { loadExercises } from "@/lib/db/template-store";
import type { Prisma } from "@/lib/generated/prisma/client";
import { localDate } from "@/lib/domain/progress";
import { isoDate } from "@/lib/format";
import { assertStaff, type Actor } from "@/lib/server/actor";
import { injuryOf } from "@/lib/db/episode-row";
import { audit, auditRefusals } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { dbFailureOf } from "@/lib/server/error-map";
import { clinicToday } from "@/lib/server/clinic";
import { latestForPatient } from "@/lib/server/measurements";
import { isUuid } from "@/lib/server/patients";
import { syncPlanSummary } from "@/lib/server/plan-summary";
import { planTimelineView, stageHistoryOf, stageMoveEvents } from "@/lib/server/plan-timeline";
import { getPlanTemplate, type AvailableTemplate } from "@/lib/server/templates";

const json = (v: unknown) => v as Prisma.InputJsonValue;
const notFound = () => new AppError("NOT_FOUND", "We could not find that plan.");

async function episodeForPlanning(actor: Actor, episodeId: string, tx: Tx = db) {
  const episode = isUuid(episodeId)
    ? await tx.injuryEpisode.findFirst({
        where: { id: episodeId, clinicId: actor.clinicId },
        include: { patient: { select: { id: true, dateOfBirth: true, weeklyRunningKm: true } }, dvtClearance: { select: { id: true } } },
      })
    : null;
  if (!episode) throw new AppError("NOT_FOUND", "We could not find that assessment.");
  return episode;
}

function generate(
  episode: Awaited<ReturnType<typeof episodeForPlanning>>,
  template: AvailableTemplate,
  startDate: string,
  exercises: Awaited<ReturnType<typeof loadExercises>>,
): AssessmentOutcome {
  const injury = injuryOf(episode);
  if (startDate < injury.injuryDate) {
    throw new AppError("VALIDATION", undefined, { startDate: "The plan cannot start before the date of injury." });
  }
  return planFromAssessment({
    template: template.template,
    patient: {
      dateOfBirth: isoDate(episode.patient.dateOfBirth),
      weeklyRunningKm: episode.patient.weeklyRunningKm === null ? null : Number(episode.patient.weeklyRunningKm),
    },
    injury,
    screen: episode.screen as ScreenAnswers,
    // A recorded medical clearance lifts the clearable (DVT) flags only: docs/decisions/015.
    clearance: { medicallyCleared: episode.dvtClearance !== null },
    startDate,
    baseline: episode.baseline as Measurements,
    exercises,
  });
}

/**
 * The plan Restride would create, not saved: for the therapist's review before creating it, with
 * the time line it would have (no stage moves yet; today in the clinic).
 */
export async function previewPlan(actor: Actor, episodeId: string, templateId: string, startDate: string, opts: { now?: Date } = {}) {
  assertStaff(actor);
  const episode = await episodeForPlanning(actor, episodeId);
  const template = await getPlanTemplate(actor, templateId);
  const exercises = await loadExercises(db, actor.clinicId);
  const outcome = generate(episode, template, startDate, exercises);
  const timeline = outcome.ok
    ? planTimelineView({
        injury: injuryOf(episode),
        plan: outcome.plan,
        currentStageIndex: 0,
        stageHistory: [{ stageIndex: 0, startedOn: startDate }],
        today: await clinicToday(actor, opts.now),
      }).timeline
    : null;
  await audit(actor, { action: "plan.preview", outcome: "SUCCESS", entityType: "InjuryEpisode", entityId: episode.id, patientId: episode.patientId });
  return { outcome, template, timeline, exercises };
}

export async function createPlan(actor: Actor, episodeId: string, input: { templateId: string; startDate: string }): Promise<{ id: string }> {
  assertStaff(actor);
  return auditRefusals(actor, { action: "plan.create", entityType: "InjuryEpisode", entityId: episodeId }, async () => {
    const template = await getPlanTemplate(actor, input.templateId);
    const exercises = await loadExercises(db, actor.clinicId);
    return db.$transaction(async (tx) => {
      const episode = await episodeForPlanning(actor, episodeId, tx);
      const outcome = generate(episode, template, input.startDate, exercises);
      if (!outcome.ok) {
        throw new AppError("BLOCKED", outcome.screen.referralMessage ?? "The red-flag screen is positive: refer before starting rehab.");
      }
      const active = await tx.rehabPlan.findFirst({ where: { episodeId: episode.id, clinicId: actor.clinicId, status: "ACTIVE" }, select: { id: true } });
      if (active) throw new AppError("CONFLICT", "This injury already has an active plan. Open it instead of creating another.");
      const used = new Set(outcome.plan.stages.flatMap((s) => s.exercises.map((e) => e.exerciseKey)));
      const snapshot: PlanSnapshot = {
        plan: outcome.plan,
        exercises: exercises.filter((e) => used.has(e.key)),
        education: template.template.education,
      };
      const plan = await tx.rehabPlan.create({
        data: {
          clinicId: actor.clinicId,
          patientId: episode.patientId,
          episodeId: episode.id,
          templateId: template.id,
          templateVersion: template.template.version,
          startDate: new Date(`${input.startDate}T00:00:00Z`),
          stageStartedOn: new Date(`${input.startDate}T00:00:00Z`),
          content: json(snapshot),
          createdById: actor.userId,
        },
        select: { id: true },
      });
      await tx.planEvent.create({
        data: {
          planId: plan.id,
          clinicId: actor.clinicId,
          actorUserId: actor.userId,
          kind: "CREATED",
          summary: `Plan created from ${template.template.name} v${template.template.version}, starting ${input.startDate}`,
          detail: json({ adjustments: outcome.plan.adjustments.map((a) => a.rule) }),
          planVersion: 1,
        },
      });
      await audit(actor, { action: "plan.create", outcome: "SUCCESS", entityType: "RehabPlan", entityId: plan.id, patientId: episode.patientId }, tx);
      await syncPlanSummary(tx, plan.id);
      return plan;
    });
  });
}

export interface PlanEventView {
  id: string;
  kind: string;
  summary: string;
  actorName: string;
  createdAt: Date;
  planVersion: number;
}

export interface PlanView {
  id: string;
  /** `language`: the patient's preferred language, the handout download's default. */
  patient: { id: string; name: string; language: Locale };
  episodeId: string;
  injury: Injury;
  prognosis: Prognosis;
  /** The one time line: the plan page's dates, its stage list's, the portal's and the handout's. */
  timeline: Timeline;
  /** Today in the clinic's time zone (the time line's today). */
  today: string;
  templateName: string;
  templateVersion: number;
  status: string;
  startDate: string;
  currentStageIndex: number;
  stageStartedOn: string;
  snapshot: PlanSnapshot;
  notes: string | null;
  version: number;
  updatedAt: Date;
  latest: { values: Measurements; checks: CheckInput; lastMeasuredOn: Date | null; visits: number };
  gates: GateEvaluation;
  events: PlanEventView[];
}

export async function getPlan(actor: Actor, planId: string, opts: { now?: Date } = {}): Promise<PlanView> {
  assertStaff(actor);
  const row = isUuid(planId)
    ? await db.rehabPlan.findFirst({
        where: { id: planId, clinicId: actor.clinicId },
        include: {
          patient: { select: { id: true, givenName: true, familyName: true, preferredLanguage: true } },
          episode: true,
          template: { select: { name: true } },
          clinic: { select: { timeZone: true } },
          events: { orderBy: { id: "desc" }, take: 50 },
        },
      })
    : null;
  await audit(actor, {
    action: "plan.read",
    outcome: row ? "SUCCESS" : "NOT_FOUND",
    entityType: "RehabPlan",
    entityId: planId.slice(0, 64),
    patientId: row?.patientId,
  });
  if (!row) throw notFound();
  const snapshot = row.content as unknown as PlanSnapshot;
  const [latest, stageMoves] = await Promise.all([
    latestForPatient(actor.clinicId, row.patientId),
    // Every stage move, not only the 50 newest events the history list shows.
    db.planEvent.findMany({
      where: { planId: row.id, clinicId: actor.clinicId, ...stageMoveEvents.where },
      select: stageMoveEvents.select,
      orderBy: stageMoveEvents.orderBy,
    }),
  ]);
  const timeZone = row.clinic.timeZone;
  const today = localDate(opts.now ?? new Date(), timeZone);
  const stage = snapshot.plan.stages[row.currentStageIndex] ?? snapshot.plan.stages[0]!;
  const actors = await db.user.findMany({ where: { id: { in: [...new Set(row.events.map((e) => e.actorUserId))] } }, select: { id: true, name: true } });
  const names = new Map(actors.map((a) => [a.id, a.name]));
  const injury = injuryOf(row.episode);
  const { prognosis, timeline } = planTimelineView({
    injury,
    plan: snapshot.plan,
    currentStageIndex: row.currentStageIndex,
    stageHistory: stageHistoryOf({ ...row, events: stageMoves }, timeZone),
    today,
  });
  return {
    id: row.id,
    patient: { id: row.patient.id, name: fullName(row.patient), language: asLocale(row.patient.preferredLanguage) },
    episodeId: row.episodeId,
    injury,
    prognosis,
    timeline,
    today,
    templateName: snapshot.plan.templateName ?? row.template.name,
    templateVersion: row.templateVersion,
    status: row.status,
    startDate: isoDate(row.startDate),
    currentStageIndex: row.currentStageIndex,
    stageStartedOn: isoDate(row.stageStartedOn),
    snapshot,
    notes: row.notes,
    version: row.version,
    updatedAt: row.updatedAt,
    latest,
    gates: evaluateGates(stage, deriveMeasures(latest.values), latest.checks),
    events: row.events.map((e) => ({
      id: String(e.id),
      kind: e.kind,
      summary: e.summary,
      actorName: names.get(e.actorUserId) ?? "—",
      createdAt: e.createdAt,
      planVersion: e.planVersion,
    })),
  };
}

/**
 * Writes a change made on `version`: the row is updated only if nobody saved in between
 * (optimistic locking); the history row and the audit row commit with it.
 */
async function commitChange(
  tx: Tx,
  actor: Actor,
  plan: { id: string; patientId: string },
  version: number,
  data: Prisma.RehabPlanUpdateManyMutationInput,
  event: { kind: string; summary: string; detail?: unknown },
): Promise<{ version: number }> {
  const { count } = await tx.rehabPlan.updateMany({
    where: { id: plan.id, clinicId: actor.clinicId, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw staleConflict();
  await tx.planEvent.create({
    data: {
      planId: plan.id,
      clinicId: actor.clinicId,
      actorUserId: actor.userId,
      kind: event.kind,
      summary: event.summary,
      detail: event.detail === undefined ? undefined : json(event.detail),
      planVersion: version + 1,
    },
  });
  await audit(
    actor,
    { action: "plan.update", outcome: "SUCCESS", entityType: "RehabPlan", entityId: plan.id, patientId: plan.patientId, detail: { kind: event.kind } },
    tx,
  );
  // Every plan change (exercises, stage, status) can change its worklist row and alerts.
  await syncPlanSummary(tx, plan.id);
  return { version: version + 1 };
}

/** What a therapist is told when another save holds the plan (lock_timeout, NOWAIT). */
export const PLAN_BUSY_MESSAGE = "This plan is being saved by someone else. Try again in a moment.";

/**
 * A plan write: one transaction that takes the plan's row first (lockedPlan). When another save
 * holds it, or a statement runs out of time waiting, the answer is a conflict the therapist can
 * act on at once (PLAN_BUSY_MESSAGE) instead of a request that waits for a connection.
 */
async function savePlan<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.$transaction(fn);
  } catch (err) {
    const failure = dbFailureOf(err);
    if (failure === "locked" || failure === "timeout") throw new AppError("CONFLICT", PLAN_BUSY_MESSAGE);
    throw err;
  }
}

/**
 * The plan's row, locked for this transaction with FOR UPDATE NOWAIT: a second save of the same
 * plan fails at once (55P03) instead of queueing on the lock while holding a pool connection.
 */
async function lockedPlan(tx: Tx, actor: Actor, planId: string) {
  if (isUuid(planId)) {
    await tx.$queryRaw`SELECT 1 FROM "rehab_plan" WHERE "id" = ${planId}::uuid AND "clinic_id" = ${actor.clinicId}::uuid FOR UPDATE NOWAIT`;
  }
  const row = isUuid(planId)
    ? await tx.rehabPlan.findFirst({
        where: { id: planId, clinicId: actor.clinicId },
        select: { id: true, patientId: true, content: true, currentStageIndex: true, status: true, version: true },
      })
    : null;
  if (!row) throw notFound();
  return { ...row, snapshot: row.content as unknown as PlanSnapshot };
}

export type PlanEditInput =
  | { type: "dose"; stageIndex: number; exerciseIndex: number; dose: Dose }
  | { type: "addExercise"; stageIndex: number; exerciseKey: string; dose: Dose }
  | { type: "removeExercise"; stageIndex: number; exerciseIndex: number }
  | { type: "moveExercise"; stageIndex: number; exerciseIndex: number; direction: -1 | 1 };

export async function editPlan(actor: Actor, planId: string, version: number, input: PlanEditInput): Promise<{ version: number }> {
  assertStaff(actor);
  let edit: PlanEdit;
  if (input.type === "addExercise") {
    const exercise = (await loadExercises(db, actor.clinicId)).find((e) => e.key === input.exerciseKey);
    if (!exercise) throw new AppError("VALIDATION", undefined, { exerciseKey: "Choose an exercise from the library." });
    edit = { type: "addExercise", stageIndex: input.stageIndex, exercise, dose: input.dose };
  } else {
    edit = input;
  }
  return auditRefusals(actor, { action: "plan.update", entityType: "RehabPlan", entityId: planId, detail: { kind: input.type } }, () =>
    savePlan(async (tx) => {
      const row = await lockedPlan(tx, actor, planId);
      if (row.version !== version) throw staleConflict();
      let applied;
      try {
        applied = applyPlanEdit(row.snapshot, edit);
      } catch (err) {
        if (err instanceof PlanEditError) throw new AppError("VALIDATION", err.message);
        throw err;
      }
      return commitChange(tx, actor, row, version, { content: json(applied.snapshot) }, { kind: edit.type.toUpperCase(), summary: applied.summary });
    }),
  );
}

function staleConflict() {
  return new AppError(
    "CONFLICT",
    "This plan changed since you opened it (someone else saved first). Reload to see the latest version, then make your change again.",
  );
}

export async function setPlanNotes(actor: Actor, planId: string, version: number, notes: string | null): Promise<{ version: number }> {
  assertStaff(actor);
  return auditRefusals(actor, { action: "plan.update", entityType: "RehabPlan", entityId: planId, detail: { kind: "notes" } }, () =>
    savePlan(async (tx) => {
      const row = await lockedPlan(tx, actor, planId);
      if (row.version !== version) throw staleConflict();
      return commitChange(tx, actor, row, version, { notes }, { kind: "NOTES", summary: notes ? "Notes updated" : "Notes cleared" });
    }),
  );
}

/**
 * Moves the patient to the next stage (direction 1) or back (-1). Advancing records which gates
 * were met on the latest measurements; advancing with unmet gates needs `override` (the
 * therapist's clinical judgement), which is recorded too.
 */
export async function moveStage(
  actor: Actor,
  planId: string,
  version: number,
  direction: 1 | -1,
  opts: { override?: boolean; today?: string } = {},
): Promise<{ version: number; stageIndex: number }> {
  assertStaff(actor);
  return auditRefusals(
    actor,
    { action: "plan.update", entityType: "RehabPlan", entityId: planId, detail: { kind: direction > 0 ? "stage_advance" : "stage_back" } },
    () =>
      savePlan(async (tx) => {
        const row = await lockedPlan(tx, actor, planId);
        if (row.version !== version) throw staleConflict();
        const stages = row.snapshot.plan.stages;
        const from = row.currentStageIndex;
        const to = from + direction;
        if (to < 0 || to >= stages.length) {
          throw new AppError("VALIDATION", direction > 0 ? "This is already the last stage." : "This is already the first stage.");
        }
        const fromStage = stages[from]!;
        const latest = await latestForPatient(actor.clinicId, row.patientId, tx);
        const evaluation = evaluateGates(fromStage, deriveMeasures(latest.values), latest.checks);
        if (direction > 0 && !evaluation.allMet && !opts.override) {
          throw new AppError(
            "BLOCKED",
            `Not all gates of ${fromStage.name} are met (${evaluation.summary}). Record new measurements, or confirm that you are advancing on clinical judgement.`,
          );
        }
        const snapshot = structuredClone(row.snapshot);
        snapshot.plan.currentStageIndex = to;
        const gates = evaluation.results.map((r) => ({ key: r.gate.key, label: r.gate.label, status: r.status, actual: r.actual ?? null }));
        const summary =
          direction > 0
            ? `Moved to ${stages[to]!.name}; ${evaluation.summary}${!evaluation.allMet ? " (advanced on clinical judgement)" : ""}`
            : `Moved back to ${stages[to]!.name}`;
        const today = opts.today ?? (await clinicToday(actor));
        const result = await commitChange(
          tx,
          actor,
          row,
          version,
          { currentStageIndex: to, stageStartedOn: new Date(`${today}T00:00:00Z`), content: json(snapshot) },
          // `on`: the day the new stage started, as stageStartedOn has it (the time line reads it).
          {
            kind: direction > 0 ? "STAGE_ADVANCED" : "STAGE_BACK",
            summary,
            detail: { from, to, on: today, gates, override: Boolean(opts.override && !evaluation.allMet) },
          },
        );
        return { ...result, stageIndex: to };
      }),
  );
}

export interface PatientPlanSummary {
  id: string;
  status: string;
  templateName: string;
  currentStage: string;
  stageNumber: number;
  stageCount: number;
  startDate: string;
}

export async function listPatientPlans(actor: Actor, patientId: string): Promise<PatientPlanSummary[]> {
  assertStaff(actor);
  if (!isUuid(patientId)) return [];
  const rows = await db.rehabPlan.findMany({
    where: { clinicId: actor.clinicId, patientId },
    select: { id: true, status: true, content: true, currentStageIndex: true, startDate: true },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((r) => {
    const plan = (r.content as unknown as PlanSnapshot).plan;
    return {
      id: r.id,
      status: r.status,
      templateName: plan.templateName,
      currentStage: plan.stages[r.currentStageIndex]?.name ?? "—",
      stageNumber: r.currentStageIndex + 1,
      stageCount: plan.stages.length,
      startDate: isoDate(r.startDate),
    };
  });
}

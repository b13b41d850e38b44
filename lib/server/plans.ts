import "server-only";
import {
  activeStage,
  ClinicalError,
  deriveMeasures,
  moveTrack,
  planExerciseKeys,
  planFromAssessment,
  stageProgress,
  type GateLog,
  type PlanStage,
  type Prognosis,
  type StageProgress,
  type Timeline,
} from "@/lib/domain/clinical";
import type { AssessmentOutcome } from "@/lib/domain/clinical/plan";
import { asLocale } from "@/lib/domain/clinical/i18n";
import type { Dose, Injury, Locale, Measurements } from "@/lib/domain/clinical/types";
import type { ScreenAnswers } from "@/lib/domain/injuries";
import { applyPlanEdit, PlanEditError, type PlanEdit, type PlanSnapshot } from "@/lib/domain/plan-edits";
import { fullName } from "@/lib/domain/text";
import { loadExercises } from "@/lib/db/template-store";
import type { Prisma } from "@/lib/generated/prisma/client";
import { gateStatusFromLatest, localDate, type LatestGateStatus } from "@/lib/domain/progress";
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
      const used = planExerciseKeys(outcome.plan);
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
  /** The template's staff-only notes: what to check before use, the editable defaults. */
  clinicianNotes: string[];
  status: string;
  startDate: string;
  currentStageIndex: number;
  stageStartedOn: string;
  snapshot: PlanSnapshot;
  notes: string | null;
  version: number;
  updatedAt: Date;
  latest: Awaited<ReturnType<typeof latestForPatient>>;
  /** The stage as it stands today (a stage with tracks: its tracks' current phases' work and gates). */
  gates: LatestGateStatus;
  /** Where the stage stands: its tracks, each with its phase and gates, and whether it can be left. */
  progress: StageProgress;
  events: PlanEventView[];
}

/** The plan page's head: the plan with its patient, injury, clinic zone and template name, one statement. */
type PlanHead = {
  id: string;
  patient_id: string;
  episode_id: string;
  template_version: number;
  status: string;
  start_date: Date;
  current_stage_index: number;
  stage_started_on: Date;
  content: unknown;
  notes: string | null;
  version: number;
  updated_at: Date;
  given_name: string;
  family_name: string;
  preferred_language: string | null;
  muscle: string;
  side: string;
  injury_date: Date;
  onset: string;
  during_running: boolean;
  repeat_injury: boolean;
  clinical_grade: number;
  bamic_grade: number | null;
  bamic_site: string | null;
  mechanism: string | null;
  time_zone: string;
  template_name: string;
  clinician_notes: string[] | null;
};

async function planHead(clinicId: string, planId: string): Promise<PlanHead | null> {
  // One statement instead of one per relation (Prisma without relation joins): every part is
  // scoped to the actor's clinic through the plan row.
  const rows = await db.$queryRaw<PlanHead[]>`
    SELECT p.id, p.patient_id, p.episode_id, p.template_version, p.status::text AS status, p.start_date, p.current_stage_index,
           p.stage_started_on, p.content, p.notes, p.version, p.updated_at,
           pt.given_name, pt.family_name, pt.preferred_language::text AS preferred_language,
           e.muscle::text AS muscle, e.side::text AS side, e.injury_date, e.onset::text AS onset, e.during_running, e.repeat_injury,
           e.clinical_grade, e.bamic_grade, e.bamic_site::text AS bamic_site, e.mechanism,
           c.time_zone, t.name AS template_name, t.clinician_notes
    FROM rehab_plan p
    JOIN patient pt ON pt.id = p.patient_id AND pt.clinic_id = p.clinic_id
    JOIN injury_episode e ON e.id = p.episode_id AND e.clinic_id = p.clinic_id
    JOIN clinic c ON c.id = p.clinic_id
    JOIN protocol_template t ON t.id = p.template_id
    WHERE p.id = ${planId}::uuid AND p.clinic_id = ${clinicId}::uuid`;
  return rows[0] ?? null;
}

/** The newest history entries with who made them, one statement. */
async function planHistory(clinicId: string, planId: string): Promise<PlanEventView[]> {
  const rows = await db.$queryRaw<{ id: bigint; kind: string; summary: string; plan_version: number; created_at: Date; actor_name: string | null }[]>`
    SELECT e.id, e.kind, e.summary, e.plan_version, e.created_at, u.name AS actor_name
    FROM plan_event e
    LEFT JOIN app_user u ON u.id = e.actor_user_id AND u.clinic_id = e.clinic_id
    WHERE e.plan_id = ${planId}::uuid AND e.clinic_id = ${clinicId}::uuid
    ORDER BY e.id DESC
    LIMIT 50`;
  return rows.map((e) => ({
    id: String(e.id),
    kind: e.kind,
    summary: e.summary,
    actorName: e.actor_name ?? "—",
    createdAt: e.created_at,
    planVersion: e.plan_version,
  }));
}

/**
 * What the plan page shows, in a fixed number of statements: the plan with its patient and
 * injury, the audit row, the patient's visits (latest values and the gates' dates), the history
 * with names, and the stage moves for the time line.
 */
export async function getPlan(actor: Actor, planId: string, opts: { now?: Date } = {}): Promise<PlanView> {
  assertStaff(actor);
  const row = isUuid(planId) ? await planHead(actor.clinicId, planId) : null;
  await audit(actor, {
    action: "plan.read",
    outcome: row ? "SUCCESS" : "NOT_FOUND",
    entityType: "RehabPlan",
    entityId: planId.slice(0, 64),
    patientId: row?.patient_id,
  });
  if (!row) throw notFound();
  const snapshot = row.content as PlanSnapshot;
  const [latest, stageMoves, events] = await Promise.all([
    latestForPatient(actor.clinicId, row.patient_id),
    // Every stage move, not only the 50 newest events the history list shows.
    db.planEvent.findMany({
      where: { planId: row.id, clinicId: actor.clinicId, ...stageMoveEvents.where },
      select: stageMoveEvents.select,
      orderBy: stageMoveEvents.orderBy,
    }),
    planHistory(actor.clinicId, row.id),
  ]);
  const timeZone = row.time_zone;
  const today = localDate(opts.now ?? new Date(), timeZone);
  const stage = snapshot.plan.stages[row.current_stage_index] ?? snapshot.plan.stages[0]!;
  const logs = await gateLogs(db, actor.clinicId, row.id, stage, isoDate(row.stage_started_on));
  const injury = injuryOf({
    muscle: row.muscle,
    side: row.side,
    injuryDate: row.injury_date,
    onset: row.onset,
    duringRunning: row.during_running,
    repeatInjury: row.repeat_injury,
    clinicalGrade: row.clinical_grade,
    bamicGrade: row.bamic_grade,
    bamicSite: row.bamic_site,
    mechanism: row.mechanism,
  });
  const { prognosis, timeline } = planTimelineView({
    injury,
    plan: snapshot.plan,
    currentStageIndex: row.current_stage_index,
    stageHistory: stageHistoryOf(
      { startDate: row.start_date, currentStageIndex: row.current_stage_index, stageStartedOn: row.stage_started_on, events: stageMoves },
      timeZone,
    ),
    today,
  });
  return {
    id: row.id,
    patient: { id: row.patient_id, name: fullName({ givenName: row.given_name, familyName: row.family_name }), language: asLocale(row.preferred_language) },
    episodeId: row.episode_id,
    injury,
    prognosis,
    timeline,
    today,
    templateName: snapshot.plan.templateName ?? row.template_name,
    clinicianNotes: row.clinician_notes ?? [],
    templateVersion: row.template_version,
    status: row.status,
    startDate: isoDate(row.start_date),
    currentStageIndex: row.current_stage_index,
    stageStartedOn: isoDate(row.stage_started_on),
    snapshot,
    notes: row.notes,
    version: row.version,
    updatedAt: row.updated_at,
    latest,
    // The same rule and dates as the progress page (lib/domain/progress gateStatusFromLatest).
    gates: gateStatusFromLatest(activeStage(stage), latest.history, { logs }),
    progress: stageProgress(stage, { measures: deriveMeasures(latest.values), checks: latest.checks, logs, stageStartedOn: isoDate(row.stage_started_on) }),
    events,
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

/** The stage reads the patient's logs: it has session or subjective gates, itself or in a track. */
function readsLogs(stage: PlanStage): boolean {
  return activeStage(stage).gates.some((g) => g.kind === "SESSIONS" || g.kind === "SUBJECTIVE");
}

/**
 * The patient's logs since the stage began, for its session and subjective gates: one statement,
 * and none for a stage without such gates.
 */
async function gateLogs(client: typeof db | Tx, clinicId: string, planId: string, stage: PlanStage, since: string): Promise<GateLog[]> {
  if (!readsLogs(stage)) return [];
  const rows = await client.dailyLog.findMany({
    where: { planId, clinicId, logDate: { gte: new Date(`${since}T00:00:00Z`) } },
    orderBy: { logDate: "asc" },
    select: { logDate: true, setsDone: true, painDuring: true, painNextMorning: true, ratings: true },
  });
  return rows.map((r) => ({
    date: isoDate(r.logDate),
    setsDone: (r.setsDone ?? {}) as Record<string, number>,
    painDuring: r.painDuring,
    painNextMorning: r.painNextMorning,
    ratings: (r.ratings ?? null) as Record<string, number> | null,
  }));
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
        select: { id: true, patientId: true, content: true, currentStageIndex: true, stageStartedOn: true, status: true, version: true },
      })
    : null;
  if (!row) throw notFound();
  return { ...row, snapshot: row.content as unknown as PlanSnapshot };
}

export type PlanEditInput = (
  | { type: "dose"; stageIndex: number; exerciseIndex: number; dose: Dose }
  | { type: "addExercise"; stageIndex: number; exerciseKey: string; dose: Dose }
  | { type: "removeExercise"; stageIndex: number; exerciseIndex: number }
  | { type: "moveExercise"; stageIndex: number; exerciseIndex: number; direction: -1 | 1 }
) & { track?: string | null };

export async function editPlan(actor: Actor, planId: string, version: number, input: PlanEditInput): Promise<{ version: number }> {
  assertStaff(actor);
  let edit: PlanEdit;
  if (input.type === "addExercise") {
    const exercise = (await loadExercises(db, actor.clinicId)).find((e) => e.key === input.exerciseKey);
    if (!exercise) throw new AppError("VALIDATION", undefined, { exerciseKey: "Choose an exercise from the library." });
    edit = { type: "addExercise", stageIndex: input.stageIndex, track: input.track, exercise, dose: input.dose };
  } else {
    edit = input;
  }
  return changePlan(actor, planId, version, input.type, async (tx, row) => {
    let applied;
    try {
      applied = applyPlanEdit(row.snapshot, edit);
    } catch (err) {
      if (err instanceof PlanEditError) throw new AppError("VALIDATION", err.message);
      throw err;
    }
    return commitChange(tx, actor, row, version, { content: json(applied.snapshot) }, { kind: edit.type.toUpperCase(), summary: applied.summary });
  });
}

function staleConflict() {
  return new AppError(
    "CONFLICT",
    "This plan changed since you opened it (someone else saved first). Reload to see the latest version, then make your change again.",
  );
}

type LockedPlan = Awaited<ReturnType<typeof lockedPlan>>;

/**
 * One change of a plan by staff: audited (refusals too) as plan.update with `kind`, in one
 * transaction on the locked row, refused as stale when someone saved since `version`.
 */
function changePlan<T>(actor: Actor, planId: string, version: number, kind: string, change: (tx: Tx, row: LockedPlan) => Promise<T>): Promise<T> {
  assertStaff(actor);
  return auditRefusals(actor, { action: "plan.update", entityType: "RehabPlan", entityId: planId, detail: { kind } }, () =>
    savePlan(async (tx) => {
      const row = await lockedPlan(tx, actor, planId);
      if (row.version !== version) throw staleConflict();
      return change(tx, row);
    }),
  );
}

/** Where the current stage stands on the latest measurements and the logs since it began. */
async function currentProgress(tx: Tx, actor: Actor, row: LockedPlan, stage: PlanStage) {
  const latest = await latestForPatient(actor.clinicId, row.patientId, tx);
  const startedOn = isoDate(row.stageStartedOn);
  const logs = await gateLogs(tx, actor.clinicId, row.id, stage, startedOn);
  return stageProgress(stage, { measures: deriveMeasures(latest.values), checks: latest.checks, logs, stageStartedOn: startedOn });
}

export async function setPlanNotes(actor: Actor, planId: string, version: number, notes: string | null): Promise<{ version: number }> {
  return changePlan(actor, planId, version, "notes", (tx, row) =>
    commitChange(tx, actor, row, version, { notes }, { kind: "NOTES", summary: notes ? "Notes updated" : "Notes cleared" }),
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
  return changePlan(actor, planId, version, direction > 0 ? "stage_advance" : "stage_back", async (tx, row) => {
    const stages = row.snapshot.plan.stages;
    const from = row.currentStageIndex;
    const to = from + direction;
    if (to < 0 || to >= stages.length) {
      throw new AppError("VALIDATION", direction > 0 ? "This is already the last stage." : "This is already the first stage.");
    }
    const fromStage = stages[from]!;
    const progress = await currentProgress(tx, actor, row, fromStage);
    const evaluation = { ...progress.own, allMet: progress.readyToAdvance, summary: progress.summary };
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
  });
}

/**
 * Moves one track of the current stage (a stage with parallel tracks) a phase forward (1) or back
 * (-1). Forward needs the track's phase gates met on the latest measurements and the logs since
 * the phase began, or `override` (clinical judgement), recorded in the history like stage moves.
 */
export async function moveTrackPhase(
  actor: Actor,
  planId: string,
  version: number,
  trackKey: string,
  direction: 1 | -1,
  opts: { override?: boolean; today?: string } = {},
): Promise<{ version: number; phaseIndex: number }> {
  return changePlan(actor, planId, version, direction > 0 ? "track_advance" : "track_back", async (tx, row) => {
    const stage = row.snapshot.plan.stages[row.currentStageIndex];
    const track = stage?.tracks?.find((t) => t.key === trackKey);
    if (!stage || !track) throw new AppError("VALIDATION", "The current stage has no such track. Reload the plan to see its tracks.");
    const at = track.currentPhaseIndex + direction;
    if (at < 0 || at >= track.phases.length) {
      throw new AppError("VALIDATION", direction > 0 ? `${track.name} is already in its last phase.` : `${track.name} is already in its first phase.`);
    }
    const progress = await currentProgress(tx, actor, row, stage);
    const standing = progress.tracks.find((t) => t.track.key === trackKey)!;
    if (direction > 0 && !standing.evaluation.allMet && !opts.override) {
      throw new AppError(
        "BLOCKED",
        `Not all gates of ${track.name}, ${standing.phase.name}, are met (${standing.evaluation.summary}). Record new measurements, or confirm that you are moving on clinical judgement.`,
      );
    }
    const today = opts.today ?? (await clinicToday(actor));
    let moved;
    try {
      moved = moveTrack({ ...row.snapshot.plan, currentStageIndex: row.currentStageIndex }, trackKey, direction, today);
    } catch (err) {
      if (err instanceof ClinicalError) throw new AppError("VALIDATION", err.message);
      throw err;
    }
    const snapshot = { ...row.snapshot, plan: { ...moved.plan, currentStageIndex: row.currentStageIndex } };
    const target = moved.track.phases[moved.to]!;
    const overridden = Boolean(opts.override && direction > 0 && !standing.evaluation.allMet);
    const summary =
      direction > 0
        ? `${track.name}: moved to ${target.name}; ${standing.evaluation.summary}${overridden ? " (moved on clinical judgement)" : ""}`
        : `${track.name}: moved back to ${target.name}`;
    const gates = standing.evaluation.results.map((r) => ({ key: r.gate.key, label: r.gate.label, status: r.status, actual: r.actual ?? null }));
    const result = await commitChange(
      tx,
      actor,
      row,
      version,
      { content: json(snapshot) },
      {
        kind: direction > 0 ? "TRACK_ADVANCED" : "TRACK_BACK",
        summary,
        detail: { track: trackKey, stage: row.currentStageIndex, from: moved.from, to: moved.to, on: today, gates, override: overridden },
      },
    );
    return { ...result, phaseIndex: moved.to };
  });
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

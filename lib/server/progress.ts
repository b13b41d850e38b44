import "server-only";
import type { CheckInput, Measurements } from "@/lib/domain/clinical/types";
import type { PlanSnapshot } from "@/lib/domain/plan-edits";
import {
  adherenceSeries,
  chartedPain,
  functionSeries,
  gateStatusFromLatest,
  localDate,
  painSeries,
  strengthSeries,
  weeklyAdherence,
  type AdherenceInput,
  type Alert,
  type ChartedSeries,
  type DailyLog,
  type MeasurementVisit,
  type PainPoint,
} from "@/lib/domain/progress";
import { activeStage } from "@/lib/domain/clinical";
import { specialistHoldOf } from "@/lib/domain/clinical/stage-prescription";
import { findKindOfMuscle, type StrengthChart } from "@/lib/domain/injuries";
import type { PairedInputKey } from "@/lib/domain/measures";
import { fullName } from "@/lib/domain/text";
import { isoDate } from "@/lib/format";
import { assertStaff, type Actor } from "@/lib/server/actor";
import { audit, auditRefusals } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { isUuid } from "@/lib/server/patients";
import { syncPlanSummary } from "@/lib/server/plan-summary";
import { STAGE_MOVE_KINDS, stageHistoryOf, stageMoveEvents } from "@/lib/server/plan-timeline";

/** How much history the dashboard and alerts look at. */
export const LOOKBACK_DAYS = 42;

export type PlanRow = {
  id: string;
  patientId: string;
  startDate: Date;
  currentStageIndex: number;
  stageStartedOn: Date;
  content: unknown;
  events: { kind: string; detail: unknown; createdAt: Date }[];
};

export const planSelect = {
  id: true,
  patientId: true,
  startDate: true,
  currentStageIndex: true,
  stageStartedOn: true,
  content: true,
  events: stageMoveEvents,
};

export function toDailyLog(r: {
  logDate: Date;
  setsDone: unknown;
  painDuring: number | null;
  painNextMorning: number | null;
  note: string | null;
  newSwelling?: boolean | null;
  ratings?: unknown;
  updatedAt: Date;
}): DailyLog {
  return {
    date: isoDate(r.logDate),
    setsDone: (r.setsDone ?? {}) as Record<string, number>,
    painDuring: r.painDuring,
    painNextMorning: r.painNextMorning,
    note: r.note,
    newSwelling: r.newSwelling ?? null,
    ratings: (r.ratings ?? null) as Record<string, number> | null,
    createdAt: r.updatedAt.toISOString(),
  };
}

export function toVisit(r: { measuredOn: Date; values: unknown; checks: unknown }): MeasurementVisit {
  return { measuredOn: isoDate(r.measuredOn), values: r.values as Measurements, checks: r.checks as CheckInput };
}

export function adherenceInput(plan: PlanRow, logs: DailyLog[], timeZone: string, now: Date, visits: readonly MeasurementVisit[]): AdherenceInput {
  const snapshot = plan.content as PlanSnapshot;
  return {
    // Each stage as it stands today: a stage with tracks prescribes its tracks' current phases.
    plan: { ...snapshot.plan, stages: snapshot.plan.stages.map(activeStage) },
    currentStageIndex: plan.currentStageIndex,
    stageStartedOn: isoDate(plan.stageStartedOn),
    stageHistory: stageHistoryOf(plan, timeZone),
    logs,
    now,
    timeZone,
    // A complete rupture prescribes only circulation work until the specialist clears it.
    specialistHold: specialistHoldOf(snapshot.plan, visits),
  };
}

/** Stores any new alerts the rules raise for these patients (existing ones are kept as they are). */
export async function storeAlerts(tx: Tx, clinicId: string, items: { patientId: string; planId: string; alerts: Alert[] }[]): Promise<void> {
  const data = items.flatMap(({ patientId, planId, alerts }) =>
    alerts.map((a) => ({
      clinicId,
      patientId,
      planId,
      kind: a.kind,
      key: a.key,
      severity: a.severity,
      title: a.title,
      message: a.message,
      alertDate: new Date(`${a.date}T00:00:00Z`),
    })),
  );
  if (data.length) await tx.alert.createMany({ data, skipDuplicates: true });
}

export interface AlertView {
  id: string;
  kind: string;
  severity: string;
  title: string;
  message: string;
  date: string;
  acknowledgedAt: Date | null;
  acknowledgedBy: string | null;
}

interface AlertRow {
  id: string;
  kind: string;
  severity: string;
  title: string;
  message: string;
  alert_date: Date;
  acknowledged_at: Date | null;
  acknowledged_by: string | null;
}

/** A patient's alerts with who acknowledged them, one statement (decision 038). */
async function alertsFor(clinicId: string, patientId: string, includeAcknowledged: boolean): Promise<AlertView[]> {
  const rows = await db.$queryRaw<AlertRow[]>`
    SELECT a.id::text, a.kind, a.severity, a.title, a.message, a.alert_date, a.acknowledged_at, u.name AS acknowledged_by
      FROM alert a
      LEFT JOIN app_user u ON u.id = a.acknowledged_by_id AND u.clinic_id = a.clinic_id
     WHERE a.clinic_id = ${clinicId}::uuid AND a.patient_id = ${patientId}::uuid
       AND (${includeAcknowledged}::boolean OR a.acknowledged_at IS NULL)
     ORDER BY a.acknowledged_at DESC NULLS FIRST, a.alert_date DESC, a.created_at DESC
     LIMIT 50`;
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    severity: r.severity,
    title: r.title,
    message: r.message,
    date: isoDate(r.alert_date),
    acknowledgedAt: r.acknowledged_at,
    // An acknowledgement by a user since removed from the clinic keeps its date, not a name.
    acknowledgedBy: r.acknowledged_at ? (r.acknowledged_by ?? null) : null,
  }));
}

/**
 * Open alerts of one patient, as stored: the rules ran when a log, a measurement or a plan change
 * was saved (syncPlanSummary), never on a read. The caller has already read the patient.
 */
export async function listOpenAlerts(actor: Actor, patientId: string): Promise<AlertView[]> {
  assertStaff(actor);
  if (!isUuid(patientId)) return [];
  return alertsFor(actor.clinicId, patientId, false);
}

export async function acknowledgeAlert(actor: Actor, alertId: string): Promise<void> {
  assertStaff(actor);
  await auditRefusals(actor, { action: "alert.acknowledge", entityType: "Alert", entityId: alertId }, () =>
    db.$transaction(async (tx) => {
      const alert = isUuid(alertId)
        ? await tx.alert.findFirst({
            where: { id: alertId, clinicId: actor.clinicId },
            select: { id: true, patientId: true, planId: true, acknowledgedAt: true, kind: true },
          })
        : null;
      if (!alert) throw new AppError("NOT_FOUND", "We could not find that alert.");
      if (!alert.acknowledgedAt) {
        await tx.alert.update({ where: { id: alert.id }, data: { acknowledgedAt: new Date(), acknowledgedById: actor.userId } });
        if (alert.planId) await syncPlanSummary(tx, alert.planId);
      }
      await audit(
        actor,
        { action: "alert.acknowledge", outcome: "SUCCESS", entityType: "Alert", entityId: alert.id, patientId: alert.patientId, detail: { kind: alert.kind } },
        tx,
      );
    }),
  );
}

export interface ProgressView {
  patient: { id: string; name: string };
  timeZone: string;
  today: string;
  plan: null | { id: string; templateName: string; stageIndex: number; stageCount: number; stageName: string; nextStageName: string | null };
  /** Day by day up to 60 days of history, weekly means beyond (lib/domain/progress chartedPain). */
  pain: ChartedSeries<PainPoint>;
  /** The injury kind's strength chart (paired strength tests), null when it has none. */
  strength: { chart: StrengthChart; rows: ReturnType<typeof strengthSeries> } | null;
  lefs: ReturnType<typeof functionSeries>;
  adherence: ReturnType<typeof adherenceSeries>;
  weeks: ReturnType<typeof weeklyAdherence>;
  gates: ReturnType<typeof gateStatusFromLatest> | null;
  alerts: AlertView[];
  /** One page of the plan's logs, newest first. */
  logs: DailyLog[];
  /** `page` is 1-based (page 1: the newest logs); `total` counts every log of the plan. */
  logPages: { page: number; pages: number; total: number; size: number };
}

/** Logs in one page of the progress page's table. */
export const LOG_PAGE_SIZE = 28;

/** A page number from the query string: whole, at least 1, at most `pages` (bad input: page 1). */
export function logPageOf(raw: unknown, pages: number): number {
  const n = typeof raw === "string" && /^\d{1,6}$/.test(raw) ? Number(raw) : 1;
  return Math.min(Math.max(n, 1), Math.max(pages, 1));
}

interface ProgressHead {
  id: string;
  given_name: string;
  family_name: string;
  time_zone: string;
  plan_id: string | null;
  start_date: Date | null;
  current_stage_index: number | null;
  stage_started_on: Date | null;
  content: unknown;
  /** The plan's stage moves, oldest first (JSON: createdAt is a string). */
  events: { kind: string; detail: unknown; createdAt: string }[] | null;
  /** The newest injury's muscle, read only when the plan does not name one (or there is none). */
  muscle: string | null;
}

/**
 * The patient, the clinic's time zone, the newest active plan with its stage moves, and the
 * muscle the strength chart needs, in one clinic-scoped statement (it was five).
 */
async function progressHead(clinicId: string, patientId: string): Promise<ProgressHead | null> {
  const rows = await db.$queryRaw<ProgressHead[]>`
    SELECT pt.id::text, pt.given_name, pt.family_name, c.time_zone,
           p.id::text AS plan_id, p.start_date, p.current_stage_index, p.stage_started_on, p.content,
           CASE WHEN p.id IS NOT NULL THEN (
             SELECT COALESCE(json_agg(json_build_object('kind', e.kind, 'detail', e.detail, 'createdAt', e.created_at) ORDER BY e.id), '[]'::json)
               FROM plan_event e
              WHERE e.plan_id = p.id AND e.clinic_id = p.clinic_id AND e.kind = ANY(${[...STAGE_MOVE_KINDS]}::text[])
           ) END AS events,
           CASE WHEN p.content #>> '{plan,muscle}' IS NULL THEN (
             SELECT ie.muscle::text FROM injury_episode ie
              WHERE ie.patient_id = pt.id AND ie.clinic_id = pt.clinic_id
              ORDER BY ie.created_at DESC LIMIT 1
           ) END AS muscle
      FROM patient pt
      JOIN clinic c ON c.id = pt.clinic_id
      LEFT JOIN LATERAL (
        SELECT rp.id, rp.clinic_id, rp.start_date, rp.current_stage_index, rp.stage_started_on, rp.content
          FROM rehab_plan rp
         WHERE rp.patient_id = pt.id AND rp.clinic_id = pt.clinic_id AND rp.status = 'ACTIVE'
         ORDER BY rp.created_at DESC
         LIMIT 1
      ) p ON true
     WHERE pt.id = ${patientId}::uuid AND pt.clinic_id = ${clinicId}::uuid`;
  return rows[0] ?? null;
}

function planOfHead(head: ProgressHead): PlanRow | null {
  if (!head.plan_id || !head.start_date || head.current_stage_index === null || !head.stage_started_on) return null;
  return {
    id: head.plan_id,
    patientId: head.id,
    startDate: head.start_date,
    currentStageIndex: head.current_stage_index,
    stageStartedOn: head.stage_started_on,
    content: head.content,
    events: (head.events ?? []).map((e) => ({ kind: e.kind, detail: e.detail, createdAt: new Date(e.createdAt) })),
  };
}

/**
 * Everything the therapist's progress page shows for one patient. Its size does not grow with
 * the history: charts are daily up to 60 days and weekly beyond, and the log table is one page.
 * Five statements (decision 038): the head, then the audit row, the plan's logs, the visits and
 * the alerts side by side; with the session check the page sends six.
 */
export async function getProgress(actor: Actor, patientId: string, now = new Date(), opts: { logPage?: string } = {}): Promise<ProgressView> {
  assertStaff(actor);
  const head = isUuid(patientId) ? await progressHead(actor.clinicId, patientId) : null;
  const audited = audit(actor, {
    action: "progress.read",
    outcome: head ? "SUCCESS" : "NOT_FOUND",
    entityType: "Patient",
    entityId: patientId.slice(0, 64),
    patientId: head?.id,
  });
  if (!head) {
    await audited;
    throw new AppError("NOT_FOUND", "We could not find that patient.");
  }
  const timeZone = head.time_zone;
  const plan = planOfHead(head);
  const [, logRows, visitRows, alerts] = await Promise.all([
    audited,
    // The charts show the whole plan, not only the rules' recent window.
    plan
      ? db.dailyLog.findMany({
          where: { planId: plan.id, clinicId: actor.clinicId },
          orderBy: { logDate: "asc" },
          select: { logDate: true, setsDone: true, painDuring: true, painNextMorning: true, note: true, newSwelling: true, updatedAt: true },
        })
      : [],
    db.measurement.findMany({
      where: { clinicId: actor.clinicId, patientId: head.id },
      orderBy: [{ measuredOn: "asc" }, { createdAt: "asc" }],
      select: { measuredOn: true, values: true, checks: true },
    }),
    alertsFor(actor.clinicId, head.id, true),
  ]);
  const logs = logRows.map(toDailyLog);
  const measurementVisits = visitRows.map(toVisit);
  const snapshot = plan ? (plan.content as PlanSnapshot) : null;
  const weeks = plan ? weeklyAdherence(adherenceInput(plan, logs, timeZone, now, measurementVisits)) : [];
  const stage = snapshot && plan ? snapshot.plan.stages[plan.currentStageIndex] : undefined;
  const muscle = snapshot?.plan.muscle ?? head.muscle;
  const chart = muscle ? (findKindOfMuscle(muscle)?.charts.strength ?? null) : null;
  return {
    patient: { id: head.id, name: fullName({ givenName: head.given_name, familyName: head.family_name }) },
    timeZone,
    today: localDate(now, timeZone),
    plan:
      plan && snapshot && stage
        ? {
            id: plan.id,
            templateName: snapshot.plan.templateName,
            stageIndex: plan.currentStageIndex,
            stageCount: snapshot.plan.stages.length,
            stageName: stage.name,
            nextStageName: snapshot.plan.stages[plan.currentStageIndex + 1]?.name ?? null,
          }
        : null,
    pain: chartedPain(painSeries(logs, measurementVisits), localDate(now, timeZone)),
    strength: chart
      ? {
          chart,
          rows: strengthSeries(
            measurementVisits,
            chart.inputs.map((i) => i.input as PairedInputKey),
          ),
        }
      : null,
    lefs: functionSeries(measurementVisits),
    adherence: adherenceSeries(weeks),
    weeks,
    gates: stage ? gateStatusFromLatest(stage, measurementVisits) : null,
    alerts,
    ...logPage(logs, opts.logPage),
  };
}

/** One page of the log table, newest first. */
function logPage(logs: readonly DailyLog[], raw: string | undefined): Pick<ProgressView, "logs" | "logPages"> {
  const pages = Math.max(1, Math.ceil(logs.length / LOG_PAGE_SIZE));
  const page = logPageOf(raw, pages);
  const end = logs.length - (page - 1) * LOG_PAGE_SIZE;
  return {
    logs: logs.slice(Math.max(0, end - LOG_PAGE_SIZE), end).reverse(),
    logPages: { page, pages, total: logs.length, size: LOG_PAGE_SIZE },
  };
}

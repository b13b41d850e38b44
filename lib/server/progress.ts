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
import { activeStage, addDays } from "@/lib/domain/clinical";
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
import { stageHistoryOf, stageMoveEvents } from "@/lib/server/plan-timeline";

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

/** What the progress rules need for a set of patients, loaded in a fixed number of queries. */
interface ProgressData {
  timeZone: string;
  now: Date;
  /** The newest active plan of each patient. */
  plans: Map<string, PlanRow>;
  /** Recent logs by plan id, oldest first. */
  logs: Map<string, DailyLog[]>;
  /** Clinic visits by patient id, oldest first. */
  visits: Map<string, MeasurementVisit[]>;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

async function loadProgressData(clinicId: string, ids: string[], now: Date): Promise<ProgressData> {
  const clinic = await db.clinic.findUniqueOrThrow({ where: { id: clinicId }, select: { timeZone: true } });
  const since = new Date(`${addDays(localDate(now, clinic.timeZone), -LOOKBACK_DAYS)}T00:00:00Z`);
  const [plans, logs, visits] = await Promise.all([
    db.rehabPlan.findMany({ where: { clinicId, patientId: { in: ids }, status: "ACTIVE" }, select: planSelect, orderBy: { createdAt: "desc" } }),
    db.dailyLog.findMany({ where: { clinicId, patientId: { in: ids }, logDate: { gte: since } }, orderBy: { logDate: "asc" } }),
    db.measurement.findMany({ where: { clinicId, patientId: { in: ids } }, orderBy: [{ measuredOn: "asc" }, { createdAt: "asc" }] }),
  ]);
  const newest = new Map<string, PlanRow>();
  for (const plan of plans) if (!newest.has(plan.patientId)) newest.set(plan.patientId, plan);
  return {
    timeZone: clinic.timeZone,
    now,
    plans: newest,
    logs: new Map([...groupBy(logs, (l) => l.planId)].map(([k, v]) => [k, v.map(toDailyLog)])),
    visits: new Map([...groupBy(visits, (v) => v.patientId)].map(([k, v]) => [k, v.map(toVisit)])),
  };
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

async function alertsFor(clinicId: string, patientId: string, includeAcknowledged: boolean): Promise<AlertView[]> {
  const rows = await db.alert.findMany({
    where: { clinicId, patientId, ...(includeAcknowledged ? {} : { acknowledgedAt: null }) },
    orderBy: [{ acknowledgedAt: { sort: "desc", nulls: "first" } }, { alertDate: "desc" }, { createdAt: "desc" }],
    take: 50,
  });
  const ackerIds = rows.map((r) => r.acknowledgedById).filter((x): x is string => !!x);
  const ackers = ackerIds.length ? await db.user.findMany({ where: { id: { in: ackerIds } }, select: { id: true, name: true } }) : [];
  const names = new Map(ackers.map((u) => [u.id, u.name]));
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    severity: r.severity,
    title: r.title,
    message: r.message,
    date: isoDate(r.alertDate),
    acknowledgedAt: r.acknowledgedAt,
    acknowledgedBy: r.acknowledgedById ? (names.get(r.acknowledgedById) ?? null) : null,
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

/**
 * Everything the therapist's progress page shows for one patient. Its size does not grow with
 * the history: charts are daily up to 60 days and weekly beyond, and the log table is one page.
 */
export async function getProgress(actor: Actor, patientId: string, now = new Date(), opts: { logPage?: string } = {}): Promise<ProgressView> {
  assertStaff(actor);
  const patient = isUuid(patientId)
    ? await db.patient.findFirst({
        where: { id: patientId, clinicId: actor.clinicId },
        select: { id: true, givenName: true, familyName: true, clinic: { select: { timeZone: true } } },
      })
    : null;
  await audit(actor, {
    action: "progress.read",
    outcome: patient ? "SUCCESS" : "NOT_FOUND",
    entityType: "Patient",
    entityId: patientId.slice(0, 64),
    patientId: patient?.id,
  });
  if (!patient) throw new AppError("NOT_FOUND", "We could not find that patient.");
  const timeZone = patient.clinic.timeZone;
  const data = await loadProgressData(actor.clinicId, [patient.id], now);
  const plan = data.plans.get(patient.id);
  // The charts show the whole plan, not only the rules' recent window.
  const logs = plan ? (await db.dailyLog.findMany({ where: { planId: plan.id, clinicId: actor.clinicId }, orderBy: { logDate: "asc" } })).map(toDailyLog) : [];
  const measurementVisits = data.visits.get(patient.id) ?? [];
  const snapshot = plan ? (plan.content as PlanSnapshot) : null;
  const weeks = plan ? weeklyAdherence(adherenceInput(plan, logs, timeZone, now, measurementVisits)) : [];
  const stage = snapshot && plan ? snapshot.plan.stages[plan.currentStageIndex] : undefined;
  const muscle =
    snapshot?.plan.muscle ??
    (await db.injuryEpisode.findFirst({ where: { patientId: patient.id, clinicId: actor.clinicId }, orderBy: { createdAt: "desc" }, select: { muscle: true } }))
      ?.muscle;
  const chart = muscle ? (findKindOfMuscle(muscle)?.charts.strength ?? null) : null;
  return {
    patient: { id: patient.id, name: fullName(patient) },
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
    alerts: await alertsFor(actor.clinicId, patient.id, true),
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

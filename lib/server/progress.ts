import "server-only";
import type { CheckInput, Measurements } from "@/lib/domain/clinical/types";
import type { PlanSnapshot } from "@/lib/domain/plan-edits";
import {
  adherenceSeries,
  chartedPain,
  evaluateAlerts,
  functionSeries,
  gateStatusFromLatest,
  localDate,
  painSeries,
  strengthSeries,
  weeklyAdherence,
  type AdherenceInput,
  type ChartedSeries,
  type DailyLog,
  type MeasurementVisit,
  type PainPoint,
} from "@/lib/domain/progress";
import { addDays } from "@/lib/domain/clinical";
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
import { stageHistoryOf, stageMoveEvents } from "@/lib/server/plan-timeline";

/** How much history the dashboard and alerts look at. */
const LOOKBACK_DAYS = 42;

type PlanRow = {
  id: string;
  patientId: string;
  startDate: Date;
  currentStageIndex: number;
  stageStartedOn: Date;
  content: unknown;
  events: { kind: string; detail: unknown; createdAt: Date }[];
};

const planSelect = {
  id: true,
  patientId: true,
  startDate: true,
  currentStageIndex: true,
  stageStartedOn: true,
  content: true,
  events: stageMoveEvents,
};

function toDailyLog(r: {
  logDate: Date;
  setsDone: unknown;
  painDuring: number | null;
  painNextMorning: number | null;
  note: string | null;
  newSwelling?: boolean | null;
  updatedAt: Date;
}): DailyLog {
  return {
    date: isoDate(r.logDate),
    setsDone: (r.setsDone ?? {}) as Record<string, number>,
    painDuring: r.painDuring,
    painNextMorning: r.painNextMorning,
    note: r.note,
    newSwelling: r.newSwelling ?? null,
    createdAt: r.updatedAt.toISOString(),
  };
}

function toVisit(r: { measuredOn: Date; values: unknown; checks: unknown }): MeasurementVisit {
  return { measuredOn: isoDate(r.measuredOn), values: r.values as Measurements, checks: r.checks as CheckInput };
}

function adherenceInput(plan: PlanRow, logs: DailyLog[], timeZone: string, now: Date, visits: readonly MeasurementVisit[]): AdherenceInput {
  const snapshot = plan.content as PlanSnapshot;
  return {
    plan: snapshot.plan,
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
async function storeAlerts(tx: Tx, clinicId: string, items: { patientId: string; planId: string; alerts: ReturnType<typeof evaluateAlerts> }[]): Promise<void> {
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

/** Runs the progress rules over loaded data and stores the alerts that are new. */
async function storeRuleAlerts(clinicId: string, data: ProgressData): Promise<void> {
  const items = [...data.plans.values()].map((plan) => ({
    patientId: plan.patientId,
    planId: plan.id,
    alerts: evaluateAlerts({
      ...adherenceInput(plan, data.logs.get(plan.id) ?? [], data.timeZone, data.now, data.visits.get(plan.patientId) ?? []),
      measurements: data.visits.get(plan.patientId) ?? [],
    }),
  }));
  await storeAlerts(db, clinicId, items);
}

/**
 * Runs the progress rules for the given patients' active plans and stores new alerts. Batched:
 * a fixed number of queries whatever the number of patients.
 */
export async function refreshAlerts(clinicId: string, patientIds: string | string[], now = new Date()): Promise<void> {
  const ids = Array.isArray(patientIds) ? patientIds : [patientIds];
  if (!ids.length) return;
  await storeRuleAlerts(clinicId, await loadProgressData(clinicId, ids, now));
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
  const ackers = await db.user.findMany({
    where: { id: { in: rows.map((r) => r.acknowledgedById).filter((x): x is string => !!x) } },
    select: { id: true, name: true },
  });
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

/** Open alerts of one patient (refreshed first). The caller has already read the patient. */
export async function listOpenAlerts(actor: Actor, patientId: string): Promise<AlertView[]> {
  assertStaff(actor);
  if (!isUuid(patientId)) return [];
  await refreshAlerts(actor.clinicId, patientId);
  return alertsFor(actor.clinicId, patientId, false);
}

export async function acknowledgeAlert(actor: Actor, alertId: string): Promise<void> {
  assertStaff(actor);
  await auditRefusals(actor, { action: "alert.acknowledge", entityType: "Alert", entityId: alertId }, () =>
    db.$transaction(async (tx) => {
      const alert = isUuid(alertId)
        ? await tx.alert.findFirst({
            where: { id: alertId, clinicId: actor.clinicId },
            select: { id: true, patientId: true, acknowledgedAt: true, kind: true },
          })
        : null;
      if (!alert) throw new AppError("NOT_FOUND", "We could not find that alert.");
      if (!alert.acknowledgedAt) {
        await tx.alert.update({ where: { id: alert.id }, data: { acknowledgedAt: new Date(), acknowledgedById: actor.userId } });
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
  await storeRuleAlerts(actor.clinicId, data);
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

export type DashboardSort = "name" | "stage" | "activity" | "adherence" | "alerts";

export interface DashboardRow {
  patientId: string;
  name: string;
  familyName: string;
  planId: string | null;
  stage: string | null;
  stageNumber: number | null;
  lastActivity: string | null;
  adherence: number | null;
  openAlerts: number;
  topAlert: string | null;
}

/**
 * The therapist's patients (or the whole clinic's, for cover) with stage, last activity,
 * this week's adherence and open alerts. Alerts are refreshed for all of them first.
 */
export async function getDashboard(actor: Actor, opts: { sort?: DashboardSort; scope?: "mine" | "clinic"; now?: Date } = {}): Promise<DashboardRow[]> {
  assertStaff(actor);
  const now = opts.now ?? new Date();
  const scope = opts.scope === "clinic" ? "clinic" : "mine";
  const patients = await db.patient.findMany({
    where: { clinicId: actor.clinicId, ...(scope === "mine" ? { therapistId: actor.userId } : {}) },
    select: { id: true, givenName: true, familyName: true },
    take: 500,
  });
  const ids = patients.map((p) => p.id);
  // One load serves both the alert rules and the rows.
  const data = await loadProgressData(actor.clinicId, ids, now);
  await storeRuleAlerts(actor.clinicId, data);
  const alerts = await db.alert.findMany({
    where: { clinicId: actor.clinicId, patientId: { in: ids }, acknowledgedAt: null },
    orderBy: { alertDate: "desc" },
    select: { patientId: true, title: true, severity: true },
  });
  const rows: DashboardRow[] = patients.map((p) => {
    const plan = data.plans.get(p.id);
    const planLogs = plan ? (data.logs.get(plan.id) ?? []) : [];
    const snapshot = plan ? (plan.content as PlanSnapshot) : null;
    const week = plan ? weeklyAdherence(adherenceInput(plan, planLogs, data.timeZone, now, data.visits.get(p.id) ?? [])).at(-1) : undefined;
    const lastLog = planLogs.at(-1)?.date ?? null;
    const lastVisit = data.visits.get(p.id)?.at(-1)?.measuredOn ?? null;
    const lastActivity =
      [lastLog, lastVisit]
        .filter((d): d is string => !!d)
        .sort()
        .at(-1) ?? null;
    const open = alerts.filter((a) => a.patientId === p.id);
    return {
      patientId: p.id,
      name: fullName(p),
      familyName: p.familyName,
      planId: plan?.id ?? null,
      stage: snapshot && plan ? (snapshot.plan.stages[plan.currentStageIndex]?.name ?? null) : null,
      stageNumber: plan ? plan.currentStageIndex + 1 : null,
      lastActivity,
      adherence: week?.percent ?? null,
      openAlerts: open.length,
      topAlert: (open.find((a) => a.severity === "warning") ?? open[0])?.title ?? null,
    };
  });
  await audit(actor, { action: "dashboard.read", outcome: "SUCCESS", entityType: "Patient", detail: { scope, patients: rows.length } });
  const sort = opts.sort ?? "alerts";
  const nullsLast = (a: number | string | null, b: number | string | null, dir: 1 | -1) =>
    a === null && b === null ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -dir : a > b ? dir : 0;
  const byName = (a: DashboardRow, b: DashboardRow) => a.familyName.localeCompare(b.familyName) || a.name.localeCompare(b.name);
  const compare: Record<DashboardSort, (a: DashboardRow, b: DashboardRow) => number> = {
    name: byName,
    stage: (a, b) => nullsLast(a.stageNumber, b.stageNumber, 1) || byName(a, b),
    activity: (a, b) => nullsLast(a.lastActivity, b.lastActivity, -1) || byName(a, b),
    adherence: (a, b) => nullsLast(a.adherence, b.adherence, 1) || byName(a, b),
    alerts: (a, b) => b.openAlerts - a.openAlerts || byName(a, b),
  };
  return rows.sort(compare[sort]);
}

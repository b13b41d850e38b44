import "server-only";
import { activeStage, addDays, currentPhase, type PlanStage } from "@/lib/domain/clinical";
import type { PlanSnapshot } from "@/lib/domain/plan-edits";
import { evaluateAlerts, gateStatusFromLatest, localDate, logsSince, startOfWeek, weeklyAdherence, type AlertKind } from "@/lib/domain/progress";
import { foldForSearch, fullName } from "@/lib/domain/text";
import { isoDate } from "@/lib/format";
import { db as appDb, type Db, type Tx } from "@/lib/server/db";
import { logUnexpected } from "@/lib/server/log";
import { adherenceInput, LOOKBACK_DAYS, planSelect, storeAlerts, toDailyLog, toVisit } from "@/lib/server/progress";

/** First key of the advisory locks that serialize one plan's summary (the second is the plan's hash). */
const SUMMARY_LOCK = 27_013;

/** The summary's open-alert column of each alert kind. */
const KIND_COLUMN: Record<AlertKind, "openHighPain" | "openNewSwelling" | "openPainRise" | "openInactive" | "openReady"> = {
  HIGH_PAIN: "openHighPain",
  NEW_SWELLING: "openNewSwelling",
  PAIN_RISE: "openPainRise",
  INACTIVE: "openInactive",
  READY_TO_PROGRESS: "openReady",
};

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** The worklist's stage text: the stage's name, with each track's phase when it has tracks. */
export function stageLabelOf(stage: PlanStage): string {
  if (!stage.tracks?.length) return stage.name;
  const tracks = stage.tracks.map((t) => `${t.name} ${currentPhase(t).index + 1}/${t.phases.length}`);
  return `${stage.name} (${tracks.join(", ")})`;
}

/**
 * Brings one plan's worklist row (plan_summary) up to date as of `now`, inside the caller's
 * transaction: runs the progress rules (lib/domain/progress) on the plan's recent logs and the
 * patient's visits, stores the alerts that are new, then writes the row from the same figures the
 * progress page shows (this week's weeklyAdherence, gateStatusFromLatest, the open alerts). A plan
 * that is gone or no longer active loses its row. Every write that changes an input calls this
 * in its own transaction (decision 027), so no read has to.
 */
export async function syncPlanSummary(tx: Tx, planId: string, now: Date = new Date()): Promise<void> {
  // Two writes of the same plan compute their rows one after the other, each from committed data.
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SUMMARY_LOCK}::int, hashtext(${planId}))`;
  const plan = await tx.rehabPlan.findUnique({
    where: { id: planId },
    select: {
      ...planSelect,
      clinicId: true,
      status: true,
      clinic: { select: { timeZone: true } },
      patient: { select: { givenName: true, familyName: true, searchName: true, therapistId: true } },
    },
  });
  if (!plan || plan.status !== "ACTIVE") {
    await tx.planSummary.deleteMany({ where: { planId } });
    return;
  }
  const timeZone = plan.clinic.timeZone;
  const today = localDate(now, timeZone);
  // One after the other: a transaction's queries share its one connection.
  const logRows = await tx.dailyLog.findMany({ where: { planId, logDate: { gte: day(addDays(today, -LOOKBACK_DAYS)) } }, orderBy: { logDate: "asc" } });
  const lastLog = await tx.dailyLog.findFirst({ where: { planId }, orderBy: { logDate: "desc" }, select: { logDate: true } });
  const visitRows = await tx.measurement.findMany({
    where: { clinicId: plan.clinicId, patientId: plan.patientId },
    orderBy: [{ measuredOn: "asc" }, { createdAt: "asc" }],
    select: { measuredOn: true, values: true, checks: true },
  });
  const logs = logRows.map(toDailyLog);
  const visits = visitRows.map(toVisit);
  const input = adherenceInput(plan, logs, timeZone, now, visits);
  await storeAlerts(tx, plan.clinicId, [{ patientId: plan.patientId, planId, alerts: evaluateAlerts({ ...input, measurements: visits }) }]);

  const open = await tx.alert.findMany({
    where: { clinicId: plan.clinicId, planId, acknowledgedAt: null },
    orderBy: [{ alertDate: "desc" }, { createdAt: "desc" }],
    select: { kind: true, severity: true, title: true },
  });
  const byKind = { openHighPain: 0, openNewSwelling: 0, openPainRise: 0, openInactive: 0, openReady: 0 };
  for (const a of open) {
    const column = KIND_COLUMN[a.kind as AlertKind];
    if (column) byKind[column]++;
  }
  const snapshot = (plan.content as unknown as PlanSnapshot).plan;
  const stored = snapshot.stages[plan.currentStageIndex];
  const stage = stored ? activeStage(stored) : undefined;
  const gates = stage ? gateStatusFromLatest(stage, visits, { asOf: today, logs: logsSince(logs, isoDate(plan.stageStartedOn)) }) : null;
  // This week only: the same function and figures as the progress page's last week.
  const week = stage ? weeklyAdherence(input, { from: startOfWeek(today) }).at(-1) : undefined;
  const lastVisit = visits.at(-1)?.measuredOn ?? null;
  const lastLogDate = lastLog ? isoDate(lastLog.logDate) : null;
  const lastActivity =
    [lastLogDate, lastVisit]
      .filter((d): d is string => !!d)
      .sort()
      .at(-1) ?? null;
  const { patient } = plan;
  const row = {
    clinicId: plan.clinicId,
    patientId: plan.patientId,
    therapistId: patient.therapistId,
    patientName: fullName(patient),
    sortName: foldForSearch(`${patient.familyName} ${patient.givenName}`),
    searchName: patient.searchName,
    stageIndex: plan.currentStageIndex,
    stageKey: stage?.key ?? "",
    // A stage with tracks says where each track is: "Back to training (Exercises 2/4, Running 3/4)".
    stageLabel: stored ? stageLabelOf(stored) : "",
    stageNumber: plan.currentStageIndex + 1,
    stageCount: snapshot.stages.length,
    lastActivity: lastActivity ? day(lastActivity) : null,
    weekAdherence: week?.percent ?? null,
    openWarning: open.filter((a) => a.severity === "warning").length,
    openInfo: open.filter((a) => a.severity !== "warning").length,
    ...byKind,
    topAlert: (open.find((a) => a.severity === "warning") ?? open[0])?.title ?? null,
    gatesMet: gates?.metCount ?? 0,
    gatesTotal: gates?.total ?? 0,
    gatesAllMet: gates ? gates.total > 0 && gates.allMet : false,
    asOf: day(today),
  };
  await tx.planSummary.upsert({ where: { planId }, create: { planId, ...row }, update: row });
}

/** Syncs every active plan of a patient (a visit or a rename changes them all). */
export async function syncPatientSummaries(tx: Tx, clinicId: string, patientId: string, now: Date = new Date()): Promise<void> {
  const plans = await tx.rehabPlan.findMany({ where: { clinicId, patientId, status: "ACTIVE" }, select: { id: true } });
  for (const p of plans) await syncPlanSummary(tx, p.id, now);
}

/**
 * The scheduled refresh for the time-based rules (inactivity, the adherence week, the pain
 * window): recomputes the rows of active plans that have none yet or were computed before today
 * in their clinic's zone, at most `limit` of them, each in its own short transaction; removes rows
 * of plans that are no longer active. Safe with several app instances: a plan another instance
 * is syncing is skipped (advisory try-lock) and every write is an idempotent upsert.
 */
export async function refreshPlanSummaries(
  opts: { now?: Date; limit?: number; clinicId?: string; client?: Db } = {},
): Promise<{ refreshed: number; failed: number }> {
  const db = opts.client ?? appDb;
  const now = opts.now ?? new Date();
  const limit = Math.max(1, Math.floor(opts.limit ?? 200));
  await db.$executeRaw`DELETE FROM "plan_summary" s USING "rehab_plan" rp WHERE rp."id" = s."plan_id" AND rp."status" <> 'ACTIVE'`;
  const due = await db.$queryRaw<{ id: string }[]>`
    SELECT rp."id"::text AS "id"
      FROM "rehab_plan" rp
      JOIN "clinic" c ON c."id" = rp."clinic_id"
      LEFT JOIN "plan_summary" s ON s."plan_id" = rp."id"
     WHERE rp."status" = 'ACTIVE'
       AND (${opts.clinicId ?? null}::uuid IS NULL OR rp."clinic_id" = ${opts.clinicId ?? null}::uuid)
       AND (s."plan_id" IS NULL OR s."as_of" IS NULL OR s."as_of" < (${now}::timestamptz AT TIME ZONE c."time_zone")::date)
     ORDER BY s."as_of" ASC NULLS FIRST, rp."id"
     LIMIT ${limit}`;
  let refreshed = 0;
  let failed = 0;
  for (const { id } of due) {
    try {
      const done = await db.$transaction(async (tx) => {
        const [lock] = await tx.$queryRaw<{ locked: boolean }[]>`SELECT pg_try_advisory_xact_lock(${SUMMARY_LOCK}::int, hashtext(${id})) AS "locked"`;
        if (!lock?.locked) return false;
        await syncPlanSummary(tx, id, now);
        return true;
      });
      if (done) refreshed++;
    } catch (err) {
      failed++;
      logUnexpected("plan summary refresh", err);
    }
  }
  return { refreshed, failed };
}

/** How often the server refreshes due summaries (RESTRIDE_SUMMARY_REFRESH_MS, default a minute). */
export const REFRESH_INTERVAL_MS = 60_000;

/**
 * Starts the periodic refresh once per process (instrumentation.ts, Node runtime only). The timer
 * is unref'd, so it never keeps a stopping server alive, and a run never overlaps the previous one.
 */
export function startSummaryRefresh(intervalMs = Number(process.env.RESTRIDE_SUMMARY_REFRESH_MS) || REFRESH_INTERVAL_MS): () => void {
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      // Whole batches until nothing is due, so a backfill after an upgrade does not take hours.
      for (let i = 0; i < 50; i++) {
        const { refreshed } = await refreshPlanSummaries({});
        if (refreshed === 0) break;
      }
    } catch (err) {
      logUnexpected("plan summary refresh", err);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(() => void tick(), 1_000);
  first.unref();
  const timer = setInterval(() => void tick(), intervalMs);
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}

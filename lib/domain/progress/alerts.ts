/**
 * Alert rules for the clinician's dashboard. Alerts only inform: none of them changes the plan.
 *
 * Days are calendar days in the clinic's time zone; "today" is localDate(now, timeZone). Logs
 * dated after today are ignored everywhere; so are visits measured after today.
 *
 * - PAIN_RISE (warning), one per day: a next-morning rating at least `painRisePoints` (2) above
 *   the average next-morning rating of the `baselineDays` (7) calendar days before that log's
 *   day. Needs at least one rating in those 7 days. The comparison tolerates floating-point
 *   noise (a rise of exactly 2.0 counts; 1.9 does not).
 * - HIGH_PAIN (warning), one per day: any rating (during or next morning) >= `highPain` (7).
 * - NEW_SWELLING (warning), one per day: the patient answered yes to "Any new swelling, redness
 *   or warmth in the leg?" (possible blood clot or infection). Same window as the pain rules.
 * - The pain and swelling rules only look at logs dated within the last `painWindowDays` (28) days, today
 *   included, so old history does not keep producing alerts. Older logs still serve as the
 *   baseline of a PAIN_RISE inside the window.
 * - INACTIVE (warning): `inactiveDays` (7) or more calendar days from the last log (or from the
 *   plan start when there is no log since it started) to today. The key names that last-activity day, so it
 *   stays one alert until the patient logs again; its date is the first day it applied. A plan
 *   that starts in the future, or started less than 7 days ago without logs, is not inactive.
 * - READY_TO_PROGRESS (info): every gate of the current stage met on the latest measures
 *   (latestMeasurements of the visits, then deriveMeasures and evaluateGates). Never on the
 *   last stage, and never for a stage with no gates (nothing to judge readiness by). Its date
 *   is the latest visit's date.
 *
 * Order: newest date first; on the same date HIGH_PAIN, NEW_SWELLING, PAIN_RISE, INACTIVE, READY_TO_PROGRESS.
 */
import { addDays, daysBetween, parseIsoDate } from "../clinical/dates";
import { gateStatusFromLatest, logsSince } from "./gate-status";
import { normalizeLogs, type CleanLog } from "./logs";
import { assertTimeZone, formatShortDate, localDate } from "./time";
import type { Alert, AlertInput, AlertKind, AlertOptions, ProgressStage } from "./types";

export const ALERT_DEFAULTS: Required<AlertOptions> = {
  painWindowDays: 28,
  baselineDays: 7,
  painRisePoints: 2,
  highPain: 7,
  inactiveDays: 7,
};

const EPSILON = 1e-9;
const NO_AUTO_CHANGE = "The plan does not change by itself.";
const KIND_ORDER: Record<AlertKind, number> = { HIGH_PAIN: 0, NEW_SWELLING: 1, PAIN_RISE: 2, INACTIVE: 3, READY_TO_PROGRESS: 4 };

function num(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function noteSuffix(log: CleanLog): string {
  if (!log.note) return "";
  const text = log.note.replace(/\s+/g, " ");
  return ` Patient note: "${text.length > 140 ? `${text.slice(0, 139)}…` : text}"`;
}

function painRiseAlerts(logs: readonly CleanLog[], windowStart: string, today: string, o: Required<AlertOptions>): Alert[] {
  const morningByDate = new Map<string, number>();
  for (const log of logs) if (log.painNextMorning !== null) morningByDate.set(log.date, log.painNextMorning);

  const alerts: Alert[] = [];
  for (const log of logs) {
    if (log.date < windowStart || log.date > today || log.painNextMorning === null) continue;
    const baseline: number[] = [];
    for (let back = 1; back <= o.baselineDays; back++) {
      const rating = morningByDate.get(addDays(log.date, -back));
      if (rating !== undefined) baseline.push(rating);
    }
    if (baseline.length === 0) continue;
    const average = baseline.reduce((sum, r) => sum + r, 0) / baseline.length;
    const rise = log.painNextMorning - average;
    if (rise + EPSILON < o.painRisePoints) continue;
    const when = formatShortDate(log.date, today);
    alerts.push({
      kind: "PAIN_RISE",
      key: `PAIN_RISE:${log.date}`,
      severity: "warning",
      title: `Next-morning pain up ${num(Math.round(rise * 10) / 10)} points`,
      message:
        `Next-morning pain ${num(log.painNextMorning)}/10 on ${when} is ${num(Math.round(rise * 10) / 10)} points above ` +
        `the average of the previous ${o.baselineDays} days (${num(Math.round(average * 10) / 10)}, from ${plural(baseline.length, "rating")}). ` +
        `Consider holding or stepping back; ${NO_AUTO_CHANGE.toLowerCase()}${noteSuffix(log)}`,
      date: log.date,
    });
  }
  return alerts;
}

function highPainAlerts(logs: readonly CleanLog[], windowStart: string, today: string, o: Required<AlertOptions>): Alert[] {
  const alerts: Alert[] = [];
  for (const log of logs) {
    if (log.date < windowStart || log.date > today) continue;
    const high: string[] = [];
    if (log.painDuring !== null && log.painDuring >= o.highPain) high.push(`${num(log.painDuring)}/10 during exercise`);
    if (log.painNextMorning !== null && log.painNextMorning >= o.highPain) high.push(`${num(log.painNextMorning)}/10 the next morning`);
    if (high.length === 0) continue;
    const worst = Math.max(log.painDuring ?? 0, log.painNextMorning ?? 0);
    alerts.push({
      kind: "HIGH_PAIN",
      key: `HIGH_PAIN:${log.date}`,
      severity: "warning",
      title: `High pain reported (${num(worst)}/10)`,
      message:
        `The patient logged pain of ${high.join(" and ")} on ${formatShortDate(log.date, today)}. ` +
        `Pain of ${o.highPain}/10 or more is above what the programme should cause: consider holding or stepping back, ` +
        `and contact the patient to rule out a new injury or red flags. ${NO_AUTO_CHANGE}${noteSuffix(log)}`,
      date: log.date,
    });
  }
  return alerts;
}

function newSwellingAlerts(logs: readonly CleanLog[], windowStart: string, today: string): Alert[] {
  return logs
    .filter((log) => log.newSwelling && log.date >= windowStart && log.date <= today)
    .map((log) => ({
      kind: "NEW_SWELLING",
      key: `NEW_SWELLING:${log.date}`,
      severity: "warning",
      title: "New swelling, redness or warmth reported",
      message:
        `The patient reported new swelling, redness or warmth in the leg on ${formatShortDate(log.date, today)}. ` +
        `The portal told them to stop the exercises and call the clinic today. Contact the patient today to rule out ` +
        `a blood clot (DVT) or an infection. ${NO_AUTO_CHANGE}${noteSuffix(log)}`,
      date: log.date,
    }));
}

function inactiveAlert(logs: readonly CleanLog[], planStart: string, today: string, o: Required<AlertOptions>): Alert | null {
  // Logs are sorted oldest first and contain nothing after today. A log from before the plan
  // started (an earlier plan) does not count: the plan start is the later activity.
  const lastLog = logs.length > 0 ? logs[logs.length - 1]!.date : null;
  const fromLog = lastLog !== null && lastLog >= planStart;
  const since = fromLog ? lastLog : planStart;
  if (since > today) return null;
  const days = daysBetween(since, today);
  if (days < o.inactiveDays) return null;
  const message = fromLog
    ? `No patient log for ${days} days (last log ${formatShortDate(since, today)}).`
    : `No patient log since the plan started on ${formatShortDate(planStart, today)} (${days} days ago).`;
  return {
    kind: "INACTIVE",
    key: `INACTIVE:since:${since}`,
    severity: "warning",
    title: `No patient log for ${days} days`,
    message: `${message} Check in with the patient about the programme and any symptoms. ${NO_AUTO_CHANGE}`,
    date: addDays(since, o.inactiveDays),
  };
}

function stageLabel(stage: ProgressStage, index: number): string {
  return stage.name ? `stage ${index + 1} (${stage.name})` : `stage ${index + 1}`;
}

function readyAlert(input: AlertInput, stageIndex: number, today: string, logs: readonly CleanLog[]): Alert | null {
  const stages = input.plan.stages;
  if (stageIndex >= stages.length - 1) return null;
  const stage = stages[stageIndex]!;
  const status = gateStatusFromLatest(stage, input.measurements ?? [], { asOf: today, logs: logsSince(logs, input.stageStartedOn) });
  if (status.total === 0 || !status.allMet || status.latestMeasuredOn === null) return null;
  const next = stages[stageIndex + 1]!;
  return {
    kind: "READY_TO_PROGRESS",
    key: `READY:stage:${stageIndex}`,
    severity: "info",
    title: `Ready to progress to ${stageLabel(next, stageIndex + 1)}`,
    message:
      `All ${status.total} gates of ${stageLabel(stage, stageIndex)} are met on the latest measures ` +
      `(${formatShortDate(status.latestMeasuredOn, today)}). Review the patient and move them to ` +
      `${stageLabel(next, stageIndex + 1)} when you agree. ${NO_AUTO_CHANGE}`,
    date: status.latestMeasuredOn,
  };
}

function checkCount(name: string, value: number, min: number): void {
  if (!Number.isFinite(value) || value < min) throw new RangeError(`${name} must be a number >= ${min}, got ${value}`);
}

/**
 * All alerts for one patient's plan as of `now` in the clinic's zone (rules at the top of this
 * file). Throws RangeError for an unknown zone, a stage index outside the plan or a bad option;
 * ClinicalError for an invalid plan start or `now`. Bad logs and visits are skipped.
 */
export function evaluateAlerts(input: AlertInput, options: AlertOptions = {}): Alert[] {
  const o: Required<AlertOptions> = { ...ALERT_DEFAULTS, ...options };
  checkCount("painWindowDays", o.painWindowDays, 1);
  checkCount("baselineDays", o.baselineDays, 1);
  checkCount("inactiveDays", o.inactiveDays, 1);
  checkCount("painRisePoints", o.painRisePoints, 0);
  checkCount("highPain", o.highPain, 0);
  if (!Number.isInteger(o.painWindowDays) || !Number.isInteger(o.baselineDays) || !Number.isInteger(o.inactiveDays)) {
    throw new RangeError("painWindowDays, baselineDays and inactiveDays must be whole numbers");
  }
  assertTimeZone(input.timeZone);
  parseIsoDate(input.plan.startDate);
  const today = localDate(input.now, input.timeZone);
  const stageIndex = input.currentStageIndex ?? input.plan.currentStageIndex ?? 0;
  if (!Number.isInteger(stageIndex) || stageIndex < 0 || stageIndex >= input.plan.stages.length) {
    throw new RangeError(`currentStageIndex ${stageIndex} is not a stage of this plan (0-${input.plan.stages.length - 1})`);
  }

  const logs = normalizeLogs(input.logs, input.timeZone).filter((log) => log.date <= today);
  const windowStart = addDays(today, -(o.painWindowDays - 1));

  const alerts: Alert[] = [
    ...highPainAlerts(logs, windowStart, today, o),
    ...newSwellingAlerts(logs, windowStart, today),
    ...painRiseAlerts(logs, windowStart, today, o),
  ];
  const inactive = inactiveAlert(logs, input.plan.startDate, today, o);
  if (inactive) alerts.push(inactive);
  const ready = readyAlert(input, stageIndex, today, logs);
  if (ready) alerts.push(ready);

  return alerts.sort((a, b) => (a.date !== b.date ? (a.date < b.date ? 1 : -1) : KIND_ORDER[a.kind] - KIND_ORDER[b.kind]));
}

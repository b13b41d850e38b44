/**
 * Adherence: prescribed sets versus sets done, by week.
 *
 * Prescribed sets for a day come from `prescribedOn()` (./prescription.ts), for the stage that
 * applied that day: the one definition the portal's aim and the handout's tick sheet also use.
 *   - "DAY" doses:  sets x times every day (2 sets 3 times a day = 6 sets that day);
 *   - "WEEK" doses: whole sessions on fixed weekdays (3 times a week: Monday, Wednesday,
 *     Friday), so a full week prescribes exactly sets x times and a partial week (the plan's
 *     first week, the current week up to today) the sessions whose days it contains.
 *
 * Done sets are capped so extra sets never hide missed ones:
 *   - "DAY" doses: capped per exercise per day at that day's prescription;
 *   - "WEEK" doses: capped per exercise per week at the sum of the week's counted days. Sets done
 *     on any day of that week count: a Monday session done on Tuesday is not lost.
 *   Sets logged for an exercise that is not in that day's stage count for nothing. When an
 *   exercise has both a daily and a weekly dose the same day, the daily dose is filled first
 *   and the rest goes to the weekly pool.
 *
 * Days counted: from the plan start (or `from`, whichever is later) up to today in the clinic's
 * time zone (or `to`, whichever is earlier). Logs outside those days (before the plan start, in
 * the future) are ignored. percent = round(100 x done / prescribed), null when nothing was
 * prescribed.
 *
 * A complete rupture waiting for the specialist (input.specialistHold) is prescribed only its
 * circulation exercises on the days before the clearance was recorded, as the portal shows.
 */
import { addDays, compareIsoDates, isIsoDate, parseIsoDate } from "../clinical/dates";
import { normalizeLogs, type CleanLog } from "./logs";
import { prescribedOn } from "./prescription";
import { assertTimeZone, localDate, startOfWeek } from "./time";
import type { AdherenceInput, AdherenceOptions, AdherencePoint, ProgressPlan, ProgressStage, SpecialistHold, StageHistoryEntry, WeekAdherence } from "./types";

/** Per exercise key: sets due on one day by "DAY" doses and by "WEEK" doses. */
export interface DayPrescription {
  daily: number;
  weekly: number;
  /** The exercise has a "WEEK" dose in this stage (sets done on its rest days still count). */
  weeklyDose: boolean;
}

/** The prescription of one stage on one date, by exercise key (from `prescribedOn`). */
export function dayPrescription(stage: Pick<ProgressStage, "exercises">, date: string): Map<string, DayPrescription> {
  const result = new Map<string, DayPrescription>();
  for (const p of prescribedOn(stage, date)) {
    const entry = result.get(p.exerciseKey) ?? { daily: 0, weekly: 0, weeklyDose: false };
    if (p.per === "DAY") entry.daily += p.sets;
    else {
      entry.weekly += p.sets;
      entry.weeklyDose = true;
    }
    result.set(p.exerciseKey, entry);
  }
  return result;
}

/** Resolves the stage that applied on a date: history plus the current stage's start. */
export function stageResolver(
  plan: ProgressPlan,
  currentStageIndex: number,
  stageStartedOn?: string | null,
  stageHistory?: readonly StageHistoryEntry[] | null,
): (date: string) => number {
  const count = plan.stages.length;
  const validIndex = (i: number) => Number.isInteger(i) && i >= 0 && i < count;
  if (!validIndex(currentStageIndex)) {
    throw new RangeError(`currentStageIndex ${currentStageIndex} is not a stage of this plan (0-${count - 1})`);
  }
  const timeline: StageHistoryEntry[] = (stageHistory ?? []).filter((e) => validIndex(e.stageIndex) && isIsoDate(e.startedOn));
  if (stageStartedOn && isIsoDate(stageStartedOn)) timeline.push({ stageIndex: currentStageIndex, startedOn: stageStartedOn });
  if (timeline.length === 0) return () => currentStageIndex;
  // Stable sort: for two entries on the same day, the later one in the list wins.
  timeline.sort((a, b) => compareIsoDates(a.startedOn, b.startedOn));
  return (date: string) => {
    let index = timeline[0]!.stageIndex; // before the first recorded change: the earliest stage known
    for (const entry of timeline) {
      if (entry.startedOn <= date) index = entry.stageIndex;
      else break;
    }
    return index;
  };
}

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

/**
 * The stage as prescribed on `date`: a stage holding the specialist decision prescribes only the
 * hold's exercises until the day the clearance was recorded (SpecialistHold), as the portal showed.
 */
function stageOnDate(stage: ProgressStage, date: string, hold: SpecialistHold | null | undefined): Pick<ProgressStage, "exercises"> {
  if (!hold || stage.requiresSpecialistReview !== true || (hold.clearedOn !== null && date >= hold.clearedOn)) return stage;
  return { exercises: stage.exercises.filter((e) => hold.exerciseKeys.includes(e.exerciseKey)) };
}

function weekOf(
  weekStart: string,
  firstDay: string,
  lastDay: string,
  stageOn: (date: string) => number,
  stages: readonly ProgressStage[],
  logsByDate: Map<string, CleanLog>,
  hold: SpecialistHold | null | undefined,
): WeekAdherence {
  const weekEnd = addDays(weekStart, 6);
  let prescribed = 0;
  let done = 0;
  let daysCounted = 0;
  let daysLogged = 0;
  const weeklyPrescribed = new Map<string, number>();
  const weeklyDone = new Map<string, number>();

  for (let i = 0; i < 7; i++) {
    const day = addDays(weekStart, i);
    if (day < firstDay || day > lastDay) continue;
    daysCounted++;
    const prescription = dayPrescription(stageOnDate(stages[stageOn(day)]!, day, hold), day);
    const log = logsByDate.get(day);
    if (log) daysLogged++;
    for (const [key, p] of prescription) {
      const sets = log?.setsDone[key] ?? 0;
      prescribed += p.daily;
      const dailyCredit = Math.min(sets, p.daily);
      done += dailyCredit;
      if (p.weeklyDose) {
        weeklyPrescribed.set(key, (weeklyPrescribed.get(key) ?? 0) + p.weekly);
        weeklyDone.set(key, (weeklyDone.get(key) ?? 0) + (sets - dailyCredit));
      }
    }
  }
  for (const [key, due] of weeklyPrescribed) {
    prescribed += due;
    done += Math.min(weeklyDone.get(key) ?? 0, due);
  }

  const percent = prescribed > 1e-9 ? Math.min(100, Math.max(0, Math.round((100 * done) / prescribed))) : null;
  return { weekStart, weekEnd, daysCounted, prescribedSets: round1(prescribed), doneSets: round1(done), percent, daysLogged };
}

/**
 * Adherence for every week from the plan start (or options.from) up to the week of today in the
 * clinic's zone (or options.to, never later than today). See the rules at the top of this file.
 * Throws RangeError for an unknown zone or a stage index outside the plan, ClinicalError for an
 * invalid plan start or `now`.
 */
export function weeklyAdherence(input: AdherenceInput, options: AdherenceOptions = {}): WeekAdherence[] {
  const { plan, timeZone } = input;
  assertTimeZone(timeZone);
  parseIsoDate(plan.startDate);
  const weekStartsOn = options.weekStartsOn ?? 1;
  const today = localDate(input.now, timeZone);
  if (plan.stages.length === 0) return [];
  const stageOn = stageResolver(plan, input.currentStageIndex ?? plan.currentStageIndex ?? 0, input.stageStartedOn, input.stageHistory);

  const from = options.from !== undefined ? (parseIsoDate(options.from), options.from) : plan.startDate;
  const to = options.to !== undefined ? (parseIsoDate(options.to), options.to < today ? options.to : today) : today;
  // Days before the plan start have nothing prescribed: they are never counted.
  const firstDay = from > plan.startDate ? from : plan.startDate;
  const lastDay = to;
  if (firstDay > lastDay) return [];

  const logsByDate = new Map<string, CleanLog>();
  for (const log of normalizeLogs(input.logs, timeZone)) {
    if (log.date >= firstDay && log.date <= lastDay) logsByDate.set(log.date, log);
  }

  const weeks: WeekAdherence[] = [];
  const lastWeek = startOfWeek(lastDay, weekStartsOn);
  for (let week = startOfWeek(from < firstDay ? from : firstDay, weekStartsOn); week <= lastWeek; week = addDays(week, 7)) {
    weeks.push(weekOf(week, firstDay, lastDay, stageOn, plan.stages, logsByDate, input.specialistHold));
  }
  return weeks;
}

/** Chart rows for adherence: { week: weekStart, percent }. */
export function adherenceSeries(weeks: readonly WeekAdherence[]): AdherencePoint[] {
  return weeks.map((w) => ({ week: w.weekStart, percent: w.percent }));
}

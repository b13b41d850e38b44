// The one time line of a plan: every date a screen shows about "when" (stage windows, back to
// running, back to sport, plan end) comes from planTimeline(). Pure: data in, data out, no clock.
//
// The rule (docs/decisions/013-one-time-line.md): the prognosis is the anchor and the stages are
// fitted to it. The prognosis ranges are evidence-based and carry the injury kind's factors (muscle, running-
// related, repeat, BAMIC site c); the template durations only say how the time splits between
// stages. So the start of the "run" stage spans the return-to-run range and the end of the
// "sport" stage the return-to-sport range, both counted from the injury date; the stages in
// between share the time in proportion to their template durations. Stages after the last
// anchor ("maintain") keep their template durations.
//
// Then the facts replace the forecast: stages already done show their actual dates, the current
// stage starts on the day it really started and lasts at least until today, and a window that
// would end before today is moved to start on time, keeping its length (a range, never a single
// date). Every later stage is re-fitted from there.
import { addDays, isIsoDate, parseIsoDate } from "./dates";
import type { DurationRange, Prognosis } from "./types";

/** A span of possible dates: the fastest path gives `earliest`, the slowest `latest`. */
export interface DateWindow {
  earliest: string;
  latest: string;
}

/** A stage the patient entered on a date (the first entry is the plan start). */
export interface StageStart {
  stageIndex: number;
  startedOn: string;
}

export type StageStatus = "past" | "current" | "future";

export interface TimelineStage {
  index: number;
  key: string;
  status: StageStatus;
  /** First day in the stage. Past and current stages: the actual day (earliest = latest). */
  start: DateWindow;
  /** Last day in the stage (the next one starts the day after). Past stages: the actual day. */
  end: DateWindow;
  /** Length in days, fastest and slowest path; the actual length of a past stage. */
  days: DurationRange;
}

export interface Milestone extends DateWindow {
  /** "past" once it happened (the run stage has started; the sport stage is done). */
  status: "past" | "future";
  /** The stage that marks it (run: its first day; sport: its last day); null without a plan. */
  stageIndex: number | null;
}

export interface Timeline {
  today: string;
  currentStageIndex: number;
  stages: TimelineStage[];
  /** Null when the plan has no "run" stage. */
  returnToRun: Milestone | null;
  /** Null when the plan has no "sport" stage. */
  returnToSport: Milestone | null;
  /** Last day of the last stage; null without a plan. */
  planEnd: DateWindow | null;
}

/** The part of a plan the time line needs (a Plan fits). */
export interface TimelinePlan {
  startDate: string;
  stages: readonly { key: string; durationDays: DurationRange }[];
}

export interface TimelineInput {
  /** The anchor: return-to-run and return-to-sport windows counted from the injury date. */
  prognosis: Pick<Prognosis, "returnToRunDates" | "returnToSportDates">;
  /** Null before a plan exists: the milestones are then the prognosis alone, re-based on today. */
  plan: TimelinePlan | null;
  currentStageIndex: number;
  /** Which stage started on which date; the last entry for the current stage is its actual start. */
  stageHistory: readonly StageStart[];
  /** Today in the clinic's time zone, yyyy-mm-dd. */
  today: string;
}

export const TIMELINE_RULES = {
  /**
   * A stage fitted to the prognosis is never shorter than this share of its template duration
   * (and never under 1 day): when the anchor cannot be met (a late first visit, slow progress),
   * the milestone moves later instead of squeezing a stage into a day or two.
   */
  minStageShare: 0.5,
} as const;

const RUN_STAGE = "run";
const SPORT_STAGE = "sport";

function toIso(day: number): string {
  return addDays("1970-01-01", day);
}

function wholeDays(value: unknown): number {
  return typeof value === "number" && Number.isFinite(value) ? Math.max(1, Math.round(value)) : 1;
}

function floorDays(duration: number): number {
  return Math.max(1, Math.ceil(duration * TIMELINE_RULES.minStageShare));
}

/**
 * One path (fastest or slowest) through the stages from boundary `from` (the first day of stage
 * `from`) on `fromDay`. Boundary k is the first day of stage k; boundary n is the day after the
 * last stage. `anchors` pins boundaries to days; the stages before an anchor share the days up to
 * it in proportion to `durations`, each at least floorDays(). Without an anchor ahead, a stage
 * takes its template duration.
 */
function fitPath(from: number, fromDay: number, durations: readonly number[], anchors: ReadonlyMap<number, number>, out: number[]): void {
  const n = durations.length;
  out[from] = fromDay;
  for (let k = from; k < n; k++) {
    const anchor = [...anchors.keys()].filter((a) => a > k).sort((a, b) => a - b)[0];
    if (anchor === undefined) {
      out[k + 1] = out[k]! + durations[k]!;
      continue;
    }
    let weight = 0;
    let needed = 0;
    for (let i = k; i < anchor; i++) {
      weight += durations[i]!;
      needed += floorDays(durations[i]!);
    }
    const target = Math.max(anchors.get(anchor)!, out[k]! + needed);
    const floor = floorDays(durations[k]!);
    const share = Math.round(((target - out[k]!) * durations[k]!) / weight);
    const length = Math.min(Math.max(share, floor), target - out[k]! - (needed - floor));
    out[k + 1] = out[k]! + length;
  }
}

/**
 * Actual first and last days of stages 0..current from the history (later entries win ties).
 * Walking back from the current stage, each earlier stage is its last entry before the entry
 * used for the stage after it, and it ended the day before the next recorded move (a patient
 * moved forward and back keeps the latest visit). Missing entries borrow the previous start.
 */
function actualDates(history: readonly StageStart[], current: number, count: number, planStart: number): { starts: number[]; ends: number[] } {
  const entries = history
    .map((entry, order) => ({ entry, order }))
    .filter(({ entry }) => Number.isInteger(entry?.stageIndex) && entry.stageIndex >= 0 && entry.stageIndex < count && isIsoDate(entry.startedOn))
    .map(({ entry, order }) => ({ stageIndex: entry.stageIndex, day: parseIsoDate(entry.startedOn), order }))
    .sort((a, b) => a.day - b.day || a.order - b.order);
  const found = Array.from({ length: current + 1 }, () => -1);
  let before = entries.length;
  for (let i = current; i >= 0; i--) {
    for (let j = before - 1; j >= 0; j--) {
      if (entries[j]!.stageIndex === i) {
        found[i] = j;
        before = j;
        break;
      }
    }
  }
  const starts: number[] = [];
  for (let i = 0; i <= current; i++) {
    const previous = i === 0 ? planStart : starts[i - 1]!;
    const own = found[i]! >= 0 ? entries[found[i]!]!.day : previous;
    starts.push(i === 0 ? own : Math.max(own, previous));
  }
  const ends: number[] = [];
  for (let i = 0; i < current; i++) {
    const next = found[i]! >= 0 ? entries[found[i]! + 1] : undefined;
    const nextStart = Math.min(next?.day ?? starts[i + 1]!, starts[i + 1]!);
    ends.push(Math.max(starts[i]!, nextStart - 1));
  }
  return { starts, ends };
}

/** Moves a window that starts before `floor` so that it starts on `floor`, keeping its length. */
function rebase(window: DateWindow, floor: number): DateWindow {
  const earliest = parseIsoDate(window.earliest);
  const latest = Math.max(parseIsoDate(window.latest), earliest);
  const shift = Math.max(0, floor - earliest);
  return { earliest: toIso(earliest + shift), latest: toIso(latest + shift) };
}

function prognosisOnly(input: TimelineInput, today: number): Timeline {
  const milestone = (window: DateWindow): Milestone => ({ ...rebase(window, today), status: "future", stageIndex: null });
  return {
    today: input.today,
    currentStageIndex: 0,
    stages: [],
    returnToRun: milestone(input.prognosis.returnToRunDates),
    returnToSport: milestone(input.prognosis.returnToSportDates),
    planEnd: null,
  };
}

/**
 * The expected windows of a plan: per stage, return to running and return to sport. Throws
 * ClinicalError("INVALID_DATE") for a date that is not yyyy-mm-dd.
 */
export function planTimeline(input: TimelineInput): Timeline {
  const today = parseIsoDate(input.today);
  const plan = input.plan;
  if (!plan) return prognosisOnly(input, today);

  const stages = plan.stages;
  const n = stages.length;
  const current = n === 0 ? 0 : Math.min(Math.max(Number.isInteger(input.currentStageIndex) ? input.currentStageIndex : 0, 0), n - 1);
  const planStart = parseIsoDate(plan.startDate);
  const run = stages.findIndex((s) => s?.key === RUN_STAGE);
  const sport = stages.findIndex((s) => s?.key === SPORT_STAGE);
  const { returnToRunDates: runDates, returnToSportDates: sportDates } = input.prognosis;

  // Anchored boundaries: the run stage's first day; the day after the sport stage's last day.
  const anchorsFast = new Map<number, number>();
  const anchorsSlow = new Map<number, number>();
  const pin = (map: Map<number, number>, boundary: number, day: number) => map.set(boundary, Math.max(day, map.get(boundary) ?? day));
  if (run >= 0) {
    pin(anchorsFast, run, parseIsoDate(runDates.earliest));
    pin(anchorsSlow, run, parseIsoDate(runDates.latest));
  }
  if (sport >= 0) {
    pin(anchorsFast, sport + 1, parseIsoDate(sportDates.earliest) + 1);
    pin(anchorsSlow, sport + 1, parseIsoDate(sportDates.latest) + 1);
  }

  const mins = stages.map((s) => wholeDays(s?.durationDays?.min));
  const maxes = stages.map((s, i) => Math.max(wholeDays(s?.durationDays?.max), mins[i]!));
  const { starts, ends } = actualDates(input.stageHistory, current, n, planStart);
  const currentStart = starts[current]!;

  const fast: number[] = [];
  const slow: number[] = [];
  if (n > 0) {
    fitPath(current, currentStart, mins, anchorsFast, fast);
    fitPath(current, currentStart, maxes, anchorsSlow, slow);
    // The patient is in the current stage today: it cannot have ended before today. Its end
    // window moves to end today at the earliest, keeping its length, and the rest is re-fitted.
    const overdue = today - (fast[current + 1]! - 1);
    if (overdue > 0) {
      fitPath(current + 1, fast[current + 1]! + overdue, mins, anchorsFast, fast);
      fitPath(current + 1, slow[current + 1]! + overdue, maxes, anchorsSlow, slow);
    }
    // The slowest path is never ahead of the fastest (both stay in order, see the tests).
    for (let k = current + 1; k <= n; k++) slow[k] = Math.max(slow[k]!, fast[k]!);
  }

  const windows: TimelineStage[] = stages.map((stage, i) => {
    const key = typeof stage?.key === "string" ? stage.key : "";
    if (i < current) {
      const start = starts[i]!;
      const end = ends[i]!;
      const actual = (day: number): DateWindow => ({ earliest: toIso(day), latest: toIso(day) });
      return { index: i, key, status: "past", start: actual(start), end: actual(end), days: { min: end - start + 1, max: end - start + 1 } };
    }
    const fastStart = i === current ? currentStart : fast[i]!;
    const slowStart = i === current ? currentStart : slow[i]!;
    const fastDays = fast[i + 1]! - fastStart;
    const slowDays = slow[i + 1]! - slowStart;
    return {
      index: i,
      key,
      status: i === current ? "current" : "future",
      start: { earliest: toIso(fastStart), latest: toIso(slowStart) },
      end: { earliest: toIso(fast[i + 1]! - 1), latest: toIso(slow[i + 1]! - 1) },
      days: { min: Math.min(fastDays, slowDays), max: Math.max(fastDays, slowDays) },
    };
  });

  const returnToRun: Milestone | null = run < 0 ? null : { ...windows[run]!.start, status: run <= current ? "past" : "future", stageIndex: run };
  const returnToSport: Milestone | null = sport < 0 ? null : { ...windows[sport]!.end, status: sport < current ? "past" : "future", stageIndex: sport };

  return {
    today: input.today,
    currentStageIndex: current,
    stages: windows,
    returnToRun,
    returnToSport,
    planEnd: n > 0 ? { ...windows[n - 1]!.end } : null,
  };
}

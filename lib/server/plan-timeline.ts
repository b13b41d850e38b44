import "server-only";
// What every screen shows about a plan's dates (plan page, stage list, portal, handout): the
// server loads the stage history and today once; the domain's planTimeline() computes. No other
// code computes a date of the time line.
import { isIsoDate, planTimeline, prognosis, type Prognosis, type StageStart, type Timeline, type TimelinePlan } from "@/lib/domain/clinical";
import type { Injury } from "@/lib/domain/clinical/types";
import { localDate } from "@/lib/domain/progress";
import { isoDate } from "@/lib/format";

export const STAGE_MOVE_KINDS = ["STAGE_ADVANCED", "STAGE_BACK"] as const;

/** Prisma `include`/`select` fragment: a plan's stage moves, oldest first. */
export const stageMoveEvents = {
  where: { kind: { in: [...STAGE_MOVE_KINDS] } },
  select: { kind: true, detail: true, createdAt: true },
  orderBy: { id: "asc" as const },
};

export interface StageHistoryRow {
  startDate: Date;
  currentStageIndex: number;
  stageStartedOn: Date;
  /** Stage-move events, oldest first (see stageMoveEvents). */
  events: readonly { detail: unknown; createdAt: Date }[];
}

/**
 * Which stage started on which date: the plan start, then every stage move on the day it was
 * recorded for (`detail.on`; older events only have their time stamp, read in the clinic's time
 * zone). The current stage's start is the row's stageStartedOn, as the plan page shows it.
 */
export function stageHistoryOf(row: StageHistoryRow, timeZone: string): StageStart[] {
  const history: StageStart[] = [{ stageIndex: 0, startedOn: isoDate(row.startDate) }];
  for (const event of row.events) {
    const detail = event.detail as { to?: unknown; on?: unknown } | null;
    if (typeof detail?.to !== "number") continue;
    history.push({ stageIndex: detail.to, startedOn: isIsoDate(detail.on) ? detail.on : localDate(event.createdAt, timeZone) });
  }
  const last = history[history.length - 1]!;
  const current = { stageIndex: row.currentStageIndex, startedOn: isoDate(row.stageStartedOn) };
  if (last.stageIndex === current.stageIndex) history[history.length - 1] = current;
  else history.push(current);
  return history;
}

export interface PlanTimelineInput {
  injury: Injury;
  plan: TimelinePlan;
  currentStageIndex: number;
  stageHistory: readonly StageStart[];
  /** Today in the clinic's time zone. */
  today: string;
}

export interface PlanTimelineView {
  prognosis: Prognosis;
  timeline: Timeline;
}

/** The prognosis and the one time line of a plan, as the plan page and the portal show them. */
export function planTimelineView(input: PlanTimelineInput): PlanTimelineView {
  const expected = prognosis(input.injury);
  return {
    prognosis: expected,
    timeline: planTimeline({
      prognosis: expected,
      plan: input.plan,
      currentStageIndex: input.currentStageIndex,
      stageHistory: input.stageHistory,
      today: input.today,
    }),
  };
}

/** Before a plan exists: the prognosis alone, re-based on today. */
export function prognosisTimelineView(injury: Injury, today: string): PlanTimelineView {
  const expected = prognosis(injury);
  return { prognosis: expected, timeline: planTimeline({ prognosis: expected, plan: null, currentStageIndex: 0, stageHistory: [], today }) };
}

/**
 * Chart styling and series shared by the server-rendered figures (captions, tables) and the
 * client-only drawings: plain data, no Recharts, so importing it costs a page nothing.
 */

/** Tick and label text: slate-600 on white (contrast above 4.5:1). */
export const TICK = { fill: "#475569", fontSize: 12 } as const;
export const GRID = "#e2e8f0";

/** Series colours, all at least 4.5:1 against white, told apart by dash and marker as well. */
export const COLORS = {
  red: "#b91c1c",
  orange: "#c2410c",
  blue: "#1d4ed8",
  sky: "#0369a1",
  green: "#047857",
  purple: "#7e22ce",
  slate: "#334155",
  brand: "#0f766e",
} as const;

/** Room at both ends of a date axis so the first and last labels are not clipped. */
export const X_PADDING = { left: 16, right: 16 } as const;

/** The four pain ratings, in the order the chart draws them and the table lists them. */
export const PAIN_SERIES = [
  { key: "painDuring", label: "During exercise", color: COLORS.red, dash: undefined, dot: "circle" },
  { key: "painNextMorning", label: "Next morning", color: COLORS.orange, dash: "6 3", dot: "square" },
  { key: "painRest", label: "At rest", color: COLORS.blue, dash: "2 3", dot: "circle" },
  { key: "painWalking", label: "Walking", color: COLORS.purple, dash: "10 4 2 4", dot: "square" },
] as const;

/** Adherence the chart marks as the target line. */
export const ADHERENCE_TARGET = 80;

/** The chart box's size: the drawing's box and the placeholder shown while it loads hold the same space. */
export function chartBoxClass(tall: boolean): string {
  return `w-full min-w-0 ${tall ? "h-96 sm:h-80" : "h-72"}`;
}

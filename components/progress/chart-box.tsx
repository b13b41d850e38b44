"use client";

import type { ReactElement, ReactNode } from "react";
import { ResponsiveContainer } from "recharts";
import { useIsClient } from "./use-is-client";

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

/** Legend entries in body text colour (the swatch carries the series colour). */
export function legendText(value: ReactNode): ReactNode {
  return <span className="text-slate-800">{value}</span>;
}

/** Legend props for every chart: series in the order they are drawn, body text colour, small text. */
export const LEGEND = { formatter: legendText, itemSorter: null, wrapperStyle: { fontSize: 13, lineHeight: "1.5", left: 0, width: "100%" } } as const;

/** Room at both ends of a date axis so the first and last labels are not clipped. */
export const X_PADDING = { left: 16, right: 16 } as const;

/**
 * The chart's box: a fixed-height, responsive container. The chart renders only after mount
 * (Recharts measures the DOM); before that an empty box of the same size holds the space.
 * The chart itself is hidden from assistive technology: the caption and table carry the data.
 */
export function ChartBox({ children, tall = false }: { children: ReactElement; tall?: boolean }) {
  const isClient = useIsClient();
  return (
    <div className={`w-full min-w-0 ${tall ? "h-96 sm:h-80" : "h-72"}`} aria-hidden="true">
      {isClient ? (
        <ResponsiveContainer width="100%" height="100%" minHeight={240} initialDimension={{ width: 520, height: 288 }}>
          {children}
        </ResponsiveContainer>
      ) : null}
    </div>
  );
}

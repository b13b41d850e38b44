"use client";

import type { ReactElement, ReactNode } from "react";
import { ResponsiveContainer } from "recharts";
import { chartBoxClass } from "./chart-style";
import { useIsClient } from "./use-is-client";

/** Legend entries in body text colour (the swatch carries the series colour). */
export function legendText(value: ReactNode): ReactNode {
  return <span className="text-slate-800">{value}</span>;
}

/** Legend props for every chart: series in the order they are drawn, body text colour, small text. */
export const LEGEND = { formatter: legendText, itemSorter: null, wrapperStyle: { fontSize: 13, lineHeight: "1.5", left: 0, width: "100%" } } as const;

/**
 * The chart's box: a fixed-height, responsive container. The chart renders only after mount
 * (Recharts measures the DOM); before that an empty box of the same size holds the space.
 * The chart itself is hidden from assistive technology: the caption and table carry the data.
 */
export function ChartBox({ children, tall = false }: { children: ReactElement; tall?: boolean }) {
  const isClient = useIsClient();
  return (
    <div className={chartBoxClass(tall)} aria-hidden="true">
      {isClient ? (
        <ResponsiveContainer width="100%" height="100%" minHeight={240} initialDimension={{ width: 520, height: 288 }}>
          {children}
        </ResponsiveContainer>
      ) : null}
    </div>
  );
}

"use client";

import dynamic from "next/dynamic";
import { chartBoxClass } from "./chart-style";

/**
 * The progress page's chart drawings, each its own chunk: Recharts is fetched only when a chart
 * with data is on screen, after the page (its captions and data tables, rendered on the server)
 * is already usable. The charts measure the DOM, so they never render on the server; the
 * placeholder holds the chart's space meanwhile.
 */
const placeholder = (tall: boolean) =>
  function ChartPlaceholder() {
    return <div className={chartBoxClass(tall)} aria-hidden="true" />;
  };

export const PainDrawing = dynamic(() => import("./drawings/pain-drawing"), { ssr: false, loading: placeholder(false) });
export const StrengthDrawing = dynamic(() => import("./drawings/strength-drawing"), { ssr: false, loading: placeholder(true) });
export const AdherenceDrawing = dynamic(() => import("./drawings/adherence-drawing"), { ssr: false, loading: placeholder(false) });
export const LefsDrawing = dynamic(() => import("./drawings/lefs-drawing"), { ssr: false, loading: placeholder(false) });

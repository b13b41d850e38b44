import type { ReactNode } from "react";
import { ScrollBox } from "./scroll-box";

/** A missing value in a data table: a dash on screen, words for screen readers. */
export function Blank() {
  return (
    <>
      <span aria-hidden="true">—</span>
      <span className="sr-only">not recorded</span>
    </>
  );
}

export interface Column<T> {
  header: string;
  /** React key when two columns share a header (default: the header). */
  id?: string;
  cell: (row: T) => ReactNode;
  /** Row header (the date column). */
  rowHeader?: boolean;
}

/**
 * A plain data table for a chart's text alternative (and for tests to read). The first column is
 * the row header; `groups` optionally puts a spanning header over the remaining columns.
 */
export function DataTable<T>({
  caption,
  columns,
  rows,
  rowKey,
  groups,
}: {
  caption: string;
  columns: Column<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  groups?: { label: string; span: number }[];
}) {
  const th = "py-2 pr-3 last:pr-0 align-bottom font-medium";
  const [first, ...rest] = columns;
  return (
    <ScrollBox label={caption}>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="text-slate-600">
          {groups && first ? (
            <>
              <tr>
                <th scope="col" rowSpan={2} className={th}>
                  {first.header}
                </th>
                {groups.map((g) => (
                  <th key={g.label} scope="colgroup" colSpan={g.span} className="border-b border-slate-200 pt-2 pr-3 last:pr-0 font-semibold text-slate-700">
                    {g.label}
                  </th>
                ))}
              </tr>
              <tr>
                {rest.map((c) => (
                  <th key={c.id ?? c.header} scope="col" className={th}>
                    {c.header}
                  </th>
                ))}
              </tr>
            </>
          ) : (
            <tr>
              {columns.map((c) => (
                <th key={c.id ?? c.header} scope="col" className={th}>
                  {c.header}
                </th>
              ))}
            </tr>
          )}
        </thead>
        <tbody className="divide-y divide-slate-100">
          {rows.map((row) => (
            <tr key={rowKey(row)}>
              {columns.map((c) =>
                c.rowHeader ? (
                  <th key={c.id ?? c.header} scope="row" className="py-1.5 pr-3 last:pr-0 font-normal whitespace-nowrap">
                    {c.cell(row)}
                  </th>
                ) : (
                  <td key={c.id ?? c.header} className="py-1.5 pr-3 last:pr-0 tabular-nums">
                    {c.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollBox>
  );
}

/**
 * One chart with its text alternative: a heading, the chart (visual), a caption summarising the
 * latest values, and the same rows as a table behind "Show data as a table".
 */
export function ChartFigure({
  id,
  title,
  caption,
  emptyText,
  isEmpty,
  chart,
  table,
}: {
  id: string;
  title: string;
  caption: ReactNode;
  emptyText: string;
  isEmpty: boolean;
  chart: ReactNode;
  table: ReactNode;
}) {
  const headingId = `${id}-heading`;
  return (
    <section aria-labelledby={headingId} className="min-w-0 rounded-lg border border-slate-200 bg-white p-4 sm:p-6 lg:p-5">
      <h3 id={headingId} className="mb-3 text-base font-semibold">
        {title}
      </h3>
      {isEmpty ? (
        <p className="text-sm text-slate-600">{emptyText}</p>
      ) : (
        <figure className="space-y-3">
          {chart}
          <figcaption className="text-sm text-slate-700">{caption}</figcaption>
          <details className="rounded-md border border-slate-200 px-2 py-2 sm:px-3 lg:px-2">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">Show data as a table</summary>
            <div className="mt-2">{table}</div>
          </details>
        </figure>
      )}
    </section>
  );
}

/**
 * docs/benchmarks.md keeps the "Pages at clinic scale" section apart from the figures above it:
 * each kind of run rewrites its own part, and page runs are kept side by side under their labels
 * ("### before (f39d9ed)", "### after (…)").
 */
export const PAGES_HEADING = "## Pages at clinic scale";

/** The existing "### label" runs of a section (the pages section by default), in order. */
export function pagesRuns(md: string, heading: string = PAGES_HEADING): [string, string][] {
  const start = md.indexOf(heading);
  if (start < 0) return [];
  const rest = md.slice(start + heading.length);
  const end = rest.search(/\n## /);
  const section = end < 0 ? rest : rest.slice(0, end);
  return section
    .split(/\n(?=### )/)
    .filter((part) => part.startsWith("### "))
    .map((part) => [part.split("\n")[0]!.slice(4).trim(), part.trim()]);
}

/** The document without a section (the pages section by default). */
export function withoutPages(md: string, heading: string = PAGES_HEADING): string {
  const start = md.indexOf(heading);
  if (start < 0) return md.trimEnd();
  const rest = md.slice(start + heading.length);
  const end = rest.search(/\n## /);
  return (md.slice(0, start) + (end < 0 ? "" : rest.slice(end + 1))).trimEnd();
}

/** The section: its introduction (starting with PAGES_HEADING), then each run. */
export function pagesSection(intro: string, runs: [string, string][]): string {
  return [intro.trim(), ...runs.map(([, body]) => body)].join("\n\n") + "\n";
}

/** The runs with this label's table replaced in place, or added last when the label is new. */
export function withRun(runs: [string, string][], label: string, table: string): [string, string][] {
  const i = runs.findIndex(([l]) => l === label);
  const entry: [string, string] = [label, table.trim()];
  return i < 0 ? [...runs, entry] : runs.map((r, j) => (j === i ? entry : r));
}

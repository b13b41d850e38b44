// docs/benchmarks.md: a pages run rewrites only its own labelled table, so the before and after
// tables of issue 13 sit side by side and the PDF figures above them are kept.
import { describe, expect, it } from "vitest";
import { PAGES_HEADING, pagesRuns, pagesSection, withoutPages, withRun } from "../../scripts/bench-doc";

const intro = `${PAGES_HEADING}\n\nHow these are measured.\n`;
const doc = [
  "# Benchmarks",
  "",
  "| what | measured |",
  "|---|---|",
  "| PDF | 3/s |",
  "",
  pagesSection(intro, [
    ["before (f39d9ed)", "### before (f39d9ed)\n\n| page | p50 |\n|---|---|\n| Dashboard | 900 |"],
    ["after (abc1234)", "### after (abc1234)\n\n| page | p50 |\n|---|---|\n| Dashboard | 40 |"],
  ]),
].join("\n");

describe("the pages section of docs/benchmarks.md", () => {
  it("reads back each labelled run in order", () => {
    expect(pagesRuns(doc).map(([label]) => label)).toEqual(["before (f39d9ed)", "after (abc1234)"]);
  });

  it("a run with an existing label replaces that table in place and keeps the others", () => {
    const runs = withRun(pagesRuns(doc), "before (f39d9ed)", "### before (f39d9ed)\n\n| Dashboard | 950 |\n");
    expect(runs.map(([label]) => label)).toEqual(["before (f39d9ed)", "after (abc1234)"]);
    expect(runs[0]![1]).toContain("950");
    expect(runs[1]![1]).toContain("| Dashboard | 40 |");
  });

  it("a run with a new label is added after the others", () => {
    const runs = withRun(pagesRuns(doc), "after (def5678)", "### after (def5678)\n\nx");
    expect(runs.map(([label]) => label)).toEqual(["before (f39d9ed)", "after (abc1234)", "after (def5678)"]);
  });

  it("the figures above the section survive without it, and the section can be put back unchanged", () => {
    const top = withoutPages(doc);
    expect(top).toContain("| PDF | 3/s |");
    expect(top).not.toContain(PAGES_HEADING);
    expect(`${top}\n\n${pagesSection(intro, pagesRuns(doc))}`).toBe(doc);
  });
});

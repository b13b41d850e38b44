import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/clinical";
import { chartedPain, DAILY_LIMIT_DAYS, seriesResolution, weeklyMeans, type PainPoint } from "@/lib/domain/progress";

const point = (date: string, painDuring: number | null, painNextMorning: number | null = null): PainPoint => ({
  date,
  painDuring,
  painNextMorning,
  painRest: null,
  painWalking: null,
});

/** One rating a day for `days` days ending on `last`, painDuring cycling 0..6. */
function daily(days: number, last: string): PainPoint[] {
  return Array.from({ length: days }, (_, i) => point(addDays(last, i - days + 1), i % 7));
}

describe("seriesResolution", () => {
  it("charts a history of up to 60 days day by day, and anything longer week by week", () => {
    expect(DAILY_LIMIT_DAYS).toBe(60);
    expect(seriesResolution("2026-01-01", "2026-01-01")).toBe("day");
    expect(seriesResolution("2026-01-01", addDays("2026-01-01", 59))).toBe("day");
    expect(seriesResolution("2026-01-01", addDays("2026-01-01", 60))).toBe("week");
  });
});

describe("weeklyMeans", () => {
  it("gives each Monday week the mean of its recorded values, rounded to 1 decimal, null when none", () => {
    // 2026-11-02 is a Monday.
    const rows = [point("2026-11-02", 3, null), point("2026-11-04", 4, null), point("2026-11-08", 4, 2), point("2026-11-09", null, 1)];
    expect(weeklyMeans(rows, ["painDuring", "painNextMorning"])).toEqual([
      { date: "2026-11-02", painDuring: 3.7, painNextMorning: 2 },
      { date: "2026-11-09", painDuring: null, painNextMorning: 1 },
    ]);
  });

  it("leaves out weeks without any row and ignores values that are not numbers", () => {
    const rows = [point("2026-11-02", 2), point("2026-11-23", Number.NaN), { ...point("2026-11-24", 5) }];
    expect(weeklyMeans(rows, ["painDuring"])).toEqual([
      { date: "2026-11-02", painDuring: 2 },
      { date: "2026-11-23", painDuring: 5 },
    ]);
    expect(weeklyMeans([], ["painDuring"])).toEqual([]);
  });
});

describe("chartedPain", () => {
  it("keeps every day while the ratings span 60 days or less", () => {
    const rows = daily(60, "2026-12-04");
    expect(chartedPain(rows, "2026-12-04")).toEqual({ resolution: "day", rows });
    expect(chartedPain([], "2026-12-04")).toEqual({ resolution: "day", rows: [] });
  });

  it("charts a year of daily ratings as about 53 weekly means, so the chart does not grow with the history", () => {
    const charted = chartedPain(daily(365, "2026-12-04"), "2026-12-04");
    expect(charted.resolution).toBe("week");
    expect(charted.rows.length).toBeGreaterThanOrEqual(52);
    expect(charted.rows.length).toBeLessThanOrEqual(54);
    // A full week of 0..6 ratings averages 3.
    expect(charted.rows.filter((r) => r.painDuring === 3).length).toBeGreaterThan(40);
  });

  it("counts the span up to today: an old rating makes the history long even if it is the only one", () => {
    expect(chartedPain([point("2026-01-05", 4)], "2026-12-04")).toEqual({ resolution: "week", rows: [point("2026-01-05", 4)] });
  });
});

import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/clinical";
import { evaluateAlerts, gateStatusFromLatest, type Alert, type AlertInput } from "@/lib/domain/progress";
import { log, morningLogs, soleusPlan, STRENGTH_GATES_MET } from "./fixtures";

const LONDON = "Europe/London";
const LA = "America/Los_Angeles";

/** Soleus plan from 2 Nov 2026; "today" is 20 Nov in London unless overridden. */
function input(overrides: Partial<AlertInput> = {}): AlertInput {
  return { plan: soleusPlan("2026-11-02"), logs: [], measurements: [], now: "2026-11-20T12:00:00Z", timeZone: LONDON, ...overrides };
}

const kinds = (alerts: Alert[]) => alerts.map((a) => a.key);

describe("evaluateAlerts: no data", () => {
  it("raises nothing for a plan that started today with no logs or visits", () => {
    expect(evaluateAlerts(input({ now: "2026-11-02T09:00:00Z" }))).toEqual([]);
  });

  it("one data point: a single low rating raises nothing, a single high one only HIGH_PAIN", () => {
    expect(evaluateAlerts(input({ logs: [log("2026-11-19", { painNextMorning: 3 })] }))).toEqual([]);
    const alerts = evaluateAlerts(input({ logs: [log("2026-11-19", { painNextMorning: 8 })] }));
    expect(kinds(alerts)).toEqual(["HIGH_PAIN:2026-11-19"]); // no baseline: no PAIN_RISE
  });
});

describe("PAIN_RISE", () => {
  it("fires at exactly +2 over the previous 7 days' average, with a plain message", () => {
    const logs = [...morningLogs("2026-11-13", [3, 4, 3, 4, null, 3, 4]), log("2026-11-20", { painNextMorning: 5.5 })];
    const alerts = evaluateAlerts(input({ logs }));
    expect(alerts).toEqual([
      {
        kind: "PAIN_RISE",
        key: "PAIN_RISE:2026-11-20",
        severity: "warning",
        title: "Next-morning pain up 2 points",
        message:
          "Next-morning pain 5.5/10 on 20 Nov is 2 points above the average of the previous 7 days (3.5, from 6 ratings). " +
          "Consider holding or stepping back; the plan does not change by itself.",
        date: "2026-11-20",
      },
    ]);
  });

  it("does not fire at +1.9", () => {
    const logs = [...morningLogs("2026-11-13", [3, 4, 3, 4, 3, 4, 3.5]), log("2026-11-20", { painNextMorning: 5.4 })];
    expect(evaluateAlerts(input({ logs }))).toEqual([]);
  });

  it("is not fooled by floating-point noise in the average", () => {
    // (3.1 + 3.2 + 3.3) / 3 is 3.2000000000000006 in binary floating point: 5.2 is still +2.
    const logs = [...morningLogs("2026-11-17", [3.1, 3.2, 3.3]), log("2026-11-20", { painNextMorning: 5.2 })];
    expect(kinds(evaluateAlerts(input({ logs })))).toEqual(["PAIN_RISE:2026-11-20"]);
  });

  it("uses only the 7 calendar days before the log as the baseline", () => {
    // A rating 8 days before is outside the baseline: no baseline, no alert.
    expect(evaluateAlerts(input({ logs: [log("2026-11-12", { painNextMorning: 1 }), log("2026-11-20", { painNextMorning: 5 })] }))).toEqual([]);
    // 7 days before is inside it.
    expect(kinds(evaluateAlerts(input({ logs: [log("2026-11-13", { painNextMorning: 1 }), log("2026-11-20", { painNextMorning: 5 })] })))).toEqual([
      "PAIN_RISE:2026-11-20",
    ]);
    // During-exercise pain is not part of the baseline.
    expect(evaluateAlerts(input({ logs: [log("2026-11-19", { painDuring: 1 }), log("2026-11-20", { painNextMorning: 5 })] }))).toEqual([]);
  });

  it("raises one alert per offending day, each keyed by its date, newest first", () => {
    const logs = morningLogs("2026-11-14", [1, 1, 4, 1, 1, 4]);
    expect(kinds(evaluateAlerts(input({ logs })))).toEqual(["PAIN_RISE:2026-11-19", "PAIN_RISE:2026-11-16"]);
  });

  it("only looks at logs from the last 28 days, though older logs still form the baseline", () => {
    // Today 20 Nov: the window is 24 Oct - 20 Nov.
    const oldRise = [log("2026-10-22", { painNextMorning: 1 }), log("2026-10-23", { painNextMorning: 4 })];
    expect(evaluateAlerts(input({ logs: oldRise, now: "2026-11-06T12:00:00Z" }), { painWindowDays: 14 })).toEqual([]);
    expect(evaluateAlerts(input({ logs: oldRise })).filter((a) => a.kind !== "INACTIVE")).toEqual([]);
    const edge = [log("2026-10-23", { painNextMorning: 1 }), log("2026-10-24", { painNextMorning: 4 })];
    expect(kinds(evaluateAlerts(input({ logs: edge })))).toContain("PAIN_RISE:2026-10-24");
    expect(evaluateAlerts(input({ logs: edge }), { painWindowDays: 7 }).filter((a) => a.kind === "PAIN_RISE")).toEqual([]);
  });

  it("adds the patient's note", () => {
    const logs = [log("2026-11-19", { painNextMorning: 2 }), log("2026-11-20", { painNextMorning: 4, note: "  Ran for the bus " })];
    expect(evaluateAlerts(input({ logs }))[0]!.message).toMatch(/by itself\. Patient note: "Ran for the bus"$/);
  });
});

describe("HIGH_PAIN", () => {
  it("fires at exactly 7, during exercise or next morning, and not at 6", () => {
    expect(evaluateAlerts(input({ logs: [log("2026-11-18", { painDuring: 6, painNextMorning: 6 })] }))).toEqual([]);
    const during = evaluateAlerts(input({ logs: [log("2026-11-18", { painDuring: 7 })] }));
    expect(during).toEqual([
      expect.objectContaining({ kind: "HIGH_PAIN", key: "HIGH_PAIN:2026-11-18", severity: "warning", date: "2026-11-18", title: "High pain reported (7/10)" }),
    ]);
    expect(during[0]!.message).toContain("7/10 during exercise on 18 Nov");
    expect(during[0]!.message).toContain("consider holding or stepping back");
    const both = evaluateAlerts(input({ logs: [log("2026-11-18", { painDuring: 7, painNextMorning: 8 })] }));
    expect(both).toHaveLength(1); // one alert per day
    expect(both[0]!.message).toContain("7/10 during exercise and 8/10 the next morning");
  });

  it("ignores ratings outside 0-10", () => {
    expect(evaluateAlerts(input({ logs: [log("2026-11-18", { painDuring: 70 })] }))).toEqual([]);
  });

  it("can come with a PAIN_RISE on the same day", () => {
    const logs = [log("2026-11-19", { painNextMorning: 3 }), log("2026-11-20", { painNextMorning: 7 })];
    expect(kinds(evaluateAlerts(input({ logs })))).toEqual(["HIGH_PAIN:2026-11-20", "PAIN_RISE:2026-11-20"]);
  });
});

describe("NEW_SWELLING", () => {
  it("fires on a log answering yes to new swelling, redness or warmth, not on no or no answer", () => {
    expect(evaluateAlerts(input({ logs: [log("2026-11-17", { newSwelling: false }), log("2026-11-18", { newSwelling: null })] }))).toEqual([]);
    const alerts = evaluateAlerts(input({ logs: [log("2026-11-18", { newSwelling: true, note: "Hot calf" })] }));
    expect(alerts).toEqual([expect.objectContaining({ kind: "NEW_SWELLING", key: "NEW_SWELLING:2026-11-18", severity: "warning", date: "2026-11-18" })]);
    expect(alerts[0]!.message).toContain("blood clot (DVT) or an infection");
    expect(alerts[0]!.message).toContain('Patient note: "Hot calf"');
  });

  it("comes after HIGH_PAIN on the same day, and not for logs outside the pain window", () => {
    const same = evaluateAlerts(input({ logs: [log("2026-11-20", { painDuring: 8, newSwelling: true })] }));
    expect(kinds(same)).toEqual(["HIGH_PAIN:2026-11-20", "NEW_SWELLING:2026-11-20"]);
    expect(kinds(evaluateAlerts(input({ logs: [log("2026-10-01", { newSwelling: true })], now: "2026-11-20T12:00:00Z" })))).not.toContain(
      "NEW_SWELLING:2026-10-01",
    );
  });
});

describe("clinic time zone", () => {
  it("counts a 23:30 Los Angeles log on its local day and treats tomorrow's log as future", () => {
    const plan = soleusPlan("2026-11-02");
    // 20 Nov 23:30 PST = 21 Nov 07:30 UTC. "Now" is 21 Nov 07:45 UTC: still 20 Nov in Los Angeles.
    const tonight = log("2026-11-20", { painDuring: 8, createdAt: "2026-11-21T07:30:00Z" });
    const alerts = evaluateAlerts({ plan, logs: [tonight], now: "2026-11-21T07:45:00Z", timeZone: LA });
    expect(kinds(alerts)).toEqual(["HIGH_PAIN:2026-11-20"]);
    // A log dated 21 Nov does not exist yet in Los Angeles: ignored (and does not end inactivity).
    const future = log("2026-11-21", { painDuring: 9 });
    expect(evaluateAlerts({ plan, logs: [future], now: "2026-11-21T07:45:00Z", timeZone: LA }).map((a) => a.kind)).toEqual(["INACTIVE"]);
  });
});

describe("INACTIVE", () => {
  it("fires after 7 days without a log and keeps one key until the patient logs again", () => {
    const logs = [log("2026-11-10", { painNextMorning: 1 })];
    expect(evaluateAlerts(input({ logs, now: "2026-11-16T12:00:00Z" }))).toEqual([]); // 6 days
    const day7 = evaluateAlerts(input({ logs, now: "2026-11-17T12:00:00Z" }));
    expect(day7).toEqual([
      {
        kind: "INACTIVE",
        key: "INACTIVE:since:2026-11-10",
        severity: "warning",
        title: "No patient log for 7 days",
        message:
          "No patient log for 7 days (last log 10 Nov). Check in with the patient about the programme and any symptoms. The plan does not change by itself.",
        date: "2026-11-17",
      },
    ]);
    const day12 = evaluateAlerts(input({ logs, now: "2026-11-22T12:00:00Z" }));
    expect(day12.map((a) => [a.key, a.date])).toEqual([["INACTIVE:since:2026-11-10", "2026-11-17"]]);
    expect(evaluateAlerts(input({ logs: [...logs, log("2026-11-21")], now: "2026-11-22T12:00:00Z" }))).toEqual([]);
  });

  it("counts from the plan start when there is no log yet", () => {
    const plan = soleusPlan("2026-11-10");
    expect(evaluateAlerts(input({ plan, now: "2026-11-16T23:00:00Z" }))).toEqual([]); // started 6 days ago
    const alerts = evaluateAlerts(input({ plan, now: "2026-11-17T00:30:00Z" }));
    expect(alerts.map((a) => [a.key, a.date])).toEqual([["INACTIVE:since:2026-11-10", "2026-11-17"]]);
    expect(alerts[0]!.message).toContain("No patient log since the plan started on 10 Nov (7 days ago).");
    // Logs from before the plan started do not count as activity, nor do they make it inactive sooner.
    expect(evaluateAlerts(input({ plan, logs: [log("2026-11-01")], now: "2026-11-16T12:00:00Z" }))).toEqual([]);
    expect(kinds(evaluateAlerts(input({ plan, logs: [log("2026-11-01")], now: "2026-11-17T12:00:00Z" })))).toEqual(["INACTIVE:since:2026-11-10"]);
    // A plan that starts in the future is never inactive.
    expect(evaluateAlerts(input({ plan: soleusPlan("2026-12-01") }))).toEqual([]);
  });

  it("counts local days across the autumn DST change in Los Angeles", () => {
    const plan = soleusPlan("2026-10-20");
    const logs = [log("2026-10-27")];
    // 3 Nov 07:30 UTC is 2 Nov 23:30 PST (6 days), though it would already be 3 Nov under PDT or UTC.
    expect(evaluateAlerts({ plan, logs, now: "2026-11-03T07:30:00Z", timeZone: LA })).toEqual([]);
    // 08:00 UTC is midnight PST: day 7.
    expect(kinds(evaluateAlerts({ plan, logs, now: "2026-11-03T08:00:00Z", timeZone: LA }))).toEqual(["INACTIVE:since:2026-10-27"]);
  });

  it("counts local days across the autumn DST change in London", () => {
    const plan = soleusPlan("2026-10-20");
    const logs = [log("2026-10-20")];
    // 26 Oct 23:30 UTC is 23:30 GMT (BST ended 25 Oct): still day 6.
    expect(evaluateAlerts({ plan, logs, now: "2026-10-26T23:30:00Z", timeZone: LONDON })).toEqual([]);
    expect(kinds(evaluateAlerts({ plan, logs, now: "2026-10-27T00:00:00Z", timeZone: LONDON }))).toEqual(["INACTIVE:since:2026-10-20"]);
  });

  it("counts local days across the spring DST change in Auckland", () => {
    const plan = soleusPlan("2026-09-20", 1);
    const logs = [log("2026-09-21")];
    // NZDT from 27 Sep: midnight on 28 Sep is 11:00 UTC on the 27th.
    expect(evaluateAlerts({ plan, logs, now: "2026-09-27T10:59:00Z", timeZone: "Pacific/Auckland" })).toEqual([]);
    expect(kinds(evaluateAlerts({ plan, logs, now: "2026-09-27T11:00:00Z", timeZone: "Pacific/Auckland" }))).toEqual(["INACTIVE:since:2026-09-21"]);
  });
});

describe("READY_TO_PROGRESS", () => {
  const recent = [log("2026-11-19", { painNextMorning: 1 })];

  it("fires when every gate of the current stage is met on the latest measures", () => {
    const alerts = evaluateAlerts(input({ logs: recent, currentStageIndex: 1, measurements: [STRENGTH_GATES_MET] }));
    expect(alerts).toEqual([
      {
        kind: "READY_TO_PROGRESS",
        key: "READY:stage:1",
        severity: "info",
        title: "Ready to progress to stage 3 (Return to running)",
        message: expect.stringContaining("All 7 gates of stage 2 (Build strength) are met on the latest measures (12 Nov)."),
        date: "2026-11-12",
      },
    ]);
  });

  it("does not fire when one gate is missing or not met", () => {
    const notMet = { ...STRENGTH_GATES_MET, checks: { "pain-free-double-leg-hops": false } };
    expect(evaluateAlerts(input({ logs: recent, currentStageIndex: 1, measurements: [notMet] }))).toEqual([]);
    const noData = { ...STRENGTH_GATES_MET, checks: {} };
    expect(evaluateAlerts(input({ logs: recent, currentStageIndex: 1, measurements: [noData] }))).toEqual([]);
    expect(evaluateAlerts(input({ logs: recent, currentStageIndex: 1, measurements: [] }))).toEqual([]);
    // Gates of the strength stage are not gates of the protection stage.
    expect(evaluateAlerts(input({ logs: recent, currentStageIndex: 0, measurements: [STRENGTH_GATES_MET] }))).toEqual([]);
  });

  it("merges visits: a later visit's blank field keeps the earlier value, a later result replaces it", () => {
    const later = { measuredOn: "2026-11-18", values: { lefs: 60 }, checks: {} };
    const alerts = evaluateAlerts(input({ logs: recent, currentStageIndex: 1, measurements: [later, STRENGTH_GATES_MET] }));
    expect(alerts.map((a) => [a.key, a.date])).toEqual([["READY:stage:1", "2026-11-18"]]);
    const worse = { measuredOn: "2026-11-18", values: { heelRaisesStraight: { affected: 20 } }, checks: {} };
    expect(evaluateAlerts(input({ logs: recent, currentStageIndex: 1, measurements: [STRENGTH_GATES_MET, worse] }))).toEqual([]);
  });

  it("ignores visits dated after today", () => {
    const future = { ...STRENGTH_GATES_MET, measuredOn: "2026-11-21" };
    expect(evaluateAlerts(input({ logs: recent, currentStageIndex: 1, measurements: [future] }))).toEqual([]);
  });

  it("never fires on the last stage", () => {
    const full = soleusPlan();
    // The last stage of the seeded plan has no gates...
    expect(evaluateAlerts(input({ logs: recent, plan: full, currentStageIndex: full.stages.length - 1 }))).toEqual([]);
    // ...and a last stage whose gates are all met is still not "ready to progress".
    const twoStages = { ...full, stages: full.stages.slice(0, 2) };
    expect(evaluateAlerts(input({ logs: recent, plan: twoStages, currentStageIndex: 1, measurements: [STRENGTH_GATES_MET] }))).toEqual([]);
  });

  it("does not fire for a stage without gates", () => {
    const full = soleusPlan();
    const plan = { ...full, stages: [{ ...full.stages[0]!, gates: [] }, full.stages[1]!] };
    expect(evaluateAlerts(input({ logs: recent, plan, currentStageIndex: 0, measurements: [STRENGTH_GATES_MET] }))).toEqual([]);
  });

  it("uses the plan's own current stage when none is passed", () => {
    const plan = { ...soleusPlan(), currentStageIndex: 1 };
    expect(kinds(evaluateAlerts(input({ logs: recent, plan, measurements: [STRENGTH_GATES_MET] })))).toEqual(["READY:stage:1"]);
  });
});

describe("evaluateAlerts: ordering and validation", () => {
  it("lists alerts newest first", () => {
    const logs = [log("2026-11-05", { painDuring: 8 }), log("2026-11-06", { painNextMorning: 1 })];
    const alerts = evaluateAlerts(input({ logs, currentStageIndex: 1, measurements: [STRENGTH_GATES_MET] }));
    expect(alerts.map((a) => [a.kind, a.date])).toEqual([
      ["INACTIVE", "2026-11-13"],
      ["READY_TO_PROGRESS", "2026-11-12"],
      ["HIGH_PAIN", "2026-11-05"],
    ]);
  });

  it("rejects bad options, zones and stage indexes", () => {
    expect(() => evaluateAlerts(input({ timeZone: "Nowhere/City" }))).toThrow(RangeError);
    expect(() => evaluateAlerts(input({ currentStageIndex: 9 }))).toThrow(RangeError);
    expect(() => evaluateAlerts(input(), { painWindowDays: 0 })).toThrow(RangeError);
    expect(() => evaluateAlerts(input(), { inactiveDays: 1.5 })).toThrow(RangeError);
  });

  it("is deterministic for the same input", () => {
    const logs = morningLogs(addDays("2026-11-20", -10), [1, 2, 1, 5, 1, 8, 1, 1, 1, 4, 7]);
    expect(evaluateAlerts(input({ logs }))).toEqual(evaluateAlerts(input({ logs: [...logs].reverse() })));
  });
});

describe("gateStatusFromLatest", () => {
  const strength = soleusPlan().stages[1]!;

  it("evaluates the current stage's gates on the latest measures", () => {
    const notYet = { ...STRENGTH_GATES_MET, checks: { "pain-free-double-leg-hops": false } };
    expect(gateStatusFromLatest(strength, [notYet])).toMatchObject({
      metCount: 6,
      total: 7,
      allMet: false,
      summary: "6 of 7 gates met; missing: double-leg hops",
      latestMeasuredOn: "2026-11-12",
    });
    const confirmed = { measuredOn: "2026-11-15", values: {}, checks: { "pain-free-double-leg-hops": true } };
    expect(gateStatusFromLatest(strength, [confirmed, notYet])).toMatchObject({ allMet: true, summary: "7 of 7 gates met", latestMeasuredOn: "2026-11-15" });
    expect(gateStatusFromLatest(strength, [confirmed, notYet], { asOf: "2026-11-14" }).allMet).toBe(false);
  });

  it("reports no data when there are no visits", () => {
    const status = gateStatusFromLatest(strength, []);
    expect(status).toMatchObject({ metCount: 0, total: 7, allMet: false, latestMeasuredOn: null });
    expect(status.summary).toMatch(/^0 of 7 gates met; no data: /);
  });
});

import { describe, expect, it } from "vitest";
import { exerciseAims } from "@/components/portal/wording";
import { addDays } from "@/lib/domain/clinical";
import { maxLoggableSets, weeklyAdherence, type DailyLog } from "@/lib/domain/progress";
import { log, simplePlan, soleusPlan } from "./fixtures";

const MONDAY = "2026-11-02";
const WEEK = Array.from({ length: 7 }, (_, i) => addDays(MONDAY, i));

describe("the aim the portal shows", () => {
  it("is sets x times for a per-DAY dose, in plain words", () => {
    const [pumps] = exerciseAims(simplePlan().stages[0]!, [MONDAY, "2026-11-01"]);
    expect(pumps![MONDAY]).toEqual({ sets: 6, text: "Your aim today: 6 sets (2 sets, 3 times a day)." });
    expect(pumps!["2026-11-01"]!.text).toBe("Your aim for Sun 1 Nov: 6 sets (2 sets, 3 times a day).");
    const once = exerciseAims({ exercises: [{ exerciseKey: "x", dose: { sets: 3, frequency: { times: 1, per: "DAY" } } }] }, [MONDAY]);
    expect(once[0]![MONDAY]!.text).toBe("Your aim today: 3 sets.");
  });

  it("is one session on a per-WEEK dose's weekdays and a rest on the others", () => {
    const [, raises] = exerciseAims(simplePlan().stages[0]!, WEEK);
    expect(raises![MONDAY]).toEqual({ sets: 3, text: "Your aim today: 3 sets (3 sets, 4 times a week: Mon, Tue, Thu and Sat)." });
    expect(raises!["2026-11-04"]).toEqual({ sets: 0, text: "Your aim for Wed 4 Nov: rest from this one (3 sets, 4 times a week: Mon, Tue, Thu and Sat)." });
    expect(WEEK.map((d) => raises![d]!.sets)).toEqual([3, 3, 0, 3, 0, 3, 0]);
    const [hops] = exerciseAims(simplePlan().stages[1]!, [MONDAY]);
    expect(hops![MONDAY]!.text).toBe("Your aim today: 1 set (1 set, 7 times a week: every day).");
  });

  it("allows twice the busiest day: 12 for 2 sets 3 times a day (was 3 x sets = 6)", () => {
    expect(maxLoggableSets(simplePlan().stages[0]!.exercises[0]!.dose)).toBe(12);
  });
});

describe("a patient who logs exactly the portal's aims is 100% adherent", () => {
  // Before issue 9 point 10 the portal's aim was the dose's sets ("Your aim: 2" for 2 sets 3 times
  // a day): logging it every day of the seeded grade 2 soleus plan's first week read 56% adherence
  // (109 of 193 sets) on the progress page and the dashboard.
  it("for a week of each seeded soleus stage, whatever day the plan started", () => {
    const plan = soleusPlan();
    for (let stageIndex = 0; stageIndex < plan.stages.length; stageIndex++) {
      for (const start of [MONDAY, "2026-11-04", "2026-11-08"]) {
        const days = Array.from({ length: 7 }, (_, i) => addDays(start, i));
        const aims = exerciseAims(plan.stages[stageIndex]!, days);
        const logs: DailyLog[] = days.map((date) =>
          log(date, { setsDone: Object.fromEntries(plan.stages[stageIndex]!.exercises.map((e, i) => [e.exerciseKey, aims[i]![date]!.sets])) }),
        );
        const weeks = weeklyAdherence({
          plan: { ...plan, startDate: start },
          currentStageIndex: stageIndex,
          logs,
          now: `${days.at(-1)!}T20:00:00Z`,
          timeZone: "Europe/London",
        });
        // A Sunday start of an all-weekly stage has nothing due that first week: no figure (null).
        for (const w of weeks) expect([100, null], `stage ${stageIndex} from ${start}, week ${w.weekStart}`).toContain(w.percent);
        expect(weeks.at(-1)!.percent).toBe(100);
      }
    }
    // The protection stage, Monday to Sunday: 193 of 193 sets.
    const aims = exerciseAims(plan.stages[0]!, WEEK);
    const logs = WEEK.map((date) =>
      log(date, { setsDone: Object.fromEntries(plan.stages[0]!.exercises.map((e, i) => [e.exerciseKey, aims[i]![date]!.sets])) }),
    );
    expect(weeklyAdherence({ plan, logs, now: "2026-11-08T20:00:00Z", timeZone: "Europe/London" })[0]).toMatchObject({
      prescribedSets: 193,
      doneSets: 193,
      percent: 100,
    });
  });
});

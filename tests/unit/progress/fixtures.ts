/** Shared data for the progress tests: real plans from the seeded soleus template, logs and visits. */
import { addDays, generatePlan, type ClinicalGrade, type Injury, type Plan } from "@/lib/domain/clinical";
import type { DailyLog, MeasurementVisit, ProgressPlan } from "@/lib/domain/progress";
import { EXERCISE_LIBRARY, SOLEUS_TEMPLATE } from "@/lib/domain/injuries/calf/content";

export function soleusPlan(startDate = "2026-11-02", clinicalGrade: ClinicalGrade = 2): Plan {
  const injury: Injury = {
    muscle: "SOLEUS",
    side: "LEFT",
    injuryDate: addDays(startDate, -3),
    onset: "SUDDEN",
    duringRunning: true,
    repeatInjury: false,
    clinicalGrade,
  };
  return generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, injury, startDate);
}

/** A log; createdAt defaults to 20:00 UTC on that date. */
export function log(date: string, fields: Partial<Omit<DailyLog, "date">> = {}): DailyLog {
  return { date, setsDone: {}, painDuring: null, painNextMorning: null, note: null, createdAt: `${date}T20:00:00.000Z`, ...fields };
}

/** Next-morning ratings on consecutive days from `start`. */
export function morningLogs(start: string, ratings: (number | null)[]): DailyLog[] {
  const [y, m, d] = start.split("-").map(Number) as [number, number, number];
  return ratings.map((rating, i) => {
    const date = new Date(Date.UTC(y, m - 1, d + i)).toISOString().slice(0, 10);
    return log(date, { painNextMorning: rating });
  });
}

/** A two-stage plan with simple doses, for exact adherence maths. */
export function simplePlan(startDate = "2026-11-02"): ProgressPlan {
  return {
    startDate,
    stages: [
      {
        name: "Daily",
        exercises: [
          { exerciseKey: "pumps", dose: { sets: 2, frequency: { times: 3, per: "DAY" } } }, // 6 a day
          { exerciseKey: "raises", dose: { sets: 3, frequency: { times: 4, per: "WEEK" } } }, // 12 a week
        ],
        gates: [],
      },
      {
        name: "Weekly",
        exercises: [{ exerciseKey: "hops", dose: { sets: 1, frequency: { times: 7, per: "WEEK" } } }], // 7 a week
        gates: [],
      },
    ],
  };
}

/** Measures that meet every gate of the soleus "strength" stage (stage index 1). */
export const STRENGTH_GATES_MET: MeasurementVisit = {
  measuredOn: "2026-11-12",
  values: {
    heelRaisesStraight: { affected: 27, unaffected: 28 },
    heelRaisesBent: { affected: 26, unaffected: 27 },
    heelRaiseHeightCm: { affected: 10, unaffected: 10.5 },
    seatedRaiseLoadKg: 80,
    bodyMassKg: 75,
  },
  checks: { "pain-free-double-leg-hops": true },
};

// One time line on every screen (issue 8, item 3): the handout's dates and the plan page's are
// the same, for random plans, stage moves and days. The plan page side goes through the server's
// view helper (planTimelineView, what getPlan and the portal call) and the page's own components;
// the handout side through buildHandout with the input lib/server/handouts.ts gives it.
import fc from "fast-check";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PlanStages } from "@/components/plan-preview";
import { PrognosisCard } from "@/components/prognosis-card";
import { addDays, generatePlan, type DateWindow, type Injury, type StageStart, type Template } from "@/lib/domain/clinical";
import { EXERCISE_LIBRARY, GASTROCNEMIUS_TEMPLATE, SOLEUS_TEMPLATE } from "@/lib/domain/injuries/calf/content";
import { buildHandout, formatHandoutDate } from "@/lib/pdf/handout-model";
import { sampleHandoutInput } from "@/lib/pdf/sample";
import { CALF_KIND } from "@/lib/domain/injuries/calf";
import { handoutStrings } from "@/lib/pdf/strings";
import { planTimelineView } from "@/lib/server/plan-timeline";
import { injuryArb, stageMoves } from "./domain/arbitraries";

const NO_RUN_OR_SPORT: Template = { ...SOLEUS_TEMPLATE, key: "clinic-own", stages: SOLEUS_TEMPLATE.stages.filter((s) => s.key !== "run" && s.key !== "sport") };

const scenario = fc
  .record({
    template: fc.constantFrom(SOLEUS_TEMPLATE, GASTROCNEMIUS_TEMPLATE, NO_RUN_OR_SPORT),
    injury: injuryArb,
    delay: fc.integer({ min: 0, max: 30 }),
    moves: fc.array(fc.tuple(fc.boolean(), fc.integer({ min: 0, max: 25 })), { maxLength: 6 }),
    todayOffset: fc.integer({ min: 0, max: 200 }),
    language: fc.constantFrom<"en" | "es">("en", "es"),
  })
  .map(({ template, injury, delay, moves, todayOffset, language }) => {
    const start = addDays(injury.injuryDate, delay);
    const plan = generatePlan(template, EXERCISE_LIBRARY, {}, injury, start);
    const { history, current: index, lastMove: day } = stageMoves(start, moves, plan.stages.length);
    return { plan: { ...plan, currentStageIndex: index }, injury, history, current: index, today: addDays(day, todayOffset), language };
  });

/** The `<time dateTime>` values inside the element that starts at `marker`, up to `until`. */
function datesAfter(html: string, marker: string, until: string): string[] {
  const from = html.indexOf(marker);
  if (from < 0) return [];
  const to = html.indexOf(until, from + marker.length);
  return [...html.slice(from, to < 0 ? undefined : to).matchAll(/datetime="(\d{4}-\d{2}-\d{2})"/gi)].map((m) => m[1]!);
}

const shown = (w: DateWindow) => (w.earliest === w.latest ? [w.earliest] : [w.earliest, w.latest]);

function handoutFor(plan: ReturnType<typeof generatePlan>, injury: Injury, history: StageStart[], current: number, today: string, language: "en" | "es") {
  // What lib/server/handouts.ts passes: the snapshot's plan, the episode's injury, the stage
  // history and the clinic's today as the handout's date.
  return buildHandout(
    // Specialist cleared: a grade 3 plan still waiting for it shows its current stage only
    // (tests/unit/domain/prescription.test.ts), and every stage's dates are compared here.
    {
      ...sampleHandoutInput(),
      plan,
      injury,
      stageHistory: history,
      madeOn: today,
      currentStageIndex: current,
      education: [],
      checks: { "specialist-cleared": true },
    },
    { language, allStages: true },
  );
}

describe("one time line on the plan page and the handout", () => {
  it("for random plans and dates, the handout shows the plan page's dates, and nothing past as future", () => {
    fc.assert(
      fc.property(scenario, ({ plan, injury, history, current, today, language }) => {
        const view = planTimelineView({ injury, plan, currentStageIndex: current, stageHistory: history, today });
        const vm = handoutFor(plan, injury, history, current, today, language);
        const t = view.timeline;
        const s = handoutStrings(language, CALF_KIND);
        const between = (w: DateWindow) => {
          const a = formatHandoutDate(w.earliest, language);
          const b = formatHandoutDate(w.latest, language);
          return s.timeline.between(a, b);
        };

        // Handout cover: the same windows, only the milestones still to come.
        const rows = [{ label: s.timeline.thisStage, value: s.stageDuration(t.stages[current]!.days.min, t.stages[current]!.days.max) }];
        if (t.returnToRun?.status === "future") rows.push({ label: s.timeline.backToRunning, value: between(t.returnToRun) });
        if (t.returnToSport?.status === "future") rows.push({ label: s.timeline.backToSport, value: between(t.returnToSport) });
        if (!t.returnToRun && !t.returnToSport) rows.push({ label: s.timeline.planEnds, value: between(t.planEnd!) });
        expect(vm.cover.timeline).toEqual(rows);
        expect(vm.stages.map((stage) => stage.duration)).toEqual(t.stages.map((w) => s.stageDuration(w.days.min, w.days.max)));

        // Nothing still to come is in the past.
        for (const milestone of [t.returnToRun, t.returnToSport]) {
          if (milestone?.status === "future") expect(milestone.earliest >= today).toBe(true);
        }
        for (const w of t.stages) if (w.status === "future") expect(w.start.earliest > today).toBe(true);

        // Plan page: the prognosis card and the stage list render the same dates.
        const card = renderToStaticMarkup(<PrognosisCard prognosis={view.prognosis} timeline={t} />);
        expect(datesAfter(card, 'aria-labelledby="prognosis-run"', 'role="group"')).toEqual(t.returnToRun ? shown(t.returnToRun) : []);
        expect(datesAfter(card, 'aria-labelledby="prognosis-sport"', "</section>")).toEqual(t.returnToSport ? shown(t.returnToSport) : []);
        const list = renderToStaticMarkup(<PlanStages plan={plan} timeline={t} currentIndex={current} library={EXERCISE_LIBRARY} />);
        const items = list.split("<h3").slice(1); // one heading per stage; exercises sit in <details>
        expect(items).toHaveLength(t.stages.length);
        items.forEach((item, i) => {
          const w = t.stages[i]!;
          const expected = w.status === "current" ? [...shown(w.start), ...shown(w.end)] : shown({ earliest: w.start.earliest, latest: w.end.latest });
          expect(datesAfter(item, "", "<details")).toEqual(expected);
        });
      }),
      { numRuns: 200 },
    );
    // 200 renders of two React components: seconds, not the 5 s unit default, on a loaded machine.
  }, 30_000);

  it("the issue's example: a grade 2 soleus strain injured while running shows 10 Dec - 6 Jan everywhere", () => {
    const injury: Injury = {
      muscle: "SOLEUS",
      side: "LEFT",
      injuryDate: "2026-11-19",
      onset: "SUDDEN",
      duringRunning: true,
      repeatInjury: false,
      clinicalGrade: 2,
    };
    const plan = generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, injury, "2026-11-21");
    const history = [
      { stageIndex: 0, startedOn: "2026-11-21" },
      { stageIndex: 1, startedOn: "2026-11-25" },
    ];
    const view = planTimelineView({ injury, plan, currentStageIndex: 1, stageHistory: history, today: "2026-12-01" });
    expect(view.timeline.returnToRun).toMatchObject({ earliest: "2026-12-10", latest: "2027-01-06" });
    expect(view.timeline.stages[2]!.start).toEqual({ earliest: "2026-12-10", latest: "2027-01-06" });
    const vm = handoutFor({ ...plan, currentStageIndex: 1 }, injury, history, 1, "2026-12-01", "en");
    expect(vm.cover.timeline.find((row) => row.label === "Back to running")?.value).toBe("Between 10 Dec 2026 and 6 Jan 2027");
  });
});

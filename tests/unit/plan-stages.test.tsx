// The plan page's and preview's stage list states each stage's one pain rule (issue 9, point 4),
// in the same sentence as the handout and the portal, and no per-exercise "pain 3/10 or less".
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { PlanStages } from "@/components/plan-preview";
import { generatePlan } from "@/lib/domain/clinical";
import { painRuleText } from "@/lib/domain/clinical/stage-prescription";
import { EXERCISE_LIBRARY, SOLEUS_TEMPLATE } from "@/lib/domain/injuries/calf/content";
import { sampleInjury } from "@/lib/pdf/sample";
import { planTimelineView } from "@/lib/server/plan-timeline";

const injury = sampleInjury({ injury: { injuryDate: "2026-11-01" } });

describe("the stage list on the plan page and the preview", () => {
  it("states each stage's pain rule once and calls out only the stricter exercise limits", () => {
    const plan = generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, injury, "2026-11-02", { baseline: { painWalking: 4 } });
    const { timeline } = planTimelineView({
      injury,
      plan,
      currentStageIndex: 0,
      stageHistory: [{ stageIndex: 0, startedOn: "2026-11-02" }],
      today: "2026-11-02",
    });
    const html = renderToStaticMarkup(<PlanStages plan={plan} timeline={timeline} currentIndex={0} library={EXERCISE_LIBRARY} />).replace(/&#x27;/g, "'");
    expect(html).toContain(painRuleText(3, "en")); // protect
    expect(html).toContain(painRuleText(4, "en")); // strength (loaded, slow work)
    expect(html).not.toMatch(/, pain \d\/10 or less/); // describeDose's own pain part
    expect(html).toContain("Keep this one to 3 out of 10 or less."); // pogo hops in the strength stage
    expect(html).toMatch(/Walking with a heel lift: [^<]*Pain up to 4 out of 10 is OK/);
  });
});

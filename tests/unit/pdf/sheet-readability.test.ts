// Issue 10, point 5: every patient-facing section of the sheet and the leaflet reads at English
// SMOG 8 or lower and Spanish INFLESZ 55 or higher (lib/domain/clinical/readability.ts), for
// every stage of both seeded calf templates. The sections are the view model's text, which is
// what the PDF prints (handout-sheet.int.test.ts reads it back).
import { describe, expect, it } from "vitest";
import { inflesz, smogGrade } from "@/lib/domain/clinical/readability";
import { GASTROCNEMIUS_TEMPLATE } from "@/lib/domain/injuries/calf/content/gastrocnemius";
import { SOLEUS_TEMPLATE } from "@/lib/domain/injuries/calf/content/soleus";
import { buildHandout } from "@/lib/pdf/handout-model";
import { handoutSections } from "@/lib/pdf/readability";
import { sampleHandoutInput } from "@/lib/pdf/sample";

const CASES = [
  { template: SOLEUS_TEMPLATE, muscle: "SOLEUS" },
  { template: GASTROCNEMIUS_TEMPLATE, muscle: "MEDIAL_GASTROCNEMIUS" },
] as const;

describe("readability of the sheet and the leaflet", () => {
  for (const { template, muscle } of CASES) {
    for (let stage = 0; stage < template.stages.length; stage++) {
      it(`${template.name}, stage ${stage + 1}: English SMOG <= 8 and Spanish INFLESZ >= 55 in every section`, () => {
        const input = { ...sampleHandoutInput({ template, currentStageIndex: stage, injury: { muscle } }), portalUrl: "https://restride.example/portal" };
        const en = handoutSections(buildHandout(input, { leaflet: true }));
        const es = handoutSections(buildHandout(input, { language: "es", leaflet: true }));
        expect(en.length).toBeGreaterThan(10);
        for (const section of en) expect(smogGrade(section.lines), section.name).toBeLessThanOrEqual(8);
        for (const section of es) expect(inflesz(section.lines), section.name).toBeGreaterThanOrEqual(55);
      });
    }
  }
});

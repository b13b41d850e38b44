// The default handout is a two-page "this stage" sheet (issue 10, point 2): rendered through the
// worker pool and read back with pdf-parse, as a patient would get it.
// (This tier's global setup starts PostgreSQL; these tests do not use it.)
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionsOn } from "@/lib/domain/progress/prescription";
import { addDays } from "@/lib/domain/clinical/dates";
import { buildHandout } from "@/lib/pdf/handout-model";
import { HandoutPool } from "@/lib/pdf/pool";
import { handoutSections } from "@/lib/pdf/readability";
import { sampleHandoutInput } from "@/lib/pdf/sample";
import { SHEET_MAX_DAYS } from "@/lib/pdf/sheet";
import type { HandoutInput } from "@/lib/pdf/types";

async function readPdf(pdf: Buffer): Promise<{ text: string; flat: string; pages: number }> {
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    return { text: result.text, flat: result.text.replace(/\s+/g, " "), pages: result.total };
  } finally {
    await parser.destroy();
  }
}

/** A grade 2 soleus plan (the seeded template) in `stage`, with the clinic's settings. */
function soleusGrade2(stage: number, paperSize: "A4" | "LETTER" = "A4"): HandoutInput {
  return {
    ...sampleHandoutInput({ currentStageIndex: stage, injury: { clinicalGrade: 2, muscle: "SOLEUS" } }),
    clinicContact: { phone: "+1 555 010 2000", emergencyNumber: "911" },
    clinicAddress: "12 River Street, Springfield",
    portalUrl: "https://restride.example/portal",
    paperSize,
  };
}

describe("the two-page sheet", () => {
  let pool: HandoutPool;
  beforeAll(async () => {
    pool = new HandoutPool({ size: 1 });
    await pool.warm();
  });
  afterAll(async () => {
    await pool.close();
  });

  it("fits a grade 2 soleus stage of 6 exercises on 2 pages, on A4 and on US Letter, with everything the patient needs", async () => {
    for (const stage of [0, 1]) {
      for (const paper of ["A4", "LETTER"] as const) {
        const input = soleusGrade2(stage, paper);
        const vm = buildHandout(input);
        expect(vm.format).toBe("sheet");
        expect(vm.currentStage!.exercises.length).toBe(6);
        const { flat, pages } = await readPdf(await pool.render(vm));
        expect(pages, `stage ${stage + 1} on ${paper}`).toBe(2);
        expect(flat).toContain("Zoë Łukasiewicz-Núñez");
        expect(flat).toContain(vm.cover.stageLine);
        expect(flat).toContain(`Goal: ${vm.currentStage!.purpose}`);
        expect(flat).toContain(`Your pain rule: ${vm.currentStage!.painRule}`);
        for (const exercise of vm.sheet.exercises) {
          expect(flat).toContain(exercise.name);
          expect(flat).toContain(exercise.dose);
          // 3 or 4 short steps, each printed.
          expect(exercise.steps.length).toBeGreaterThanOrEqual(3);
          expect(exercise.steps.length).toBeLessThanOrEqual(4);
          for (const step of exercise.steps) expect(flat).toContain(step);
          expect(exercise.drawing, `${exercise.name} has its picture`).not.toBeNull();
        }
        // The care box with the clinic's numbers, and the way to the portal.
        expect(flat).toContain("Stop and get care");
        expect(flat).toContain("Call the clinic: +1 555 010 2000");
        expect(flat).toContain("Emergency: 911");
        expect(flat).toContain("Scan with your phone to see your plan.");
        expect(flat).toContain("12 River Street, Springfield");
        // No placeholder box, no "Page X of Y" (a sheet of known length).
        expect(flat).not.toMatch(/draw or stick a photo/i);
        expect(flat).not.toMatch(/Page \d of/);
      }
    }
  });

  it("has one tick box per prescribed session for each of the sheet's days, and asks for a new sheet after 2 weeks", async () => {
    const input = soleusGrade2(0);
    const vm = buildHandout(input);
    const { text, flat } = await readPdf(await pool.render(vm));
    // Stage 1 lasts up to 18 days: the sheet covers 14 from the day it is made.
    const days = Array.from({ length: SHEET_MAX_DAYS }, (_, i) => addDays(input.madeOn, i));
    const stage = input.plan.stages[0]!;
    const expected = stage.exercises.reduce((sum, e) => sum + days.reduce((n, date) => n + sessionsOn(e.dose.frequency, date), 0), 0);
    // Ankle pumps twice a day, a seated hold 3 times a day, the bike 4 times a week, ...
    expect(expected).toBeGreaterThan(100);
    expect([...text].filter((c) => c === "☐")).toHaveLength(expected);
    expect(flat).toContain("This sheet covers 14 days. Then ask your therapist for a new sheet.");
  });

  it("adds the education leaflet only when asked for", async () => {
    const input = soleusGrade2(1);
    const sheet = await readPdf(await pool.render(buildHandout(input)));
    const withLeaflet = await readPdf(await pool.render(buildHandout(input, { leaflet: true })));
    const titles = input.education.filter((e) => e.key !== "seek-care").map((e) => e.title);
    expect(titles.length).toBeGreaterThan(3);
    for (const title of titles) {
      expect(sheet.flat).not.toContain(title);
      expect(withLeaflet.flat).toContain(title);
    }
    expect(withLeaflet.flat).toContain("Learn about your injury");
    expect(withLeaflet.pages).toBeGreaterThan(sheet.pages);
  });

  it("prints the Spanish sheet in Spanish, on 2 pages, with no English sentence left (dose notes, loads, run-walk levels, gates)", async () => {
    for (const stage of [0, 1, 2]) {
      const input = soleusGrade2(stage);
      const english = buildHandout(input, { leaflet: true });
      const spanish = buildHandout(input, { language: "es", leaflet: true });
      expect(spanish.fallbackFields).toEqual([]);
      const sheet = await readPdf(await pool.render(buildHandout(input, { language: "es" })));
      expect(sheet.pages, `stage ${stage + 1}`).toBe(2);
      // Spanish runs longer than English; on US Letter the sheet still keeps to 2 pages (the
      // render drops a step per exercise when the grid would go to a third page).
      const letter = await readPdf(await pool.render(buildHandout(soleusGrade2(stage, "LETTER"), { language: "es" })));
      expect(letter.pages, `stage ${stage + 1} on US Letter`).toBe(2);
      expect(letter.flat).toContain("Marque una casilla cada vez");
      const { flat } = await readPdf(await pool.render(spanish));
      // Every English sentence the English sheet and leaflet print, none in the Spanish ones.
      const sentences = [
        english.currentStage!.painRule!,
        english.currentStage!.purpose,
        ...english.currentStage!.gates,
        ...english.sheet.exercises.flatMap((e) => [e.name, e.dose, e.use ?? "", e.note ?? "", e.painNote ?? "", ...e.steps]),
        english.sheet.grid.intro,
        english.sheet.grid.coverage,
        ...english.careBox.groups.flatMap((g) => g.items),
        ...english.education.sections.flatMap((section) => [section.title, ...section.body]),
      ]
        .flatMap((text) => text.split(/(?<=[.!?:])\s+/))
        .map((text) => text.trim())
        .filter((text) => text.length >= 12 && /[a-z]{3}/.test(text));
      expect(sentences.length).toBeGreaterThan(40);
      for (const sentence of sentences) expect(flat, `stage ${stage + 1}: "${sentence}"`).not.toContain(sentence);
    }
    // The run-walk levels of stage 3 are in Spanish.
    const run = buildHandout(soleusGrade2(2), { language: "es" });
    expect(run.sheet.exercises.find((e) => e.name.includes("correr") || e.note?.includes("Nivel 1"))?.note).toMatch(/^Nivel 1: caminar 4 min, correr 1 min/);
  });

  it("prints every section the readability test measures (handoutSections), in both languages", async () => {
    for (const language of ["en", "es"] as const) {
      const vm = buildHandout(soleusGrade2(1), { language, leaflet: true });
      const { flat } = await readPdf(await pool.render(vm));
      const sections = handoutSections(vm);
      expect(sections.length).toBeGreaterThan(10);
      for (const section of sections) for (const line of section.lines) expect(flat, `${language} ${section.name}`).toContain(line);
    }
  });

  it("prints the Spanish fixed text", async () => {
    const vm = buildHandout(soleusGrade2(1), { language: "es" });
    const { flat } = await readPdf(await pool.render(vm));
    expect(flat).toContain("Su regla del dolor");
    expect(flat).toContain("Pare y busque atención médica");
    expect(flat).toContain("Llame a la clínica: +1 555 010 2000");
    expect(flat).toContain("Escanee con su teléfono para ver su plan.");
    expect(flat).not.toContain("Stop and get care");
  });
});

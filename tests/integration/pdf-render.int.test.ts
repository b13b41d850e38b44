// Real handout PDFs rendered through the worker pool and read back with pdf-parse.
// (This tier's global setup starts PostgreSQL; these tests do not use it.)
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { PDFParse } from "pdf-parse";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ExerciseEntry, PlanStage } from "@/lib/domain/clinical/types";
import { EXERCISE_LIBRARY } from "@/lib/domain/injuries/calf/content/exercises";
import { buildHandout } from "@/lib/pdf/handout-model";
import { closeHandoutPool, getHandoutPool, HandoutPool, HandoutRenderError, poolOptionsFromEnv } from "@/lib/pdf/pool";
import { renderHandoutToBuffer } from "@/lib/pdf/render";
import { sampleHandoutInput } from "@/lib/pdf/sample";
import type { HandoutInput, HandoutOptions, HandoutViewModel } from "@/lib/pdf/types";

const NAME = "Zoë Łukasiewicz-Núñez";

/** These tests cover the long booklet ("All stages", and the old current-stage handout); the
 * default two-page sheet has its own (handout-sheet.int.test.ts). */
function booklet(input: HandoutInput, options: HandoutOptions = {}): HandoutViewModel {
  return buildHandout(input, { ...options, format: "booklet" });
}

async function readPdf(pdf: Buffer): Promise<{ text: string; flat: string; pages: number }> {
  expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const parser = new PDFParse({ data: new Uint8Array(pdf) });
  try {
    const result = await parser.getText();
    return { text: result.text, flat: result.text.replace(/\s+/g, " "), pages: result.total };
  } finally {
    await parser.destroy();
  }
}

function withStage(input: HandoutInput, index: number, change: (stage: PlanStage) => PlanStage): HandoutInput {
  const stages = input.plan.stages.map((stage, i) => (i === index ? change(structuredClone(stage)) : stage));
  return { ...input, plan: { ...input.plan, stages } };
}

/** A short handout (one exercise, no education) for the tests that only need many renders. */
function smallVm(): HandoutViewModel {
  const input = withStage(sampleHandoutInput({ currentStageIndex: 0 }), 0, (stage) => ({ ...stage, exercises: stage.exercises.slice(0, 1) }));
  return booklet({ ...input, education: [] });
}

describe("handout PDFs through the worker pool", () => {
  let pool: HandoutPool;
  const input = sampleHandoutInput({ currentStageIndex: 1 });

  beforeAll(async () => {
    pool = new HandoutPool({ size: 2 });
    await pool.warm();
  });
  afterAll(async () => {
    await pool.close();
  });

  it("renders the English handout with everything the patient needs", async () => {
    const vm = booklet(input, { language: "en" });
    const { flat, pages } = await readPdf(await pool.render(vm));
    expect(flat).toContain(NAME);
    expect(flat).toContain("Stage 2 of 5: Build strength");
    for (const exercise of input.plan.stages[1]!.exercises) expect(flat).toContain(exercise.name);
    expect(flat).toContain("Stop and get care");
    expect(flat).toContain("What you need for the next stage");
    expect(flat).toContain("You can do as many heel raises on your injured leg as your other leg does, up to 25");
    expect(flat).toContain("20 reps"); // a dose cell
    expect(flat).toContain("Your weekly schedule");
    expect(flat).toContain("Your progress log");
    // Every exercise has its picture, described in words under it; no empty placeholder box.
    expect(flat).toContain("Sitting on a chair, both feet flat, knees bent. The injured heel lifts; the arrow shows the heel going up.");
    expect(flat).not.toContain("draw or stick a photo");
    expect(flat).toContain("Made by Restride on 12 Mar 2026");
    expect(flat).toContain("Soleus strain, version 3");
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(flat).toContain(`Page 1 of ${pages}`);
    expect(flat).toContain(`Page ${pages} of ${pages}`);
    expect(flat).not.toContain(`Page ${pages + 1} of`);
  });

  it("prints the weekly tick sheet with one box per session, as the portal's aims count them, in English and Spanish", async () => {
    // Build strength: every dose is per week; sessions fall on fixed weekdays (decision 016).
    const sessions = input.plan.stages[1]!.exercises.reduce((sum, e) => sum + e.dose.frequency.times, 0);
    for (const [language, intro] of [
      ["en", "Each box is one session: tick it when you have done all its sets."],
      ["es", "Cada casilla es una sesión: márquela cuando haya hecho todas sus series."],
    ] as const) {
      const { text, flat } = await readPdf(await pool.render(booklet(input, { language })));
      expect(flat).toContain(intro);
      expect([...text].filter((c) => c === "☐")).toHaveLength(sessions);
    }
  });

  it("gives every exercise its own page in large print", async () => {
    const exercises = input.plan.stages[1]!.exercises;
    const { flat, pages } = await readPdf(await pool.render(booklet(input, { largePrint: true })));
    expect(pages).toBeGreaterThanOrEqual(exercises.length + 2);
    expect(flat).toContain(NAME);
    expect(flat).toContain(`Page 1 of ${pages}`);
  });

  it("renders a Spanish handout with Spanish fixed text", async () => {
    const { flat, pages } = await readPdf(await pool.render(booklet(input, { language: "es", largePrint: true })));
    expect(flat).toContain(NAME);
    expect(flat).toContain("Pare y busque atención médica");
    expect(flat).toContain("Etapa 2 de 5: Ganar fuerza");
    expect(flat).toContain("Su horario semanal");
    expect(flat).toContain("Elevación de talón sentado (sóleo)");
    expect(flat).toContain("Hecho por Restride el 12 mar 2026");
    expect(flat).not.toContain("Algunas partes de esta hoja están en inglés"); // every seeded text is translated
    expect(flat).toContain(`Página 1 de ${pages}`);
    expect(flat).not.toContain("Stop and get care");
  });

  it("prints the whole care box, with the clinic's numbers, in both languages and large print", async () => {
    const withContact = { ...input, clinicContact: { phone: "+34 910 000 000", emergencyNumber: "112" } };
    for (const language of ["en", "es"] as const) {
      for (const largePrint of [false, true]) {
        const vm = booklet(withContact, { language, largePrint });
        const { flat } = await readPdf(await pool.render(vm));
        const box = vm.careBox;
        for (const line of [...box.contact, ...box.groups.flatMap((g) => [g.heading, ...g.items]), box.closing]) {
          expect(flat, `${language} ${largePrint ? "large" : "regular"}: ${line}`).toContain(line);
        }
      }
    }
  });

  it("renders every stage with allStages", async () => {
    const { flat } = await readPdf(await pool.render(booklet(input, { allStages: true })));
    for (const stage of input.plan.stages) expect(flat).toContain(stage.name);
    expect(flat).toContain("You are here");
  });

  it("wraps a 300-character name instead of crashing or cutting it", async () => {
    const long = "Zoë".repeat(100);
    const vm = booklet({ ...input, patient: { givenName: long, familyName: "Núñez" } });
    const { text } = await readPdf(await pool.render(vm));
    // Long words are broken with a hyphen at line ends: every character is still there.
    expect(text.replace(/-\n/g, "").replace(/\s+/g, "")).toContain(`${long}Núñez`);
  });

  it("renders a 40-exercise stage over many pages", async () => {
    const big = withStage(input, 1, (stage) => ({
      ...stage,
      exercises: Array.from({ length: 40 }, (_, i) => structuredClone(stage.exercises[i % stage.exercises.length]!)),
    }));
    const normal = await readPdf(await pool.render(booklet(input)));
    const many = await readPdf(await pool.render(booklet(big)));
    expect(many.pages).toBeGreaterThan(normal.pages + 8);
    expect(many.flat).toContain(`Page ${many.pages} of ${many.pages}`);
  });

  it("breaks an exercise taller than a page instead of cutting it off", async () => {
    const giant: ExerciseEntry = {
      ...structuredClone(EXERCISE_LIBRARY[0]!),
      key: "giant",
      steps: Array.from({ length: 70 }, (_, i) => `Step number ${i + 1}: move slowly and stay in control.`),
    };
    const tall = withStage(input, 1, (stage) => ({
      ...stage,
      exercises: [{ exerciseKey: "giant", name: "Giant", dose: stage.exercises[0]!.dose }],
      precautions: Array.from({ length: 60 }, (_, i) => `Precaution ${i + 1}.`),
    }));
    const { flat } = await readPdf(await pool.render(booklet({ ...tall, exercises: [...EXERCISE_LIBRARY, giant] })));
    for (const n of [1, 35, 70]) expect(flat).toContain(`Step number ${n}:`);
    expect(flat).toContain("Precaution 60.");
  });

  it("renders names in any script without crashing", async () => {
    const names = ["😀 李小龙 مرحبا", "a\u0301\u0302".repeat(40), "\u202eevil\u200d\ufeff", "𝕳𝖊𝖑𝖑𝖔 Ω≈ç√"];
    const pdfs = await Promise.all(
      names.map((name) => pool.render(booklet({ ...input, patient: { givenName: name, familyName: "Núñez" }, clinicName: name }))),
    );
    for (const pdf of pdfs) expect((await readPdf(pdf)).flat).toContain("Núñez");
  });

  it("renders an empty stage with its message", async () => {
    const empty = withStage(input, 1, (stage) => ({ ...stage, exercises: [] }));
    const { flat } = await readPdf(await pool.render(booklet(empty)));
    expect(flat).toContain("No exercises in this stage yet; your therapist will add them.");
  });

  it("queues requests when every worker is busy", async () => {
    const vm = smallVm();
    const pdfs = await Promise.all(Array.from({ length: 5 }, () => pool.render(vm)));
    for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(pool.stats().queued).toBe(0);
  });

  it("rejects a view model the document cannot render, and keeps working", async () => {
    const error = await pool.render({} as HandoutViewModel).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(HandoutRenderError);
    expect((error as HandoutRenderError).code).toBe("render_failed");
    const { flat } = await readPdf(await pool.render(smallVm()));
    expect(flat).toContain(NAME);
  });
});

describe("pool limits", () => {
  it("times out a slow render, replaces the worker and renders afterwards", async () => {
    const pool = new HandoutPool({ size: 1, timeoutMs: 15_000 });
    try {
      await pool.warm();
      const vm = booklet(sampleHandoutInput());
      const error = await pool.render(vm, { timeoutMs: 1 }).catch((err: unknown) => err);
      expect(error).toBeInstanceOf(HandoutRenderError);
      expect((error as HandoutRenderError).code).toBe("timeout");
      const after = await readPdf(await pool.render(vm));
      expect(after.flat).toContain(NAME);
      expect(pool.stats()).toMatchObject({ timeouts: 1, workersStarted: 2, rendered: 1 });
    } finally {
      await pool.close();
    }
  });

  it("recycles each worker after N renders and keeps rendering", async () => {
    const pool = new HandoutPool({ size: 2, maxRendersPerWorker: 3 });
    try {
      const vm = smallVm();
      for (let round = 0; round < 4; round++) {
        const pdfs = await Promise.all([pool.render(vm), pool.render(vm), pool.render(vm)]);
        for (const pdf of pdfs) expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      }
      const stats = pool.stats();
      expect(stats.rendered).toBe(12);
      expect(stats.workersRecycled).toBeGreaterThanOrEqual(3);
      expect(stats.workersStarted).toBeGreaterThanOrEqual(stats.workersRecycled + 1);
      expect(stats.workers).toBeLessThanOrEqual(2);
      const { flat } = await readPdf(await pool.render(vm));
      expect(flat).toContain(NAME);
    } finally {
      await pool.close();
    }
  });

  it("rejects waiting and new requests once closed", async () => {
    const pool = new HandoutPool({ size: 1 });
    const vm = smallVm();
    const pending = [pool.render(vm), pool.render(vm), pool.render(vm)].map((p) => p.catch((err: unknown) => err));
    await pool.close();
    for (const result of await Promise.all(pending)) {
      expect(result).toBeInstanceOf(HandoutRenderError);
      expect((result as HandoutRenderError).code).toBe("closed");
    }
    await expect(pool.render(vm)).rejects.toMatchObject({ code: "closed" });
  });

  it("fails fast with a clear error when the worker file is missing", async () => {
    const pool = new HandoutPool({ size: 1, workerPath: "/nonexistent/worker.mjs" });
    try {
      await expect(pool.render(smallVm())).rejects.toMatchObject({ code: "worker_crashed" });
    } finally {
      await pool.close();
    }
  });

  it("bounds the queue", async () => {
    const pool = new HandoutPool({ size: 1, maxQueue: 1 });
    try {
      const vm = smallVm();
      const first = pool.render(vm);
      await expect(pool.render(vm)).rejects.toMatchObject({ code: "queue_full" });
      await first;
    } finally {
      await pool.close();
    }
  });

  it("turns a request away when no worker is free within the queue deadline (issue 12)", async () => {
    const pool = new HandoutPool({ size: 1, queueTimeoutMs: 50 });
    try {
      await pool.warm();
      // A full handout keeps the only worker busy far longer than the 50 ms deadline.
      const first = pool.render(booklet(sampleHandoutInput({ currentStageIndex: 1 })));
      const t0 = Date.now();
      await expect(pool.render(smallVm())).rejects.toMatchObject({ code: "queue_timeout" });
      expect(Date.now() - t0).toBeLessThan(1_000);
      expect((await first).subarray(0, 5).toString("latin1")).toBe("%PDF-");
      expect(pool.stats()).toMatchObject({ queueTimeouts: 1, queued: 0 });
      // The worker is free again: the next request renders.
      expect((await pool.render(smallVm())).subarray(0, 5).toString("latin1")).toBe("%PDF-");
    } finally {
      await pool.close();
    }
  });

  it("reads the queue deadline from RESTRIDE_PDF_QUEUE_TIMEOUT_MS", () => {
    process.env.RESTRIDE_PDF_QUEUE_TIMEOUT_MS = "2500";
    try {
      expect(poolOptionsFromEnv().queueTimeoutMs).toBe(2500);
    } finally {
      delete process.env.RESTRIDE_PDF_QUEUE_TIMEOUT_MS;
    }
  });

  it("shares one app pool until it is closed", async () => {
    const a = getHandoutPool({ size: 1 });
    expect(getHandoutPool()).toBe(a);
    await closeHandoutPool();
    expect(a.isClosed).toBe(true);
    const b = getHandoutPool({ size: 1 });
    expect(b).not.toBe(a);
    await closeHandoutPool();
  });
});

describe("the worker outside vitest", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), "restride-pdf-"));
  });
  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it("runs in a plain node process with no TypeScript loader", async () => {
    const vmFile = path.join(dir, "vm.json");
    const outFile = path.join(dir, "out.pdf");
    writeFileSync(vmFile, JSON.stringify(smallVm()));
    const script = `
      import { Worker } from "node:worker_threads";
      import { readFileSync, writeFileSync } from "node:fs";
      const [workerPath, vmFile, outFile] = process.argv.slice(2);
      const worker = new Worker(workerPath);
      worker.on("error", (err) => { console.error(err); process.exit(2); });
      worker.on("message", (msg) => {
        if (msg.type === "ready") worker.postMessage({ type: "render", id: 1, vm: JSON.parse(readFileSync(vmFile, "utf8")) });
        if (msg.type === "done") { writeFileSync(outFile, Buffer.from(msg.pdf)); worker.terminate(); }
        if (msg.type === "error") { console.error(msg.error.message); process.exit(3); }
      });`;
    const scriptFile = path.join(dir, "render.mjs");
    writeFileSync(scriptFile, script);
    // From another working folder: the worker must find its fonts beside itself.
    await promisify(execFile)(process.execPath, [scriptFile, path.resolve("lib/pdf/worker.mjs"), vmFile, outFile], {
      cwd: dir,
      env: { ...process.env, NODE_OPTIONS: "" },
      timeout: 60_000,
    });
    const { flat } = await readPdf(readFileSync(outFile));
    expect(flat).toContain(NAME);
  });

  it("renders in-process too (renderHandoutToBuffer)", async () => {
    const { flat, pages } = await readPdf(await renderHandoutToBuffer(smallVm()));
    expect(flat).toContain(NAME);
    expect(flat).toContain(`Page 1 of ${pages}`);
  });
});

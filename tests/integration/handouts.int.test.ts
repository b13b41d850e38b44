import { PDFParse } from "pdf-parse";
import { afterAll, describe, expect, it } from "vitest";
import { closeHandoutPool } from "@/lib/pdf/pool";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { saveExerciseImage } from "@/lib/server/exercise-images";
import { cacheKey, getHandout, optionsKey, parseHandoutRequest } from "@/lib/server/handouts";
import { createPlan, editPlan } from "@/lib/server/plans";
import { makeEpisode, sharedTemplateId } from "../support/clinical";
import { makeClinic } from "../support/factories";

afterAll(async () => closeHandoutPool());

const EN = { language: "en", largePrint: false, allStages: false } as const;

async function text(bytes: Buffer) {
  const parser = new PDFParse({ data: new Uint8Array(bytes) });
  try {
    return (await parser.getText()).text;
  } finally {
    await parser.destroy();
  }
}

async function planFor(name: [string, string]) {
  const c = await makeClinic();
  const { patient, episodeId } = await makeEpisode(c.therapist);
  await db.patient.update({ where: { id: patient.id }, data: { givenName: name[0], familyName: name[1] } });
  const { id } = await createPlan(c.therapist, episodeId, { templateId: await sharedTemplateId(), startDate: "2026-11-02" });
  return { ...c, patient, planId: id };
}

describe("handout downloads", () => {
  it("renders once per plan version and options, then serves the cached bytes; a plan edit renders anew", async () => {
    const p = await planFor(["Zoë", "Łukasiewicz-Núñez"]);
    const first = await getHandout(p.therapist, p.planId, EN);
    expect(first.cached).toBe(false);
    expect(first.bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(first.fileName).toMatch(/^restride-handout-zoe-lukasiewicz-nunez-\d{4}-\d{2}-\d{2}\.pdf$/);
    expect(await text(first.bytes)).toContain("Zoë Łukasiewicz-Núñez");

    const second = await getHandout(p.therapist, p.planId, EN);
    expect(second.cached).toBe(true);
    expect(second.bytes.equals(first.bytes)).toBe(true);

    const spanish = await getHandout(p.therapist, p.planId, { ...EN, language: "es" });
    expect(spanish.cached).toBe(false);
    expect(await text(spanish.bytes)).toContain("Su regla del dolor");

    await editPlan(p.therapist, p.planId, 1, {
      type: "dose",
      stageIndex: 0,
      exerciseIndex: 0,
      dose: { sets: 5, reps: 10, frequency: { times: 1, per: "DAY" }, painLimit: 2 },
    });
    const afterEdit = await getHandout(p.therapist, p.planId, EN);
    expect(afterEdit.cached).toBe(false);
    // The old version's rows can never be served again: rendering the new one deleted them.
    expect(await db.handoutCache.count({ where: { planId: p.planId } })).toBe(1);

    const exports = await db.auditEvent.findMany({ where: { action: "handout.export", entityId: p.planId }, orderBy: { id: "asc" } });
    expect(exports.map((e) => (e.detail as { cached: boolean }).cached)).toEqual([false, true, false, false]);
  });

  it("a new day renders anew: yesterday's time line is never served, and its rows are deleted", async () => {
    const p = await planFor(["Ana", "Lima"]);
    const day1 = new Date("2026-12-01T10:00:00Z");
    const day2 = new Date("2026-12-02T10:00:00Z");
    expect((await getHandout(p.therapist, p.planId, EN, { now: day1 })).cached).toBe(false);
    expect((await getHandout(p.therapist, p.planId, EN, { now: day1 })).cached).toBe(true);
    const next = await getHandout(p.therapist, p.planId, EN, { now: day2 });
    expect(next.cached).toBe(false);
    expect(next.fileName).toMatch(/-2026-12-02\.pdf$/);
    expect(await text(next.bytes)).toContain("2 Dec 2026");
    const rows = await db.handoutCache.findMany({ where: { planId: p.planId }, select: { optionsKey: true } });
    expect(rows.map((r) => r.optionsKey)).toEqual([cacheKey("2026-12-02", EN)]);
  });

  it("another clinic gets 404 and no bytes; the owner's clinic succeeds", async () => {
    const p = await planFor(["Ana", "Silva"]);
    const other = await makeClinic();
    const err = await getHandout(other.therapist, p.planId, EN).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("NOT_FOUND");
    expect(await db.handoutCache.count({ where: { planId: p.planId } })).toBe(0);
    expect((await getHandout(p.admin, p.planId, EN)).bytes.length).toBeGreaterThan(1000);
  });
});

it("reads handout options from the query string, defaulting anything unknown", () => {
  expect(parseHandoutRequest(new URLSearchParams("lang=es&large=1&all=on"))).toEqual({ language: "es", largePrint: true, allStages: true, leaflet: false });
  expect(parseHandoutRequest(new URLSearchParams("lang=fr&large=maybe"))).toEqual({ language: "en", largePrint: false, allStages: false, leaflet: false });
  expect(parseHandoutRequest(new URLSearchParams("leaflet=1"))).toEqual({ language: "en", largePrint: false, allStages: false, leaflet: true });
  expect(optionsKey({ language: "es", largePrint: true, allStages: false })).toBe("es-large-sheet");
  expect(optionsKey({ language: "es", largePrint: true, allStages: false, leaflet: true })).toBe("es-large-sheet+leaflet");
  expect(optionsKey({ language: "en", largePrint: false, allStages: true })).toBe("en-regular-all");
  expect(cacheKey("2026-12-01", { language: "es", largePrint: true, allStages: false })).toBe("2026-12-01:es-large-sheet");
});

describe("a clinic's own exercise picture in the handout (decision 031)", () => {
  it("is printed instead of the drawing, in the sheet and the booklet; adding it makes a new handout", async () => {
    const p = await planFor(["Pia", "Bild"]);
    const plan = await db.rehabPlan.findUniqueOrThrow({ where: { id: p.planId }, select: { content: true } });
    const first = (plan.content as { plan: { stages: { exercises: { exerciseKey: string }[] }[] } }).plan.stages[0]!.exercises[0]!.exerciseKey;
    const images = (bytes: Buffer) => (bytes.toString("latin1").match(/\/Subtype\s*\/Image/g) ?? []).length;
    const before = await getHandout(p.therapist, p.planId, EN);
    expect(images(before.bytes)).toBe(0); // drawings are vector paths

    // A 1 x 1 PNG.
    const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
    await saveExerciseImage(p.admin, first, { bytes: png, altEn: "Our physio shows the first exercise", altEs: "Nuestra fisio muestra el primer ejercicio" });
    const after = await getHandout(p.therapist, p.planId, EN);
    expect(after.cached).toBe(false);
    expect(images(after.bytes)).toBeGreaterThan(0);
    const booklet = await getHandout(p.therapist, p.planId, { ...EN, allStages: true });
    expect(images(booklet.bytes)).toBeGreaterThan(0);
    expect(await text(booklet.bytes)).toContain("Our physio shows the first exercise");
  });
});

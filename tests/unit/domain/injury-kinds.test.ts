// The injury-kind boundary: everything specific to a body region lives in its module under
// lib/domain/injuries/<kind>/, and the rest of the product reaches it through the registry.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { suggestTemplate, validateTemplate } from "@/lib/domain/clinical";
import { INJURY_KINDS, MUSCLES, findKindOfMuscle, kindOfMuscle, type InjuryKind } from "@/lib/domain/injuries";
import { SEEDED_CONTENT } from "@/lib/domain/injuries/content";
import { checksFor, measuresFor } from "@/lib/domain/measures";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const KINDS = INJURY_KINDS as readonly InjuryKind[];

/** Words that name a calf muscle, a calf test or calf wording (English and Spanish). */
const CALF_WORDS = /soleus|gastroc|calf|heel.?raise|thompson|achilles|knee-to-wall|pantorrilla|s[oó]leo|gemelo/i;

/**
 * Files outside the calf module that may name calf things, each with its reason. Keep it short:
 * a new entry needs a reason a reviewer accepts.
 */
const ALLOWED: Record<string, string> = {
  "lib/domain/injuries/index.ts": "the registry line that lists the calf kind",
  "lib/domain/injuries/content.ts": "the registry line that lists the calf's seeded content",
  "lib/domain/injuries/illustrations.ts": "the registry line that lists the calf's exercise pictures",
  "lib/domain/injuries/wells.ts": "the shared Wells DVT rule: one criterion's stored key is calfSwellingOver3cm (Wells measures the calf girth)",
  "lib/domain/injuries/hamstring/wells-text.ts": "the Wells DVT criteria measure the calf girth by definition, whatever the injured region",
  "lib/domain/injuries/quadriceps/wells-text.ts": "the Wells DVT criteria measure the calf girth by definition, whatever the injured region",
  "lib/db/seed.ts": "the demo clinic's patients have calf strains (demo data, not rules)",
  "lib/db/seed-demo-clinical.ts": "describes the demo clinic's calf cases",
  "lib/db/seed-scale.ts": "the benchmark clinic's cases per template, calf ones among them (load-test data, not rules)",
  "lib/pdf/sample.ts": "a sample handout for tests and benchmarks, built from the seeded soleus template",
  "lib/fhir/codes.ts": "the interop code tables keyed by region (ICD-10-CM, SNOMED CT body site): calf and the thigh regions to come (decision 018)",
};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === "generated" || name === "node_modules" ? [] : sourceFiles(full);
    return /\.(ts|tsx|mjs|js|css)$/.test(name) ? [full] : [];
  });
}

describe("injury kinds as modules", () => {
  it("nothing in app/, components/ or lib/ outside lib/domain/injuries/calf/ names a calf muscle, test or word (short allow-list)", () => {
    const offenders: string[] = [];
    for (const top of ["app", "components", "lib"]) {
      for (const file of sourceFiles(path.join(ROOT, top))) {
        const rel = path.relative(ROOT, file).split(path.sep).join("/");
        if (rel.startsWith("lib/domain/injuries/calf/") || rel in ALLOWED) continue;
        readFileSync(file, "utf8")
          .split("\n")
          .forEach((line, i) => {
            if (CALF_WORDS.test(line)) offenders.push(`${rel}:${i + 1}: ${line.trim().slice(0, 100)}`);
          });
      }
    }
    expect(offenders).toEqual([]);
  });

  it("every allow-listed file still needs its entry (no stale exceptions)", () => {
    for (const rel of Object.keys(ALLOWED)) {
      expect(CALF_WORDS.test(readFileSync(path.join(ROOT, rel), "utf8")), rel).toBe(true);
    }
  });

  it("maps every muscle to exactly one kind, and the kind owns it", () => {
    expect(new Set(MUSCLES).size).toBe(MUSCLES.length);
    for (const muscle of MUSCLES) expect(kindOfMuscle(muscle).muscles.map((m) => m.key)).toContain(muscle);
    expect(findKindOfMuscle("NOT_A_MUSCLE")).toBeNull();
  });

  it("gives every kind an unspecified muscle of its own, a screen whose negative answers pass, and wording in both languages", () => {
    for (const kind of KINDS) {
      expect(kind.muscles.map((m) => m.key)).toContain(kind.unspecifiedMuscle);
      expect(kind.screen.evaluate(kind.screen.negative).blocksPlan).toBe(false);
      for (const m of kind.muscles) {
        expect(m.label.es.length, m.key).toBeGreaterThan(0);
        expect(m.patient.es.length, m.key).toBeGreaterThan(0);
      }
      expect(Object.keys(kind.wording.handout).sort()).toEqual(["en", "es"]);
      expect(Object.keys(kind.wording.portal).sort()).toEqual(["en", "es"]);
    }
  });

  it("seeds content for every kind, whose templates pass validation against the seeded library and are suggested for each muscle", () => {
    expect(SEEDED_CONTENT.map((c) => c.kind).sort()).toEqual(KINDS.map((k) => k.key).sort());
    const library = SEEDED_CONTENT.flatMap((c) => c.exercises);
    for (const content of SEEDED_CONTENT) {
      for (const template of content.templates) expect(validateTemplate(template, library), template.key).toEqual([]);
      const kind = KINDS.find((k) => k.key === content.kind)!;
      for (const muscle of kind.muscles) {
        expect(suggestTemplate(content.templates, { muscle: muscle.key as (typeof MUSCLES)[number], clinicalGrade: 2 }), muscle.key).not.toBeNull();
      }
    }
  });

  it("rejects a template that names a muscle no kind declares, or whose gate tests an unknown measure", () => {
    const calf = SEEDED_CONTENT.find((c) => c.kind === "calf")!;
    const stray = { ...structuredClone(calf.templates[0]!), muscles: ["NOT_A_MUSCLE" as (typeof MUSCLES)[number]] };
    expect(validateTemplate(stray, calf.exercises).join("\n")).toMatch(/names a muscle no injury kind declares/);
    const template = structuredClone(calf.templates[0]!);
    const gate = template.stages[0]!.gates.find((g) => g.kind === "MEASURE");
    if (gate?.kind !== "MEASURE") throw new Error("the first stage has no measured gate");
    gate.measure = "notAMeasure" as typeof gate.measure;
    expect(validateTemplate(template, calf.exercises).join("\n")).toMatch(/measures unknown notAMeasure/);
  });

  it("gives each kind the common measures and checks plus its own", () => {
    for (const kind of KINDS) {
      const own = measuresFor(kind.key).map((m) => m.key);
      expect(own).toEqual(expect.arrayContaining(["painWalking", "lefs", "hopDistanceSymmetry"]));
      expect(own).toEqual(expect.arrayContaining(kind.measures.measures.map((m) => m.key)));
      expect(checksFor(kind.key).map((c) => c.key)).toContain("normal-gait");
    }
  });
});

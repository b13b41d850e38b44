import { describe, expect, it } from "vitest";
import { CHECK_KEYS, MEASURE_KEYS, MEASURE_META, STAGE_KEYS, isCheckKey, isMeasureKey, localize, readability, validateTemplate } from "@/lib/domain/clinical";
import {
  EDUCATION,
  EXERCISE_LIBRARY,
  GASTROCNEMIUS_TEMPLATE,
  PROTOCOL_TEMPLATES,
  RUN_WALK_LEVELS,
  SEEK_CARE,
  SOLEUS_TEMPLATE,
  getExercise,
  getTemplate,
} from "@/lib/domain/injuries/calf/content";

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

describe("exercise library", () => {
  it("has at least 25 exercises with unique, stable kebab-case keys", () => {
    expect(EXERCISE_LIBRARY.length).toBeGreaterThanOrEqual(25);
    const keys = EXERCISE_LIBRARY.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(KEBAB);
    expect(getExercise("seated-soleus-raise")?.kneeBias).toBe("BENT");
    expect(getExercise("nope")).toBeUndefined();
  });

  it("gives every exercise a purpose, 3-6 steps, cues, mistakes and a Spanish version", () => {
    for (const e of EXERCISE_LIBRARY) {
      expect(e.purpose.length, e.key).toBeGreaterThan(10);
      expect(e.steps.length, e.key).toBeGreaterThanOrEqual(3);
      expect(e.steps.length, e.key).toBeLessThanOrEqual(6);
      expect(e.cues.length, e.key).toBeGreaterThan(0);
      expect(e.commonMistakes.length, e.key).toBeGreaterThan(0);
      const es = e.translations?.es;
      expect(es?.name, e.key).toBeTruthy();
      expect(es?.steps?.length, e.key).toBe(e.steps.length);
      expect(es?.cues?.length, e.key).toBe(e.cues.length);
      expect(es?.commonMistakes?.length, e.key).toBe(e.commonMistakes.length);
    }
  });

  it("covers the kinds of work the protocols need", () => {
    const categories = new Set(EXERCISE_LIBRARY.map((e) => e.category));
    for (const c of ["MOBILITY", "ISOMETRIC", "TARGET_STRENGTH", "SUPPORT_STRENGTH", "BALANCE", "GAIT", "PLYOMETRIC", "RUNNING", "AGILITY"]) {
      expect(categories.has(c as never), c).toBe(true);
    }
  });
});

describe("protocol templates", () => {
  it("has a soleus and a gastrocnemius template covering grades 1-3", () => {
    expect(PROTOCOL_TEMPLATES.map((t) => [t.key, t.name, t.grades])).toEqual([
      ["soleus-strain", "Soleus strain", [1, 2, 3]],
      ["gastrocnemius-strain", "Gastrocnemius strain", [1, 2, 3]],
    ]);
    expect(getTemplate("soleus-strain")).toBe(SOLEUS_TEMPLATE);
  });

  it.each(PROTOCOL_TEMPLATES.map((t) => [t.key, t] as const))("%s passes every structural rule", (_key, template) => {
    expect(validateTemplate(template, EXERCISE_LIBRARY)).toEqual([]);
  });

  it.each(PROTOCOL_TEMPLATES.map((t) => [t.key, t] as const))("%s: every stage but the last has a MEASURE gate", (_key, template) => {
    template.stages.forEach((stage, i) => {
      const isLast = i === template.stages.length - 1;
      const measureGates = stage.gates.filter((g) => g.kind === "MEASURE" && !g.grades);
      if (isLast) expect(stage.gates).toEqual([]);
      else expect(measureGates.length, stage.key).toBeGreaterThan(0);
    });
  });

  it("uses only known measures and checks, with labels for clinician and patient", () => {
    for (const template of PROTOCOL_TEMPLATES) {
      for (const stage of template.stages) {
        for (const gate of stage.gates) {
          if (gate.kind === "MEASURE") {
            expect(isMeasureKey(gate.measure), gate.key).toBe(true);
            const { min, max } = MEASURE_META[gate.measure].range;
            expect(gate.threshold).toBeGreaterThanOrEqual(min);
            expect(gate.threshold).toBeLessThanOrEqual(max);
          } else if (gate.kind === "CHECK") {
            expect(isCheckKey(gate.check), gate.key).toBe(true);
          }
          expect(gate.label.length).toBeGreaterThan(5);
          expect(gate.patientLabel).not.toMatch(/NPRS|>=|<=|symmetry/);
          expect(gate.translations?.es?.patientLabel, gate.key).toBeTruthy();
        }
      }
    }
    expect(isMeasureKey("bogus")).toBe(false);
    expect(isCheckKey("normal-gait")).toBe(true);
    expect(Object.keys(MEASURE_META).sort()).toEqual([...MEASURE_KEYS].sort());
    expect(CHECK_KEYS.length).toBeGreaterThan(0);
  });

  it("follows the staged structure with the brief's gate thresholds", () => {
    for (const template of PROTOCOL_TEMPLATES) {
      expect(template.stages.map((s) => s.key)).toEqual([...STAGE_KEYS]);
      expect(template.stages[0]!.requiresSpecialistReview).toBe(true);
      const gate = (stageKey: string, gateKey: string) => template.stages.find((s) => s.key === stageKey)!.gates.find((g) => g.key === gateKey);
      expect(gate("protect", "walking-pain")).toMatchObject({ measure: "painWalking", comparator: "<=", threshold: 2 });
      expect(gate("protect", "normal-gait")).toMatchObject({ kind: "CHECK" });
      expect(gate("protect", "specialist-cleared")).toMatchObject({ kind: "CHECK", grades: [3] });
      expect(gate("strength", "heel-raise-target-straight")).toMatchObject({ measure: "heelRaiseTargetStraight", comparator: ">=", threshold: 100 });
      expect(gate("strength", "heel-raise-target-bent")).toMatchObject({ measure: "heelRaiseTargetBent", comparator: ">=", threshold: 100 });
      expect(template.stages.flatMap((s) => s.gates).some((g) => g.kind === "MEASURE" && /^heelRaisesAffected/.test(g.measure))).toBe(false);
      expect(gate("strength", "symmetry-straight")).toMatchObject({ threshold: 90 });
      expect(gate("strength", "symmetry-bent")).toMatchObject({ threshold: 90 });
      expect(gate("strength", "pain-free-double-leg-hops")).toMatchObject({ kind: "CHECK" });
      expect(gate("run", "hop-distance")).toMatchObject({ measure: "hopDistanceSymmetry", threshold: 90 });
      expect(gate("run", "box-jumps-5x30")).toBeDefined();
      expect(gate("run", "pain-free-single-leg-hops")).toBeDefined();
      expect(gate("run", "run-walk-no-flare")).toBeDefined();
      expect(template.stages.find((s) => s.key === "run")!.exercises.map((e) => e.exerciseKey)).toContain("run-walk");
    }
  });

  // Which exercises train what each gate tests: a gate may only ask for something the stage, or
  // an earlier one, prescribes (no leaving "strength" on hops nobody was given). Gates on symptoms,
  // a questionnaire or a decision test no exercise and are listed apart. A new gate must be put in
  // one of the two lists.
  const TRAINED_BY: Record<string, string[]> = {
    "walking-pain": ["heel-lift-walking"],
    "normal-gait": ["heel-lift-walking"],
    "heel-raise-target-straight": ["single-leg-heel-raise", "weighted-single-leg-heel-raise"],
    "symmetry-straight": ["single-leg-heel-raise", "weighted-single-leg-heel-raise"],
    "heel-raise-height": ["single-leg-heel-raise", "weighted-single-leg-heel-raise"],
    "heel-raise-target-bent": ["single-leg-bent-knee-heel-raise"],
    "symmetry-bent": ["single-leg-bent-knee-heel-raise"],
    "seated-raise-load": ["weighted-seated-soleus-raise"],
    "pain-free-double-leg-hops": ["pogo-hops"],
    "hop-distance": ["single-leg-hops"],
    "pain-free-single-leg-hops": ["single-leg-hops"],
    "box-jumps-5x30": ["box-jumps"],
    "run-walk-no-flare": ["run-walk"],
    "next-morning-pain": ["easy-run", "hill-running", "change-of-direction"],
    "full-training-no-flare": ["easy-run", "hill-running", "change-of-direction"],
  };
  const TESTS_NO_EXERCISE = new Set(["specialist-cleared", "lefs"]);

  it.each(PROTOCOL_TEMPLATES.map((t) => [t.key, t] as const))("%s: every gate tests what that stage or an earlier one trains, per grade", (_key, template) => {
    for (const grade of template.grades) {
      const applies = (item: { grades?: number[] }) => !item.grades || item.grades.includes(grade);
      const trained = new Set<string>();
      for (const stage of template.stages) {
        for (const item of stage.exercises.filter(applies)) trained.add(item.exerciseKey);
        for (const gate of stage.gates.filter(applies)) {
          const where = `${stage.key} gate ${gate.key}, grade ${grade}`;
          if (TESTS_NO_EXERCISE.has(gate.key)) continue;
          const trainers = TRAINED_BY[gate.key];
          expect(trainers, `${where}: add it to TRAINED_BY or TESTS_NO_EXERCISE`).toBeDefined();
          expect(
            trainers!.some((key) => trained.has(key)),
            `${where}: needs one of ${trainers!.join(", ")} in this or an earlier stage`,
          ).toBe(true);
        }
      }
    }
  });

  it("tests loaded strength before running: seated raise load >= 1.0 x body weight, an editable default called out as unverified", () => {
    for (const template of PROTOCOL_TEMPLATES) {
      const gate = template.stages.find((s) => s.key === "strength")!.gates.find((g) => g.key === "seated-raise-load");
      expect(gate, template.key).toMatchObject({ kind: "MEASURE", measure: "seatedRaiseLoadBw", comparator: ">=", threshold: 1 });
      expect(gate!.label).toMatch(/unverified default/);
    }
  });

  // Exercise burden of the default stages, per grade (the exercises that apply to that grade).
  // A therapist can still add more to a plan or a clinic copy: these are caps on the defaults.
  const MAX_EXERCISES_PER_STAGE = 6;
  // Exercise sessions a day: each daily exercise counts once per time a day it is done.
  const MAX_SESSIONS_PER_DAY = 8;
  // Sets a day (sets x times a day of the daily exercises): about 1 minute a set with its rest,
  // so 30 is about half an hour, spread over the day.
  const MAX_SETS_PER_DAY = 30;

  it.each(PROTOCOL_TEMPLATES.map((t) => [t.key, t] as const))(
    "%s: at most 6 exercises, 8 exercise sessions and 30 sets a day per stage and grade",
    (_key, template) => {
      for (const grade of template.grades) {
        for (const stage of template.stages) {
          const exercises = stage.exercises.filter((e) => !e.grades || e.grades.includes(grade));
          const daily = exercises.filter((e) => e.dose.frequency.per === "DAY");
          const where = `${stage.key}, grade ${grade}`;
          expect(exercises.length, where).toBeLessThanOrEqual(MAX_EXERCISES_PER_STAGE);
          expect(
            daily.reduce((n, e) => n + e.dose.frequency.times, 0),
            where,
          ).toBeLessThanOrEqual(MAX_SESSIONS_PER_DAY);
          expect(
            daily.reduce((n, e) => n + e.dose.sets * e.dose.frequency.times, 0),
            where,
          ).toBeLessThanOrEqual(MAX_SETS_PER_DAY);
          for (const e of exercises) if (e.dose.holdSeconds != null) expect(e.dose.holdSeconds % 5, `${where}: ${e.exerciseKey}`).toBe(0);
        }
      }
    },
  );

  it("keeps the work that matters most in each stage (isometrics, biased raises, load, plyometrics, run-walk)", () => {
    for (const template of PROTOCOL_TEMPLATES) {
      const keys = (stageKey: string) => template.stages.find((s) => s.key === stageKey)!.exercises.map((e) => e.exerciseKey);
      expect(keys("protect"), template.key).toContain("heel-lift-walking");
      expect(
        keys("protect").some((k) => k.includes("isometric")),
        template.key,
      ).toBe(true);
      expect(keys("strength"), template.key).toEqual(
        expect.arrayContaining(["single-leg-heel-raise", "single-leg-bent-knee-heel-raise", "weighted-seated-soleus-raise", "pogo-hops"]),
      );
      expect(keys("run"), template.key).toEqual(expect.arrayContaining(["pogo-hops", "single-leg-hops", "box-jumps", "run-walk"]));
      for (const stageKey of ["run", "sport", "maintain"]) {
        expect(
          keys(stageKey).some((k) => getExercise(k)!.externalLoad),
          `${template.key}/${stageKey} keeps loaded calf work`,
        ).toBe(true);
      }
    }
  });

  it("biases soleus work to bent knee and gastrocnemius work to straight knee", () => {
    const bias = (template: typeof SOLEUS_TEMPLATE) => {
      const strength = template.stages.find((s) => s.key === "strength")!;
      const counts = { BENT: 0, STRAIGHT: 0 };
      for (const item of strength.exercises) {
        const e = getExercise(item.exerciseKey)!;
        if (e.category === "TARGET_STRENGTH" && e.kneeBias) counts[e.kneeBias] += 1;
      }
      return counts;
    };
    expect(bias(SOLEUS_TEMPLATE).BENT).toBeGreaterThan(bias(SOLEUS_TEMPLATE).STRAIGHT);
    expect(bias(GASTROCNEMIUS_TEMPLATE).STRAIGHT).toBeGreaterThan(bias(GASTROCNEMIUS_TEMPLATE).BENT);
  });

  it("warns against long slow runs early for soleus and describes the run-walk steps", () => {
    const run = SOLEUS_TEMPLATE.stages.find((s) => s.key === "run")!;
    expect(run.precautions.join(" ")).toMatch(/long, slow runs/);
    expect(run.precautions.join(" ")).toMatch(/every second day/);
    expect(RUN_WALK_LEVELS.map((l) => [l.walkMinutes, l.runMinutes])).toEqual([
      [4, 1],
      [3, 2],
      [2, 3],
      [1, 4],
      [0, 5],
    ]);
    expect(run.education).toMatch(/walk 4 min, run 1 min/);
  });

  it("cites the brief's sources", () => {
    const labels = SOLEUS_TEMPLATE.sources.map((s) => s.label).join(" | ");
    for (const name of [
      "Green et al., Sports Med Open 2022",
      "Green et al., Scand J Med Sci Sports 2020",
      "Prakash",
      "Pollock",
      "Health & High Performance",
      "Dorn",
      "Gheidi",
      "Binkley",
    ]) {
      expect(labels, name).toContain(name);
    }
    for (const t of PROTOCOL_TEMPLATES) for (const s of t.sources) expect(s.citation.length).toBeGreaterThan(20);
  });

  it("has Spanish stage text and stays plain JSON", () => {
    for (const template of PROTOCOL_TEMPLATES) {
      expect(JSON.parse(JSON.stringify(template))).toStrictEqual(template);
      expect(template.translations?.es?.name).toBeTruthy();
      for (const stage of template.stages) {
        const es = stage.translations?.es;
        expect(es?.name && es.purpose && es.education, stage.key).toBeTruthy();
        expect(es?.goals?.length).toBe(stage.goals.length);
        expect(es?.precautions?.length).toBe(stage.precautions.length);
      }
    }
  });
});

describe("patient education", () => {
  const keys = EDUCATION.map((s) => s.key);

  it("covers every topic of the seed articles", () => {
    for (const key of ["about-the-soleus", "causes", "symptoms", "self-care", "other-treatments", "avoid", "seek-care", "prevention", "recovery-timeline"]) {
      expect(keys, key).toContain(key);
    }
    expect(new Set(keys).size).toBe(keys.length);
    const all = EDUCATION.flatMap((s) => s.body)
      .join(" ")
      .toLowerCase();
    for (const topic of [
      "hill",
      "shoes",
      "hard ground",
      "warm-up",
      "old calf injury",
      "drinking",
      "rest between",
      "bruise",
      "numb",
      "ice",
      "massage",
      "acupuncture",
      "stress fracture",
    ]) {
      expect(all, topic).toContain(topic);
    }
  });

  it("frames medicines carefully", () => {
    const selfCare = EDUCATION.find((s) => s.key === "self-care")!.body.join(" ");
    expect(selfCare).toMatch(/Ask your doctor or pharmacist/);
  });

  it("carries the seed's 'see a doctor' signs in the stop-and-seek-care box", () => {
    const text = SEEK_CARE.body.join(" ").toLowerCase();
    for (const sign of ["rest", "red", "warm", "weight", "sudden, sharp", "bruise", "coming back", "numb"]) {
      expect(text, sign).toContain(sign);
    }
    for (const template of PROTOCOL_TEMPLATES) expect(template.education.map((s) => s.key)).toContain("seek-care");
  });

  it.each(EDUCATION.map((s) => [s.key, s] as const))("%s reads at grade 8 or below, with short sentences", (_key, section) => {
    const stats = readability(section.body);
    expect(stats.grade).toBeLessThanOrEqual(8);
    expect(stats.words / stats.sentences).toBeLessThanOrEqual(15);
  });

  it("stage education also reads at grade 8 or below", () => {
    for (const template of PROTOCOL_TEMPLATES) {
      for (const stage of template.stages) {
        expect(readability([stage.purpose, stage.education, ...stage.goals, ...stage.precautions]).grade, stage.key).toBeLessThanOrEqual(8);
      }
    }
  });

  it("has a Spanish version of every section, falling back to English per field", () => {
    for (const section of EDUCATION) {
      const es = localize(section, "es");
      expect(es.title).not.toBe(section.title);
      expect(es.body.length).toBe(section.body.length);
      expect(localize(section, "en")).toBe(section);
    }
    const stage = localize(SOLEUS_TEMPLATE.stages[0]!, "es");
    expect(stage.name).toBe("Proteger y empezar a cargar");
    expect(stage.durationDays).toBe(SOLEUS_TEMPLATE.stages[0]!.durationDays);
    expect(localize(SOLEUS_TEMPLATE, "es").name).toBe("Distensión del sóleo");
    expect(localize(getExercise("pogo-hops")!, "es").name).toBe("Saltos de muelle");
    expect(localize(SOLEUS_TEMPLATE.stages[0]!.gates[0]!, "es").patientLabel).toBe("Caminar le duele 2 de 10 o menos");
    const partial = { key: "x", title: "Title", body: ["Body"], translations: { es: { title: "Título" } } };
    expect(localize(partial, "es")).toMatchObject({ title: "Título", body: ["Body"] });
  });
});

describe("self-care wording on ice and medicines (issue 9, point 13)", () => {
  const selfCare = EDUCATION.find((s) => s.key === "self-care")!;
  const text = (locale: "en" | "es") => localize(selfCare, locale).body.join(" ");

  it("says to check the skin and wait at least an hour between ice applications, in both languages", () => {
    expect(text("en")).toMatch(/check your skin/);
    expect(text("en")).toMatch(/at least 1 hour/);
    expect(text("es")).toMatch(/mire la piel/);
    expect(text("es")).toMatch(/al menos 1 hora/);
  });

  it("offers paracetamol, holds anti-inflammatories for the first 2 to 3 days, and names who must ask first", () => {
    for (const words of [/paracetamol/, /first 2 to 3 days/, /over 65/, /pregnant/, /asthma/]) expect(text("en")).toMatch(words);
    for (const words of [/paracetamol/, /primeros 2 o 3 días/, /más de 65 años/, /embarazada/, /asma/]) expect(text("es")).toMatch(words);
  });
});

describe("seeded wording a clinic can sign off (issue 9, points 9 and 13)", () => {
  it("gate labels say targets in words, without <= or >= signs", () => {
    for (const template of PROTOCOL_TEMPLATES) {
      for (const stage of template.stages) {
        for (const gate of stage.gates) expect(`${gate.label} | ${gate.patientLabel}`, `${template.key}/${gate.key}`).not.toMatch(/<=|>=|≤|≥/);
      }
    }
  });

  it("no longer claims most repeat strains happen in the first 2 months back (not in Green 2020)", () => {
    const all = JSON.stringify(PROTOCOL_TEMPLATES);
    expect(all).not.toMatch(/2 months|two months|2 meses|dos meses/);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { painRuleText } from "@/lib/domain/clinical/stage-prescription";
import { readability } from "@/lib/domain/clinical/readability";
import type { ExerciseEntry, PlanStage } from "@/lib/domain/clinical/types";
import { EXERCISE_LIBRARY } from "@/lib/domain/injuries/calf/content/exercises";
import { SEEK_CARE } from "@/lib/domain/injuries/calf/content/education";
import { GASTROCNEMIUS_TEMPLATE } from "@/lib/domain/injuries/calf/content/gastrocnemius";
import { addDays } from "@/lib/domain/clinical/dates";
import { prescribedOn } from "@/lib/domain/progress";
import { buildHandout, cleanText, doseView, formatHandoutDate, MAX_FIELD_CHARS, scheduleTicks } from "@/lib/pdf/handout-model";
import { sampleHandoutInput, SAMPLE_PATIENT } from "@/lib/pdf/sample";
import { CALF_KIND } from "@/lib/domain/injuries/calf";
import { ADDUCTOR_TEMPLATE } from "@/lib/domain/injuries/adductor/content";
import { SEEDED_EXERCISES } from "@/lib/domain/injuries/content";
import { generatePlan } from "@/lib/domain/clinical/plan";
import { moveTrack } from "@/lib/domain/clinical/tracks";
import { handoutStrings } from "@/lib/pdf/strings";
import type { HandoutInput } from "@/lib/pdf/types";

const EN = handoutStrings("en", CALF_KIND);
const ES = handoutStrings("es", CALF_KIND);

function withStage(input: HandoutInput, index: number, change: (stage: PlanStage) => PlanStage): HandoutInput {
  const stages = input.plan.stages.map((stage, i) => (i === index ? change(structuredClone(stage)) : stage));
  return { ...input, plan: { ...input.plan, stages } };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object") {
    Object.values(value).forEach(deepFreeze);
    Object.freeze(value);
  }
  return value;
}

describe("buildHandout: stage selection", () => {
  const input = sampleHandoutInput({ currentStageIndex: 1 });

  it("shows only the current stage by default", () => {
    const vm = buildHandout(input, {});
    expect(vm.stages).toHaveLength(1);
    expect(vm.stages[0]!.key).toBe("strength");
    expect(vm.stages[0]!.isCurrent).toBe(true);
    expect(vm.currentStage?.heading).toBe("Stage 2 of 5: Build strength");
    expect(vm.cover.stageLine).toBe("Stage 2 of 5: Build strength");
    expect(vm.stages[0]!.exercises.map((e) => e.key)).toEqual(input.plan.stages[1]!.exercises.map((e) => e.exerciseKey));
    expect(vm.stages[0]!.exercises.map((e) => e.number)).toEqual(input.plan.stages[1]!.exercises.map((_, i) => i + 1));
  });

  it("shows every stage with allStages, marking the current one", () => {
    const vm = buildHandout(input, { allStages: true });
    expect(vm.stages.map((s) => s.key)).toEqual(["protect", "strength", "run", "sport", "maintain"]);
    expect(vm.stages.filter((s) => s.isCurrent).map((s) => s.key)).toEqual(["strength"]);
    expect(vm.stages[0]!.heading).toBe("Stage 1 of 5: Protect and start loading");
    // The schedule is always for the stage the patient is in now.
    expect(vm.schedule.rows).toHaveLength(input.plan.stages[1]!.exercises.length);
    // 4 times a week: one box on Mon, Tue, Thu and Sat (decision 016).
    expect(vm.schedule.rows[0]).toEqual({ name: "Seated soleus raise", frequency: "4× / week", ticks: ["☐", "☐", "", "☐", "", "☐", ""] });
  });

  it("clamps an out-of-range stage index", () => {
    expect(buildHandout({ ...input, currentStageIndex: 99 }).currentStage?.key).toBe("maintain");
    expect(buildHandout({ ...input, currentStageIndex: -3 }).currentStage?.key).toBe("protect");
    expect(buildHandout({ ...input, currentStageIndex: Number.NaN }).currentStage?.key).toBe("protect");
  });

  it("describes the injury and a time line as ranges", () => {
    const vm = buildHandout(input);
    expect(vm.cover.patientName).toBe("Zoë Łukasiewicz-Núñez");
    expect(vm.cover.injury).toMatch(/^Left calf strain, grade 2: part of the muscle is torn\. It affects the soleus/);
    expect(vm.cover.details).toEqual([
      { label: "Therapist", value: "Dana Okafor, PT" },
      { label: "Clinic", value: "Riverside Sports Physio" },
      { label: "Date made", value: "12 Mar 2026" },
    ]);
    // The plan's time line (lib/domain/clinical/timeline.ts): grade 2 soleus injured while
    // running on 1 Mar is back to running 21-48 days and to sport 28-66 days after the injury
    // (soleus in full, running-related at half: decision 014);
    // the current stage (since 7 Mar) lasts until the run stage starts.
    expect(vm.cover.timeline).toEqual([
      { label: "This stage", value: "About 15 to 42 days" },
      { label: "Back to running", value: "Between 22 Mar 2026 and 18 Apr 2026" },
      { label: "Back to full sport", value: "Between 29 Mar 2026 and 6 May 2026" },
    ]);
  });

  it("drops time line rows for milestones already reached", () => {
    const inRun = sampleHandoutInput({ currentStageIndex: 2, madeOn: "2026-03-20" });
    expect(inRun.stageHistory.at(-1)).toEqual({ stageIndex: 2, startedOn: "2026-03-15" });
    const vm = buildHandout(inRun);
    expect(vm.cover.timeline.map((row) => row.label)).toEqual(["This stage", "Back to full sport"]);
  });

  it("never prints a date that has passed as still to come", () => {
    // Made on 20 Jun, still in stage 2 since 7 Mar: running is due from tomorrow, not in March.
    const vm = buildHandout({ ...input, madeOn: "2026-06-20" });
    expect(vm.cover.timeline[1]).toEqual({ label: "Back to running", value: "Between 21 Jun 2026 and 18 Jul 2026" });
  });

  it("shows when the plan ends for a template without run and sport stages", () => {
    const stages = input.plan.stages.filter((stage) => stage.key !== "run" && stage.key !== "sport");
    const vm = buildHandout({ ...input, plan: { ...input.plan, stages } });
    expect(vm.cover.timeline.map((row) => row.label)).toEqual(["This stage", "Plan ends"]);
  });

  it("leaves out dated rows rather than guess when the injury or date is unusable", () => {
    expect(buildHandout({ ...input, madeOn: "not a date" }).cover.timeline.map((row) => row.label)).toEqual(["This stage"]);
    expect(buildHandout({ ...input, injury: undefined } as unknown as HandoutInput).cover.timeline.map((row) => row.label)).toEqual(["This stage"]);
  });
});

describe("buildHandout: gates in patient words", () => {
  it("lists the current stage's gates with their patient labels", () => {
    const input = sampleHandoutInput({ currentStageIndex: 1 });
    const vm = buildHandout(input);
    expect(vm.nextStage.items).toEqual(input.plan.stages[1]!.gates.map((g) => g.patientLabel));
    expect(vm.nextStage.items).toContain("You can do as many heel raises on your injured leg as your other leg does, up to 25");
    expect(vm.nextStage.emptyText).toBeNull();
  });

  it("uses the Spanish patient labels in Spanish", () => {
    const vm = buildHandout(sampleHandoutInput({ currentStageIndex: 1 }), { language: "es" });
    expect(vm.nextStage.items).toContain("Puede hacer tantas elevaciones de talón con la pierna lesionada como con la otra, hasta 25");
    expect(vm.nextStage.heading).toBe(ES.nextStage.heading);
  });

  it("says when the patient is in the last stage", () => {
    const vm = buildHandout(sampleHandoutInput({ currentStageIndex: 4 }));
    expect(vm.nextStage.items).toEqual([]);
    expect(vm.nextStage.emptyText).toBe(EN.nextStage.lastStage);
  });

  it("shows grade-3 specialist gates and notice only where they apply", () => {
    const grade3 = sampleHandoutInput({ currentStageIndex: 0, injury: { clinicalGrade: 3 } });
    const vm = buildHandout(grade3);
    expect(vm.nextStage.items).toContain("A specialist has seen your calf and agreed on the next steps");
    expect(vm.currentStage?.specialistNotice).toBe(EN.specialistNotice);
    expect(vm.cover.injury).toContain("grade 3: the muscle is fully torn");
    const grade2 = buildHandout(sampleHandoutInput({ currentStageIndex: 0 }));
    expect(grade2.nextStage.items).not.toContain("A specialist has seen your calf and agreed on the next steps");
    expect(grade2.currentStage?.specialistNotice).toBeNull();
  });
});

describe("doseView", () => {
  const perDay = (times: number) => ({ times, per: "DAY" as const });
  const perWeek = (times: number) => ({ times, per: "WEEK" as const });

  it("writes sets x reps, frequency and pain limit", () => {
    const dose = doseView({ sets: 3, reps: 15, frequency: perDay(2), painLimit: 3 }, EN, "");
    expect(dose).toEqual({
      sets: "3",
      amount: "15 reps",
      load: "Body weight",
      frequency: "2 times a day",
      frequencyShort: "2× / day",
      painLimit: "3 out of 10 or less",
      summary: "3 sets × 15 reps",
    });
  });

  it("writes holds, timed work and single sets", () => {
    expect(doseView({ sets: 1, holdSeconds: 45, frequency: perDay(1), painLimit: 2 }, EN, "").summary).toBe("hold 45 s");
    const hold = doseView({ sets: 5, holdSeconds: 30, frequency: perWeek(1), painLimit: 0 }, EN, "");
    expect([hold.amount, hold.summary, hold.frequency, hold.painLimit]).toEqual(["hold 30 s", "5 sets, hold 30 s", "Once a week", "No pain"]);
    const timed = doseView({ sets: 6, durationMinutes: 5, frequency: perWeek(3), painLimit: 3 }, EN, "Flat ground");
    expect([timed.amount, timed.summary, timed.load, timed.frequency]).toEqual(["5 min", "6 sets, 5 min", "Flat ground", "3 times a week"]);
    expect(doseView({ sets: 1, reps: 1, frequency: perDay(1), painLimit: 2 }, EN, "").summary).toBe("1 set × 1 rep");
  });

  it("writes Spanish doses", () => {
    const dose = doseView({ sets: 3, reps: 15, frequency: perDay(2), painLimit: 3 }, ES, "");
    expect([dose.summary, dose.frequency, dose.painLimit, dose.load]).toEqual([
      "3 series × 15 repeticiones",
      "2 veces al día",
      "3 de 10 o menos",
      "Su peso corporal",
    ]);
    expect(doseView({ sets: 2, holdSeconds: 30, frequency: perWeek(1), painLimit: 2 }, ES, "").summary).toBe("2 series, mantener 30 s");
  });

  it("never throws on broken doses", () => {
    const broken = doseView({ sets: Number.NaN, frequency: undefined, painLimit: -1 } as never, EN, "");
    expect(broken).toEqual({ sets: "-", amount: "-", load: "Body weight", frequency: "-", frequencyShort: "-", painLimit: "-", summary: "-" });
    expect(doseView(null, EN, "").summary).toBe("-");
  });

  it("comes from the plan's dose for each exercise", () => {
    const vm = buildHandout(sampleHandoutInput({ currentStageIndex: 1 }));
    const seated = vm.currentStage!.exercises.find((e) => e.key === "seated-soleus-raise")!;
    expect(seated.dose).toMatchObject({ summary: "3 sets × 20 reps", frequency: "4 times a week", painLimit: "4 out of 10 or less" });
    expect(seated.dose.load).toBe("Body weight, hands pressing down on the knee");
    expect(seated.steps[0]).toBe("Sit with your feet flat and knees bent to a right angle.");
    expect(seated.cues).toEqual(["Full height every time.", "Slow on the way down."]);
    const single = vm.currentStage!.exercises.find((e) => e.key === "single-leg-heel-raise")!;
    expect(single.note).toBe("Build toward 25 in a row.");
  });
});

describe("buildHandout: languages", () => {
  it("English handouts have no fallback note", () => {
    const vm = buildHandout(sampleHandoutInput());
    expect(vm.locale).toBe("en");
    expect(vm.fallbackNote).toBeNull();
    expect(vm.fallbackFields).toEqual([]);
    expect(vm.footer).toEqual({
      pageTemplate: "Page {page} of {total}",
      template: "Soleus strain, version 3",
      madeBy: "Made by Restride on 12 Mar 2026",
    });
  });

  it("Spanish handouts use Spanish fixed text and template translations", () => {
    const vm = buildHandout(sampleHandoutInput({ currentStageIndex: 1 }), { language: "es" });
    expect(vm.locale).toBe("es");
    expect(vm.labels.handoutTitle).toBe("Su plan de recuperación de la pantorrilla");
    expect(vm.careBox.heading).toBe("Pare y busque atención médica");
    expect(vm.schedule.dayLabels).toEqual(["Lun", "Mar", "Mié", "Jue", "Vie", "Sáb", "Dom"]);
    expect(vm.currentStage?.heading).toBe("Etapa 2 de 5: Ganar fuerza");
    expect(vm.cover.injury).toMatch(/^Distensión de la pantorrilla izquierda, grado 2/);
    expect(vm.cover.details[2]!.value).toBe("12 mar 2026");
    expect(vm.footer.pageTemplate).toBe("Página {page} de {total}");
    expect(vm.footer.madeBy).toBe("Hecho por Restride el 12 mar 2026");
    const seated = vm.currentStage!.exercises.find((e) => e.key === "seated-soleus-raise")!;
    expect(seated.name).toBe("Elevación de talón sentado (sóleo)");
    expect(seated.steps[0]).toBe("Siéntese con los pies apoyados y las rodillas en ángulo recto.");
    expect(vm.education.sections[0]!.title).toBe("Su músculo sóleo");
  });

  it("falls back to English field by field and says so", () => {
    const custom: ExerciseEntry = {
      ...structuredClone(EXERCISE_LIBRARY.find((e) => e.key === "ankle-pumps")!),
      key: "custom-pumps",
      translations: { es: { name: "Bombeo especial" } },
    };
    const base = sampleHandoutInput({ currentStageIndex: 0 });
    const input = withStage({ ...base, exercises: [...EXERCISE_LIBRARY, custom] }, 0, (stage) => ({
      ...stage,
      exercises: [{ exerciseKey: "custom-pumps", name: "Special pumps", dose: stage.exercises[0]!.dose }],
    }));
    const vm = buildHandout(input, { language: "es" });
    const exercise = vm.currentStage!.exercises[0]!;
    expect(exercise.name).toBe("Bombeo especial");
    expect(exercise.steps[0]).toBe("Sit or lie with your injured leg out straight.");
    expect(vm.fallbackFields).toEqual(expect.arrayContaining(["exercise:custom-pumps.steps", "exercise:custom-pumps.cues", "exercise:custom-pumps.purpose"]));
    expect(vm.fallbackFields).not.toContain("exercise:custom-pumps.name");
    expect(vm.fallbackNote).toBe(ES.fallbackNote);
    // The same plan in English needs no note.
    expect(buildHandout(input, { language: "en" }).fallbackNote).toBeNull();
  });

  it("shows the seeded dose notes and loads in Spanish, and counts a therapist's own words as English", () => {
    const seeded = buildHandout(sampleHandoutInput({ currentStageIndex: 1 }), { language: "es" });
    expect(seeded.fallbackFields).toEqual([]);
    expect(seeded.currentStage!.exercises[0]!.dose.load).toBe("Su peso, con las manos empujando la rodilla hacia abajo");
    const edited = withStage(sampleHandoutInput({ currentStageIndex: 1 }), 1, (stage) => ({
      ...stage,
      exercises: stage.exercises.map((e, i) => (i === 0 ? { ...e, dose: { ...e.dose, load: "A 5 kg bag of rice" } } : e)),
    }));
    const vm = buildHandout(edited, { language: "es" });
    expect(vm.fallbackFields).toContain("exercise:seated-soleus-raise.load");
    expect(vm.fallbackNote).toBe(ES.fallbackNote);
  });

  it("shows an exercise missing from the library by its plan name", () => {
    const input = withStage(sampleHandoutInput({ currentStageIndex: 0 }), 0, (stage) => ({
      ...stage,
      exercises: [{ exerciseKey: "clinic-special", name: "Clinic special", dose: stage.exercises[0]!.dose }],
    }));
    const exercise = buildHandout(input).currentStage!.exercises[0]!;
    expect(exercise).toMatchObject({ name: "Clinic special", steps: [], noStepsText: EN.noSteps });
    const es = buildHandout(input, { language: "es" });
    expect(es.currentStage!.exercises[0]!.noStepsText).toBe(ES.noSteps);
    expect(es.fallbackFields).toContain("exercise:clinic-special.name");
  });
});

describe("buildHandout: layout decisions", () => {
  it("carries large print into the layout", () => {
    const normal = buildHandout(sampleHandoutInput());
    const large = buildHandout(sampleHandoutInput(), { largePrint: true });
    expect(normal.layout).toMatchObject({ largePrint: false, exerciseBreakBefore: false });
    expect(large.layout).toMatchObject({ largePrint: true, exerciseBreakBefore: true, illustrationFullWidth: true });
    expect(large.layout.baseFontSize).toBeGreaterThanOrEqual(14);
    expect(large.layout.baseFontSize).toBeGreaterThan(normal.layout.baseFontSize);
    expect(large.layout.h2FontSize).toBeGreaterThan(normal.layout.h2FontSize);
  });

  it("gives an empty stage its message and an empty schedule", () => {
    const input = withStage(sampleHandoutInput({ currentStageIndex: 1 }), 1, (stage) => ({ ...stage, exercises: [] }));
    const vm = buildHandout(input);
    expect(vm.currentStage!.exercises).toEqual([]);
    expect(vm.currentStage!.emptyMessage).toBe("No exercises in this stage yet; your therapist will add them.");
    expect(vm.schedule.rows).toEqual([]);
    expect(vm.schedule.emptyText).toBe(EN.schedule.empty);
    expect(buildHandout(input, { language: "es" }).currentStage!.emptyMessage).toBe(ES.emptyStage);
    // A plan with no stages at all still builds.
    const none = buildHandout({ ...input, plan: { ...input.plan, stages: [] } });
    expect(none.currentStage).toBeNull();
    expect(none.stages).toEqual([]);
    expect(none.cover.stageLine).toBe(EN.emptyStage);
  });

  it("keeps a 40-exercise stage whole", () => {
    const input = withStage(sampleHandoutInput({ currentStageIndex: 1 }), 1, (stage) => ({
      ...stage,
      exercises: Array.from({ length: 40 }, (_, i) => ({ ...structuredClone(stage.exercises[i % stage.exercises.length]!) })),
    }));
    const vm = buildHandout(input);
    expect(vm.currentStage!.exercises).toHaveLength(40);
    expect(vm.schedule.rows).toHaveLength(40);
    expect(vm.currentStage!.exercises[39]!.number).toBe(40);
  });
});

describe("buildHandout: care box and education", () => {
  it("covers every sign the brief lists, in plain words", () => {
    const vm = buildHandout(sampleHandoutInput());
    const text = vm.careBox.groups.flatMap((g) => g.items).join(" ");
    for (const sign of [
      /short of breath/, // clot in the lung (DVT)
      /swells up, feels warm or looks red/, // DVT, redness / warmth / swelling
      /snap at the back of your heel|cannot stand on your toes|gap just above your heel/, // Achilles rupture
      /very tight and hard/, // compartment syndrome
      /cannot put weight/,
      /sudden, sharp pain while running/,
      /does not get better with rest/,
      /numb/,
      /bruise/,
      /keeps coming back/,
    ]) {
      expect(text).toMatch(sign);
    }
    expect(vm.careBox.heading).toBe("Stop and get care");
    const all = [vm.careBox.intro, ...vm.careBox.groups.flatMap((g) => [g.heading, ...g.items]), vm.careBox.closing];
    expect(readability(all).grade).toBeLessThanOrEqual(8);
  });

  it("has the same care items in Spanish", () => {
    const shape = (groups: { items: string[] }[]) => groups.map((g) => g.items.length);
    const es = buildHandout(sampleHandoutInput(), { language: "es" }).careBox;
    expect(shape(es.groups)).toEqual(shape(buildHandout(sampleHandoutInput()).careBox.groups));
    expect(es.heading).toBe("Pare y busque atención médica");
  });

  it("prints the clinic's phone and emergency number in the care box, in both languages", () => {
    const input = { ...sampleHandoutInput(), clinicContact: { phone: " 555 0100 ", emergencyNumber: "112" } };
    expect(buildHandout(input).careBox.contact).toEqual(["Call the clinic: 555 0100", "Emergency: 112"]);
    expect(buildHandout(input, { language: "es" }).careBox.contact).toEqual(["Llame a la clínica: 555 0100", "Emergencias: 112"]);
  });

  it("without the clinic's numbers, says to call the clinic and emergency services in words, never an empty label", () => {
    for (const clinicContact of [undefined, null, { phone: null, emergencyNumber: null }, { phone: "  ", emergencyNumber: "\u0000" }]) {
      for (const language of ["en", "es"] as const) {
        const contact = buildHandout({ ...sampleHandoutInput(), clinicContact }, { language }).careBox.contact;
        expect(contact).toHaveLength(2);
        for (const line of contact) expect(line).not.toMatch(/:\s*$/);
      }
    }
    const en = buildHandout(sampleHandoutInput()).careBox.contact;
    expect(en).toEqual(["Call the clinic. Use the number your clinic gave you.", "Emergency: call your local emergency number."]);
  });

  it("uses the template's education, without the seek-care section the care box replaces", () => {
    const input = sampleHandoutInput();
    expect(input.education.some((s) => s.key === SEEK_CARE.key)).toBe(true);
    const vm = buildHandout(input);
    expect(vm.education.sections.map((s) => s.title)).not.toContain(SEEK_CARE.title);
    expect(vm.education.sections.map((s) => s.title)).toEqual(
      expect.arrayContaining([
        "Your soleus muscle",
        "Why calf strains happen",
        "Caring for your calf at home",
        "What to avoid while you heal",
        "Lowering the chance of another strain",
        "How long will it take?",
      ]),
    );
  });

  it("works for the gastrocnemius template too", () => {
    const input = sampleHandoutInput({ template: GASTROCNEMIUS_TEMPLATE, injury: { muscle: "MEDIAL_GASTROCNEMIUS", side: "RIGHT" } });
    const vm = buildHandout(input);
    expect(vm.cover.injury).toMatch(/^Right calf strain, grade 2.*inner part of the gastrocnemius/);
    expect(vm.footer.template).toBe(`${GASTROCNEMIUS_TEMPLATE.name}, version ${GASTROCNEMIUS_TEMPLATE.version}`);
  });
});

describe("buildHandout: odd input", () => {
  it("is pure: same input, same output, input untouched", () => {
    const input = deepFreeze(sampleHandoutInput());
    const a = buildHandout(input, { language: "es", allStages: true });
    const b = buildHandout(input, { language: "es", allStages: true });
    expect(a).toEqual(b);
    expect(structuredClone(a)).toEqual(a);
  });

  it("keeps a 300-character name and strips control characters", () => {
    const long = "Ñ".repeat(300);
    const vm = buildHandout({ ...sampleHandoutInput(), patient: { givenName: long, familyName: "O\u0000'Brien\u0007" } });
    expect(vm.cover.patientName).toBe(`${long} O'Brien`);
    expect(cleanText("a\tb\nc  d")).toBe("a b c d");
    expect(cleanText("x".repeat(5000))).toHaveLength(MAX_FIELD_CHARS);
    expect(cleanText("\uD800broken")).toBe("broken");
    expect(cleanText("\u202Eevil\u2066x\u2069")).toBe("evilx");
    expect(cleanText(7)).toBe("7");
    expect(cleanText({ en: "Heel raises" })).toBe("");
    expect(cleanText(["a", "b"])).toBe("");
  });

  it("tolerates holes in a stored plan snapshot", () => {
    const input = sampleHandoutInput({ currentStageIndex: 1 });
    const stage = structuredClone(input.plan.stages[1]!);
    const holed = {
      ...input,
      currentStageIndex: 0,
      plan: { ...input.plan, stages: [null, { ...stage, exercises: [null, stage.exercises[0]], gates: [null, stage.gates[0]] }] },
    } as unknown as HandoutInput;
    const vm = buildHandout(holed, { language: "es" });
    expect(vm.currentStage!.exercises.map((e) => e.key)).toEqual([stage.exercises[0]!.exerciseKey]);
    expect(vm.nextStage.items).toHaveLength(0); // the only stage is the last one
    expect(vm.currentStage!.gates).toHaveLength(1);
  });

  it("formats only real ISO dates", () => {
    expect(formatHandoutDate("2026-03-04", "en")).toBe("4 Mar 2026");
    expect(formatHandoutDate("2026-03-04", "es")).toBe("4 mar 2026");
    expect(formatHandoutDate("2026-02-31", "en")).toBe("2026-02-31");
    expect(formatHandoutDate("yesterday", "en")).toBe("yesterday");
  });

  it("never throws on arbitrary names, dates and stage indexes", () => {
    const base = sampleHandoutInput();
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 400 }),
        fc.string({ unit: "grapheme", maxLength: 80 }),
        fc.string({ maxLength: 30 }),
        fc.integer({ min: -10, max: 10 }),
        fc.constantFrom<"en" | "es">("en", "es"),
        fc.boolean(),
        (name, clinic, madeOn, stageIndex, language, allStages) => {
          const vm = buildHandout(
            { ...base, patient: { givenName: name, familyName: SAMPLE_PATIENT.familyName }, clinicName: clinic, madeOn, currentStageIndex: stageIndex },
            { language, allStages },
          );
          // eslint-disable-next-line no-control-regex -- asserting control characters are gone
          expect(vm.cover.patientName).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
          expect(vm.cover.patientName.length).toBeLessThanOrEqual(MAX_FIELD_CHARS);
          expect(vm.currentStage).not.toBeNull();
          expect(() => structuredClone(vm)).not.toThrow();
        },
      ),
      { numRuns: 150 },
    );
    // 150 whole handouts, each with its time line: about 2 s alone, longer on a busy machine.
  }, 30_000);
});

describe("Spanish injury sentence", () => {
  it("names the muscle with a correct preposition for every calf muscle (no 'a el')", () => {
    for (const muscle of ["SOLEUS", "MEDIAL_GASTROCNEMIUS", "LATERAL_GASTROCNEMIUS", "CALF_UNSPECIFIED"] as const) {
      const input = sampleHandoutInput({ injury: { muscle } });
      const injury = buildHandout(input, { language: "es" }).cover.injury;
      expect(injury).not.toMatch(/\ba el\b/);
      expect(injury).toMatch(/La lesión está en (el|la|un) /);
    }
  });
});

describe("buildHandout: one pain rule per stage (issue 9, point 4)", () => {
  it("states the stage's rule once, in the words the plan page and portal use", () => {
    const vm = buildHandout(sampleHandoutInput({ currentStageIndex: 1 }));
    expect(vm.currentStage!.painRule).toBe(painRuleText(4, "en"));
    // Impact work is stricter on purpose and says so; the rest follow the rule without a line.
    const notes = Object.fromEntries(vm.currentStage!.exercises.map((e) => [e.key, e.painNote]));
    expect(notes["pogo-hops"]).toBe("Keep this one to 3 out of 10 or less.");
    expect(notes["seated-soleus-raise"]).toBeNull();
  });

  it("has no second pain rule in the stage's own text (the old '3 or 4 out of 10' lines are gone)", () => {
    for (const language of ["en", "es"] as const) {
      const vm = buildHandout(sampleHandoutInput({ currentStageIndex: 1 }), { language, allStages: true });
      const stageText = JSON.stringify(vm.stages.map((s) => [s.precautions, s.goals, s.education]));
      expect(stageText).not.toMatch(/3 (or|o) 4/);
      expect(JSON.stringify(vm.education)).not.toMatch(/3 (or|o) 4/);
    }
  });
});

describe("buildHandout: a complete rupture waits for the specialist (issue 9, point 5)", () => {
  const grade3 = (checks?: Record<string, boolean>) => ({ ...sampleHandoutInput({ injury: { clinicalGrade: 3 }, currentStageIndex: 0 }), checks });

  it("before clearance: the notice, protection advice and ankle pumps only, even with every stage asked for", () => {
    for (const language of ["en", "es"] as const) {
      const vm = buildHandout(grade3(), { language, allStages: true });
      expect(vm.stages).toHaveLength(1);
      const stage = vm.stages[0]!;
      expect(stage.specialistNotice).toBe(handoutStrings(language, CALF_KIND).specialistNotice);
      expect(stage.precautions).toEqual(CALF_KIND.specialistHold.advice[language]);
      expect(stage.exercises.map((e) => e.key)).toEqual(["ankle-pumps"]);
      expect(stage.goals).toEqual([]);
      expect(vm.schedule.rows).toHaveLength(1);
      expect(vm.cover.stagePurpose).toBe(stage.specialistNotice);
      expect(JSON.stringify(vm)).not.toMatch(/day 2 or 3|día 2 o 3/);
    }
  });

  it("after the specialist-cleared check: the stage's loading exercises and every stage", () => {
    const vm = buildHandout(grade3({ "specialist-cleared": true }), { allStages: true });
    expect(vm.stages.length).toBe(5);
    expect(vm.currentStage!.specialistNotice).toBeNull();
    expect(vm.currentStage!.exercises.length).toBeGreaterThan(1);
  });

  it("grade 2 is never held", () => {
    const vm = buildHandout(sampleHandoutInput({ currentStageIndex: 0 }));
    expect(vm.currentStage!.specialistNotice).toBeNull();
  });
});

describe("the weekly tick sheet counts what the portal and adherence count", () => {
  const boxes = (cell: string) => (/^(\d+) × ☐$/.exec(cell) ? Number(/^(\d+)/.exec(cell)![1]) : [...cell].filter((c) => c === "☐").length);

  it("has one box per session: sets x times a day every day, a weekly dose's sessions on its weekdays", () => {
    const daily = { sets: 2, frequency: { times: 3, per: "DAY" as const }, painLimit: 3 };
    expect(scheduleTicks(daily)).toEqual(Array.from({ length: 7 }, () => "☐☐☐"));
    expect(scheduleTicks({ ...daily, frequency: { times: 3, per: "WEEK" } })).toEqual(["☐", "", "☐", "", "☐", "", ""]);
    expect(scheduleTicks({ ...daily, frequency: { times: 6, per: "DAY" } })).toEqual(Array.from({ length: 7 }, () => "6 × ☐"));
    expect(scheduleTicks(null)).toEqual(["", "", "", "", "", "", ""]);
  });

  it("matches prescribedOn for every exercise of every stage, on each weekday, in English and Spanish", () => {
    const monday = "2026-03-09";
    for (const language of ["en", "es"] as const) {
      for (let stageIndex = 0; stageIndex < 5; stageIndex++) {
        const input = sampleHandoutInput({ currentStageIndex: stageIndex });
        const stage = input.plan.stages[stageIndex]!;
        const vm = buildHandout(input, { language });
        expect(vm.schedule.rows).toHaveLength(stage.exercises.length);
        vm.schedule.rows.forEach((row, i) => {
          const expected = Array.from({ length: 7 }, (_, d) => prescribedOn(stage, addDays(monday, d))[i]!.sessions);
          expect(row.ticks.map(boxes), `${language} stage ${stageIndex} ${row.name}`).toEqual(expected);
        });
      }
    }
    expect(buildHandout(sampleHandoutInput(), { language: "es" }).schedule.intro).toBe(
      "Cada casilla es una sesión: márquela cuando haya hecho todas sus series. Un día sin casilla es de descanso para ese ejercicio.",
    );
  });
});

describe("buildHandout: a picture for every exercise (issue 10, point 1)", () => {
  it("gives every seeded exercise of every stage its drawing, captioned in the handout's language", () => {
    for (const language of ["en", "es"] as const) {
      const vm = buildHandout(sampleHandoutInput({ currentStageIndex: 0 }), { language, allStages: true });
      const exercises = vm.stages.flatMap((stage) => stage.exercises);
      expect(exercises.length).toBeGreaterThan(20);
      for (const e of exercises) {
        expect(e.drawing, e.key).not.toBeNull();
        expect(e.drawingCaption).toBe(e.drawing!.alt[language]);
      }
    }
  });

  it("a groin handout pictures every exercise too, the sideways ones in the front view (decision 034)", () => {
    const injury = {
      muscle: "ADDUCTOR_LONGUS",
      side: "LEFT",
      injuryDate: "2026-11-02",
      onset: "SUDDEN",
      duringRunning: false,
      repeatInjury: false,
      clinicalGrade: 2,
    } as const;
    // In the two-track stage with the exercise track at its second phase (the short Copenhagen plank):
    // a tracked stage shows each track's current phase.
    const generated = generatePlan(ADDUCTOR_TEMPLATE, SEEDED_EXERCISES, {}, injury, "2026-11-03");
    const plan = moveTrack({ ...generated, currentStageIndex: 1 }, "exercise", 1, "2026-11-06").plan;
    const input: HandoutInput = {
      ...sampleHandoutInput(),
      plan: { ...plan, currentStageIndex: 0 },
      injury,
      stageHistory: [{ stageIndex: 0, startedOn: "2026-11-03" }],
      templateName: ADDUCTOR_TEMPLATE.name,
      templateVersion: ADDUCTOR_TEMPLATE.version,
      education: ADDUCTOR_TEMPLATE.education,
      exercises: SEEDED_EXERCISES,
      currentStageIndex: 0,
      madeOn: "2026-11-03",
    };
    for (const language of ["en", "es"] as const) {
      const exercises = buildHandout(input, { language, allStages: true }).stages.flatMap((stage) => stage.exercises);
      expect(exercises.map((e) => e.key)).toContain("groin-copenhagen-short");
      for (const e of exercises) {
        expect(e.drawing, e.key).not.toBeNull();
        expect(e.drawingCaption).toBe(e.drawing!.alt[language]);
      }
    }
    const squeeze = buildHandout(input, { language: "en", allStages: true })
      .stages.flatMap((stage) => stage.exercises)
      .find((e) => e.key === "groin-ball-squeeze-bent");
    expect(squeeze?.drawingCaption).toMatch(/^Lying on the back, seen from the feet, a ball between the knees/);
  });

  it("prints no picture (and no placeholder) for an exercise without a description", () => {
    const input = withStage(sampleHandoutInput({ currentStageIndex: 1 }), 1, (stage) => ({
      ...stage,
      exercises: [{ exerciseKey: "clinic-own-exercise", name: "Our own drill", dose: stage.exercises[0]!.dose }],
    }));
    const [own] = buildHandout(input).currentStage!.exercises;
    expect(own).toMatchObject({ name: "Our own drill", drawing: null, drawingCaption: null });
  });
});

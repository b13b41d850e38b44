import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, prognosis, type Injury } from "@/lib/domain/clinical";
import { injuryArb } from "./arbitraries";

const base: Injury = {
  muscle: "MEDIAL_GASTROCNEMIUS",
  side: "LEFT",
  injuryDate: "2026-11-01",
  onset: "SUDDEN",
  duringRunning: false,
  repeatInjury: false,
  clinicalGrade: 2,
};

const width = (r: { minDays: number; maxDays: number }) => r.maxDays - r.minDays;

describe("prognosis", () => {
  it("gives the base range for a first, non-running gastrocnemius grade 2 strain", () => {
    const p = prognosis(base);
    expect(p.returnToSport).toEqual({ minDays: 17, maxDays: 42 });
    expect(p.returnToRun).toEqual({ minDays: 10, maxDays: 24 });
    expect(p.factors).toEqual([]);
    expect(p.returnToSportDates).toEqual({ earliest: "2026-11-18", latest: "2026-12-13" });
    expect(p.sources.map((s) => s.label)).toContain("Prakash et al., BJSM 2018");
  });

  it("adds each factor with a plain-text effect and a source", () => {
    const p = prognosis({ ...base, muscle: "SOLEUS", duringRunning: true, repeatInjury: true, bamicGrade: 2, bamicSite: "c" });
    expect(p.factors.map((f) => [f.key, f.effect])).toEqual([
      ["SOLEUS", "+6 to +17 days"],
      ["RUNNING_RELATED", "+10 to +14 days"],
      ["BAMIC_SITE_C", "+7 to +21 days"],
      ["REPEAT_INJURY", "+7 to +14 days"],
    ]);
    expect(p.returnToSport).toEqual({ minDays: 17 + 6 + 10 + 7 + 7, maxDays: 42 + 17 + 14 + 21 + 14 });
    for (const f of p.factors) expect(f.source).toMatch(/\w/);
    expect(p.notes.join(" ")).toMatch(/within 2 months/);
  });

  it("treats an unconfirmed muscle as soleus", () => {
    const p = prognosis({ ...base, muscle: "CALF_UNSPECIFIED" });
    expect(p.factors.map((f) => f.key)).toEqual(["MUSCLE_ASSUMED_SOLEUS"]);
  });

  it("ignores site c without a BAMIC grade 1-3", () => {
    expect(prognosis({ ...base, bamicGrade: null, bamicSite: "c" }).factors).toEqual([]);
    expect(prognosis({ ...base, bamicGrade: 0, bamicSite: "c" }).factors).toEqual([]);
  });

  it("grade 3 (or BAMIC 4) needs a specialist opinion and says so", () => {
    const g3 = prognosis({ ...base, clinicalGrade: 3 });
    expect(g3.specialistOpinion).toBe(true);
    expect(g3.notes.join(" ")).toMatch(/specialist or surgical opinion/);
    const bamic4 = prognosis({ ...base, clinicalGrade: 1, bamicGrade: 4 });
    expect(bamic4.grade).toBe(3);
    expect(bamic4.returnToSport).toEqual(g3.returnToSport);
    expect(prognosis(base).specialistOpinion).toBe(false);
  });

  it("ranges are well-formed for any injury (property)", () => {
    fc.assert(
      fc.property(injuryArb, (injury) => {
        const p = prognosis(injury);
        for (const r of [p.returnToRun, p.returnToSport]) {
          expect(r.minDays).toBeGreaterThan(0);
          expect(r.minDays).toBeLessThan(r.maxDays);
        }
        expect(p.returnToRun.minDays).toBeLessThanOrEqual(p.returnToSport.minDays);
        expect(p.returnToRun.maxDays).toBeLessThanOrEqual(p.returnToSport.maxDays);
        expect(p.returnToSportDates.earliest).toBe(addDays(injury.injuryDate, p.returnToSport.minDays));
        expect(p.returnToRunDates.latest).toBe(addDays(injury.injuryDate, p.returnToRun.maxDays));
        expect(prognosis(injury)).toStrictEqual(p);
      }),
    );
  });

  it("each added factor pushes both ends later and widens the range (property)", () => {
    const toggles: [string, (i: Injury) => Injury | null][] = [
      ["running", (i) => (i.duringRunning ? null : { ...i, duringRunning: true })],
      ["repeat", (i) => (i.repeatInjury ? null : { ...i, repeatInjury: true })],
      ["soleus", (i) => (i.muscle === "MEDIAL_GASTROCNEMIUS" || i.muscle === "LATERAL_GASTROCNEMIUS" ? { ...i, muscle: "SOLEUS" } : null)],
      [
        "site c",
        (i) => (i.bamicSite === "c" && i.bamicGrade !== 0 && i.bamicGrade !== 4 && i.bamicGrade != null ? null : { ...i, bamicGrade: 2, bamicSite: "c" }),
      ],
    ];
    fc.assert(
      fc.property(injuryArb, fc.constantFrom(...toggles), (injury, [name, toggle]) => {
        const withFactor = toggle(injury);
        if (!withFactor || (name === "site c" && prognosis(withFactor).grade !== prognosis(injury).grade)) return;
        const before = prognosis(injury);
        const after = prognosis(withFactor);
        for (const key of ["returnToRun", "returnToSport"] as const) {
          expect(after[key].minDays).toBeGreaterThan(before[key].minDays);
          expect(after[key].maxDays).toBeGreaterThan(before[key].maxDays);
          expect(width(after[key])).toBeGreaterThan(width(before[key]));
        }
      }),
    );
  });

  it("a higher grade gives a later and wider range (property)", () => {
    fc.assert(
      fc.property(injuryArb, (injury) => {
        const plain = { ...injury, bamicGrade: null };
        const [g1, g2, g3] = ([1, 2, 3] as const).map((g) => prognosis({ ...plain, clinicalGrade: g }).returnToSport);
        expect(g1!.minDays).toBeLessThan(g2!.minDays);
        expect(g2!.minDays).toBeLessThan(g3!.minDays);
        expect(width(g1!)).toBeLessThan(width(g2!));
        expect(width(g2!)).toBeLessThan(width(g3!));
      }),
    );
  });
});

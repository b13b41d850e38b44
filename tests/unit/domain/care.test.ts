// Issue 9, point 11: one "Stop and get care" list per injury kind, read by the handout's care
// box, the seek-care education section and the portal.
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/domain/clinical/types";
import { INJURY_KINDS } from "@/lib/domain/injuries";
import { CALF_KIND } from "@/lib/domain/injuries/calf";
import { SEEK_CARE } from "@/lib/domain/injuries/calf/content";
import { CALF_CARE_SIGNS } from "@/lib/domain/injuries/calf/wording";
import { careAdvice, CARE_URGENCIES } from "@/lib/domain/injuries/care";
import { buildHandout } from "@/lib/pdf/handout-model";
import { sampleHandoutInput } from "@/lib/pdf/sample";
import { readability } from "@/lib/domain/clinical/readability";

const CONTACT = { phone: "555 0100", emergencyNumber: "112" };
const sign = (key: string) => CALF_CARE_SIGNS.find((s) => s.key === key)!;

describe("one seek-care list per injury kind", () => {
  it("declares every sign once, with an urgency and the same sign in English and Spanish", () => {
    for (const kind of INJURY_KINDS) {
      const keys = kind.wording.care.map((s) => s.key);
      expect(new Set(keys).size, kind.key).toBe(keys.length);
      for (const s of kind.wording.care) {
        expect(CARE_URGENCIES).toContain(s.urgency);
        expect(s.text.en.length, s.key).toBeGreaterThan(0);
        expect(s.text.es.length, s.key).toBeGreaterThan(0);
        expect(s.text.es, s.key).not.toBe(s.text.en);
      }
      // Most urgent first.
      const order = kind.wording.care.map((s) => CARE_URGENCIES.indexOf(s.urgency));
      expect(order).toEqual([...order].sort((a, b) => a - b));
    }
  });

  it("has the infection and stress-fracture lines in both languages", () => {
    expect(sign("infection").text.en).toMatch(/fever/);
    expect(sign("infection").text.en).toMatch(/hot and red.*spreads/);
    expect(sign("infection").text.es).toMatch(/fiebre/);
    expect(sign("infection").text.es).toMatch(/caliente y roja.*se extiende/);
    expect(sign("stress-fracture").text.en).toMatch(/shin bone gives sharp pain/);
    expect(sign("stress-fracture").text.es).toMatch(/espinilla siente un dolor agudo/);
  });

  it.each(LOCALES)("the handout's care box and the portal's care advice render the same list (%s)", (locale) => {
    const signs = CALF_CARE_SIGNS.map((s) => s.text[locale]);
    const handout = buildHandout({ ...sampleHandoutInput(), clinicContact: CONTACT }, { language: locale }).careBox;
    const portal = careAdvice(CALF_KIND.wording, locale, CONTACT);
    expect(handout.groups.flatMap((g) => g.items)).toEqual(signs);
    expect(handout).toEqual({
      heading: portal.heading,
      intro: portal.intro,
      contact: portal.contact,
      closing: portal.closing,
      groups: portal.groups.map(({ heading, items }) => ({ heading, items })),
    });
  });

  it("builds the seek-care education section from the same list, in both languages", () => {
    expect(SEEK_CARE.key).toBe("seek-care");
    for (const s of CALF_CARE_SIGNS) {
      expect(SEEK_CARE.body).toContain(s.text.en);
      expect(SEEK_CARE.translations?.es?.body).toContain(s.text.es);
    }
    expect(SEEK_CARE.body.length).toBe(CALF_CARE_SIGNS.length + CARE_URGENCIES.length);
  });

  it("reads at grade 8 or below, with the clinic's numbers", () => {
    const advice = careAdvice(CALF_KIND.wording, "en", CONTACT);
    expect(readability([advice.intro, ...advice.contact, ...advice.groups.flatMap((g) => [g.heading, ...g.items]), advice.closing]).grade).toBeLessThanOrEqual(
      8,
    );
  });
});

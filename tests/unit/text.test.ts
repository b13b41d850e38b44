import { describe, expect, it } from "vitest";
import { ageOn, foldForSearch, fullName } from "@/lib/domain/text";

describe("foldForSearch", () => {
  it("removes accents and case so therapists can search without typing diacritics", () => {
    expect(foldForSearch("Zoë Łukasiewicz-Núñez")).toBe("zoe lukasiewicz-nunez");
    expect(foldForSearch("  Siobhán   Ní Bhriain ")).toBe("siobhan ni bhriain");
    expect(foldForSearch("Søren Æbelø Straße")).toBe("soren aebelo strasse");
    expect(foldForSearch("ÉMILE")).toBe("emile");
  });

  it("drops control characters, so a crafted search (?q=%00) is a search, not a database error", () => {
    expect(foldForSearch("\u0000")).toBe("");
    expect(foldForSearch("zo\u0000ë\u0007 smith")).toBe("zo e smith");
  });

  it("leaves plain names as they are, lower-cased", () => {
    expect(foldForSearch("Daniel Okonkwo")).toBe("daniel okonkwo");
    expect(foldForSearch("")).toBe("");
  });
});

describe("ageOn", () => {
  it("counts whole years, turning a year older on the birthday itself", () => {
    const dob = new Date("1990-03-15T00:00:00Z");
    expect(ageOn(dob, new Date("2026-03-14T12:00:00Z"))).toBe(35);
    expect(ageOn(dob, new Date("2026-03-15T00:00:00Z"))).toBe(36);
  });

  it("handles a 29 February birthday", () => {
    const dob = new Date("2000-02-29T00:00:00Z");
    expect(ageOn(dob, new Date("2026-02-28T00:00:00Z"))).toBe(25);
    expect(ageOn(dob, new Date("2026-03-01T00:00:00Z"))).toBe(26);
  });
});

it("fullName joins given and family name", () => {
  expect(fullName({ givenName: "Zoë", familyName: "Łukasiewicz-Núñez" })).toBe("Zoë Łukasiewicz-Núñez");
});

// The portal's client components fill the catalogue's {placeholders} themselves (fill.ts), so the
// browser needs no ICU message parser (issue 13). That only holds while those namespaces use plain
// placeholders: a plural or select form would show its raw syntax to the patient.
import { describe, expect, it } from "vitest";
import { CLIENT_NAMESPACES, fill } from "@/components/portal/fill";
import { MESSAGES } from "@/lib/i18n/messages";

describe("the portal's words filled in the browser", () => {
  it("fills each placeholder and leaves an unknown one visible rather than blank", () => {
    expect(fill("More sets of {name}", { name: "Glute bridge" })).toBe("More sets of Glute bridge");
    expect(fill("Up to {max} characters ({used} used).", { max: 500, used: 0 })).toBe("Up to 500 characters (0 used).");
    expect(fill("Saved for {date}", {})).toBe("Saved for {date}");
  });

  it("every message the client fills, in every language, uses plain {name} placeholders only", () => {
    for (const [locale, messages] of Object.entries(MESSAGES)) {
      for (const ns of CLIENT_NAMESPACES) {
        for (const [key, text] of Object.entries(messages[ns])) {
          expect(text, `${locale}.${ns}.${key}`).not.toMatch(/\{\s*\w+\s*,/);
          expect(text.replace(/\{\w+\}/g, ""), `${locale}.${ns}.${key}`).not.toMatch(/[{}]/);
        }
      }
    }
  });
});

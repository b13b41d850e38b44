// The portal's "Stop and get care" section renders the same list as the handout's care box.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { CareAdviceSection } from "@/components/portal/care-advice";
import { LOCALES } from "@/lib/domain/clinical/types";
import { CALF_KIND } from "@/lib/domain/injuries/calf";
import { careAdvice } from "@/lib/domain/injuries/care";
import { buildHandout } from "@/lib/pdf/handout-model";
import { sampleHandoutInput } from "@/lib/pdf/sample";

const CONTACT = { phone: "555 0100", emergencyNumber: "112" };
const unescape = (html: string) =>
  html
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&amp;/g, "&");

describe("portal care section", () => {
  it.each(LOCALES)("shows every line of the handout's care box, in order, with the clinic's numbers (%s)", (locale) => {
    const box = buildHandout({ ...sampleHandoutInput(), clinicContact: CONTACT }, { language: locale }).careBox;
    const html = unescape(renderToStaticMarkup(<CareAdviceSection care={careAdvice(CALF_KIND.wording, locale, CONTACT)} />));
    const lines = [box.heading, box.intro, ...box.contact, ...box.groups.flatMap((g) => [g.heading, ...g.items]), box.closing];
    let from = 0;
    for (const line of lines) {
      const at = html.indexOf(line, from);
      expect(at, line).toBeGreaterThanOrEqual(from);
      from = at + line.length;
    }
    expect(html).toContain(locale === "en" ? "Call the clinic: 555 0100" : "Llame a la clínica: 555 0100");
  });
});

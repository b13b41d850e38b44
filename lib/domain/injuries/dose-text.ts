// Dose notes and load text in the patient's language. A plan snapshot stores the template's
// English; the injury kind declares each seeded text once in both languages (KindWording.doseText),
// so the handout and the portal show the Spanish without a second copy in the plan.
import type { Locale } from "../clinical/types";
import type { KindWording } from "./types";

const indexes = new WeakMap<object, Map<string, Readonly<Record<Locale, string>>>>();

/**
 * `text` in `locale`: the kind's translation of a seeded note or load, or null when it has none
 * (a therapist's own words). English comes back as given.
 */
export function doseTextIn(wording: Pick<KindWording, "doseText">, text: string, locale: Locale): string | null {
  if (locale === "en" || text.length === 0) return text;
  const list = wording.doseText ?? [];
  let index = indexes.get(list);
  if (!index) {
    index = new Map(list.map((entry) => [entry.en.trim(), entry]));
    indexes.set(list, index);
  }
  return index.get(text.trim())?.[locale] ?? null;
}

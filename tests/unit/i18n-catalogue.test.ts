// The portal's message catalogues (issue 10, point 4): one per language, the same keys in each,
// no empty text, and no Spanish text left in English. Every message also formats in its language.
import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/domain/clinical/types";
import { MESSAGES } from "@/lib/i18n/messages";

type Tree = { [key: string]: string | Tree };
interface LooseTranslator {
  (key: string, values: object): string;
  markup: (key: string, values: object) => string;
}

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

/**
 * Spanish messages that may equal the English ones, each with its reason. Only messages made of
 * placeholders and punctuation: the words in them come from other messages.
 */
const SAME_IN_BOTH: Readonly<Record<string, string>> = {
  "wording.dose": "only placeholders: '{amount}, {often}'",
  "wording.session": "only placeholders: '{sets}, {often}'",
  "wording.sessionOn": "only placeholders: '{sets}, {often}: {days}'",
};

// A value for every argument the catalogues use (numbers where ICU plurals need them).
const VALUES = {
  name: "Ana",
  track: "Carrera",
  minimum: 7,
  clinic: "Clínica",
  day: "vie, 4 dic",
  label: "Hoy, vie, 4 dic",
  date: "4 dic 2026",
  current: 1,
  total: 5,
  count: 2,
  sets: 3,
  reps: 15,
  seconds: 30,
  minutes: 10,
  times: 2,
  per: "DAY",
  amount: "3",
  load: "x",
  often: "y",
  days: 14,
  when: "hoy",
  why: "z",
  max: 6,
  used: 0,
  number: 2,
  value: 4,
  note: "n",
  min: 12,
  device: "Firefox en Windows",
  browser: "Firefox",
  os: "Windows",
  hours: 2,
};

const en = flatten(MESSAGES.en);
const es = flatten(MESSAGES.es);

describe("message catalogues", () => {
  it("every English key exists in Spanish and every Spanish key in English", () => {
    expect([...es.keys()].filter((k) => !en.has(k))).toEqual([]);
    expect([...en.keys()].filter((k) => !es.has(k))).toEqual([]);
    expect(en.size).toBeGreaterThan(100);
  });

  it.each(LOCALES)("has no empty or blank messages (%s)", (locale) => {
    const flat = locale === "en" ? en : es;
    expect([...flat].filter(([, v]) => v.trim().length === 0).map(([k]) => k)).toEqual([]);
  });

  it("no Spanish message is the English one, except the allow-listed placeholder-only ones", () => {
    const same = [...en].filter(([k, v]) => es.get(k) === v).map(([k]) => k);
    expect(same.sort()).toEqual(Object.keys(SAME_IN_BOTH).sort());
    for (const key of Object.keys(SAME_IN_BOTH)) expect(en.get(key)!.replace(/\{\w+\}/g, "")).toMatch(/^[\s,:.]*$/);
  });

  it.each(LOCALES)("every message formats without an error (%s)", (locale) => {
    // Keys come from the flattened catalogue (plain strings), so the translator is loosely typed here.
    const t = createTranslator({
      locale,
      messages: MESSAGES[locale],
      onError: (error) => {
        throw error;
      },
    }) as unknown as LooseTranslator;
    for (const [key, value] of locale === "en" ? en : es) {
      const text = value.includes("<") ? t.markup(key, { ...VALUES, strong: (chunks: string) => chunks }) : t(key, VALUES);
      expect(text.length, key).toBeGreaterThan(0);
      expect(text, key).not.toMatch(/[{}]/);
    }
  });
});

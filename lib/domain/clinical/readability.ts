// Flesch-Kincaid grade level, used to keep patient handouts at about a 6th-8th grade level.
// The syllable count is the usual vowel-group estimate: good enough to compare texts.

export function countSyllables(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-z]/g, "");
  if (letters.length === 0) return 1; // numbers and symbols read as one short word
  if (letters.length <= 3) return 1;
  const trimmed = letters.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, "").replace(/^y/, "");
  const groups = trimmed.match(/[aeiouy]{1,2}/g);
  return Math.max(1, groups?.length ?? 0);
}

export interface ReadabilityStats {
  sentences: number;
  words: number;
  syllables: number;
  /** Flesch-Kincaid grade level. */
  grade: number;
}

/** Each string is at least one sentence (bullet points often have no full stop). */
export function readability(text: string | readonly string[]): ReadabilityStats {
  const paragraphs = typeof text === "string" ? [text] : text;
  let sentences = 0;
  let words = 0;
  let syllables = 0;
  for (const paragraph of paragraphs) {
    const parts = paragraph
      .split(/[.!?]+(?:\s+|$)/)
      .map((part) => part.trim())
      .filter((part) => part.length > 0);
    sentences += Math.max(1, parts.length);
    for (const token of paragraph.split(/\s+/)) {
      if (!/[a-z0-9]/i.test(token)) continue;
      words += 1;
      syllables += countSyllables(token);
    }
  }
  const grade = words === 0 || sentences === 0 ? 0 : 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59;
  return { sentences, words, syllables, grade: Math.round(grade * 10) / 10 };
}

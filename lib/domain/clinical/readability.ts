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

// ---------------------------------------------------------------------------------------------
// SMOG (English) and INFLESZ (Spanish): the issue 10 readability targets.
// ---------------------------------------------------------------------------------------------

/** Sentences of one or more paragraphs: each string at least one (a bullet has no full stop). */
function sentencesOf(paragraphs: readonly string[]): number {
  return paragraphs.reduce(
    (n, paragraph) =>
      n +
      Math.max(
        1,
        paragraph
          .split(/[.!?:;]+(?:\s+|$)/)
          .map((part) => part.trim())
          .filter((part) => /\p{L}/u.test(part)).length,
      ),
    0,
  );
}

function wordsOf(paragraphs: readonly string[]): string[] {
  return paragraphs.flatMap((p) => p.split(/[\s/]+/)).filter((token) => /[\p{L}\p{N}]/u.test(token));
}

/**
 * SMOG grade (McLaughlin GH. SMOG grading: a new readability formula. J Reading 1969;12:639-46):
 * 1.0430 × √(polysyllables × 30 / sentences) + 3.1291, where a polysyllable is a word of 3 or
 * more syllables. The 30/sentences factor scales a short text to the formula's 30-sentence
 * sample. Unlike Flesch-Kincaid it does not reward short bullet lines full of long words.
 */
export function smogGrade(text: string | readonly string[]): number {
  const paragraphs = typeof text === "string" ? [text] : text;
  const sentences = sentencesOf(paragraphs);
  const polysyllables = wordsOf(paragraphs).filter((word) => countSyllables(word) >= 3).length;
  if (sentences === 0) return 0;
  return Math.round((1.043 * Math.sqrt((polysyllables * 30) / sentences) + 3.1291) * 10) / 10;
}

const ES_STRONG = new Set([..."aeoáéóíú"]);
const ES_VOWEL = new Set([..."aeiouáéíóúü"]);

/**
 * Spanish syllables: one per vowel nucleus. Two vowels side by side share a syllable (a
 * diphthong) unless both are strong (a, e, o, or an accented í / ú): "cuidado" 3, "día" 2,
 * "poeta" 3. A final "y" after a vowel ("hoy", "muy") joins it; "que"/"gui" read as one vowel.
 */
export function countSyllablesEs(word: string): number {
  const letters = word.toLowerCase().replace(/[^a-zñáéíóúü]/g, "");
  if (letters.length === 0) return 1; // numbers and symbols read as one short word
  let count = 0;
  let previous = "";
  for (const letter of letters) {
    if (ES_VOWEL.has(letter)) {
      const hiatus = ES_STRONG.has(letter) && ES_STRONG.has(previous);
      if (!ES_VOWEL.has(previous) || hiatus) count += 1;
      previous = letter;
    } else previous = letter;
  }
  return Math.max(1, count);
}

/**
 * INFLESZ (Barrio-Cantalejo IM et al. Validación de la Escala INFLESZ para evaluar la
 * legibilidad de los textos dirigidos a pacientes. An Sist Sanit Navar 2008;31:135-52): the
 * Szigriszt-Pazos perspicuity 206.835 − 62.3 × syllables / words − words / sentences, read on
 * the INFLESZ scale (below 40 very hard, 40-55 somewhat hard, 55-65 normal, 65-80 fairly easy,
 * above 80 very easy). Patient texts should reach 55.
 */
export function inflesz(text: string | readonly string[]): number {
  const paragraphs = typeof text === "string" ? [text] : text;
  const words = wordsOf(paragraphs);
  const sentences = sentencesOf(paragraphs);
  if (words.length === 0 || sentences === 0) return 100;
  const syllables = words.reduce((n, word) => n + countSyllablesEs(word), 0);
  return Math.round((206.835 - (62.3 * syllables) / words.length - words.length / sentences) * 10) / 10;
}

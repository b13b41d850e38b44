/** Text helpers shared by the server and the UI. Pure: no framework imports. */

// Letters that Unicode does not decompose into a base letter plus an accent.
const SPECIAL: Record<string, string> = {
  ł: "l",
  đ: "d",
  ð: "d",
  ø: "o",
  œ: "oe",
  æ: "ae",
  ß: "ss",
  þ: "th",
  ı: "i",
  ħ: "h",
  ŧ: "t",
};

/**
 * Folds a name for search: lower case, accents removed, runs of space collapsed.
 * "Zoë Łukasiewicz-Núñez" → "zoe lukasiewicz-nunez", so "lukas" and "Núñez" both find it.
 */
export function foldForSearch(value: string): string {
  return (
    value
      .normalize("NFKD")
      .replace(/\p{M}+/gu, "")
      .toLowerCase()
      .replace(/[łđðøœæßþıħŧ]/g, (c) => SPECIAL[c] ?? c)
      // Control characters (a NUL from a crafted link, say) are not part of any name.
      .replace(/\p{Cc}+/gu, " ")
      .replace(/\s+/g, " ")
      .trim()
  );
}

export function fullName(p: { givenName: string; familyName: string }): string {
  return `${p.givenName} ${p.familyName}`.trim();
}

/** Age in whole years on `on` (both ISO dates or Dates, compared in UTC). */
export function ageOn(dateOfBirth: Date, on: Date): number {
  let age = on.getUTCFullYear() - dateOfBirth.getUTCFullYear();
  const m = on.getUTCMonth() - dateOfBirth.getUTCMonth();
  if (m < 0 || (m === 0 && on.getUTCDate() < dateOfBirth.getUTCDate())) age -= 1;
  return age;
}

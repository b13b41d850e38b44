import { LOCALES, type Locale, type Translations } from "./types";

/**
 * Returns the item with its text fields in `locale`, falling back to English field by field.
 * Works for templates, stages, gates, exercises and education sections.
 */
export function localize<T extends { translations?: Translations<Partial<T>> }>(item: T, locale: Locale): T {
  if (locale === "en") return item;
  const translated = item.translations?.[locale];
  if (!translated) return item;
  const fields = Object.fromEntries(Object.entries(translated).filter(([, value]) => value !== undefined && value !== null));
  return { ...item, ...fields };
}

/** A stored language code as a Locale: "es" stays "es", anything else (or nothing) is English. */
export function asLocale(value: unknown): Locale {
  return (LOCALES as readonly unknown[]).includes(value) ? (value as Locale) : "en";
}

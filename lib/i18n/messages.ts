// The portal's message catalogues, one per language (lib/i18n/messages/<locale>.json). English
// is the source; tests/unit/i18n-catalogue.test.ts checks every key exists in every language.
import type { Locale } from "@/lib/domain/clinical/types";
import en from "./messages/en.json";
import es from "./messages/es.json";

export type Messages = typeof en;

export const MESSAGES: Readonly<Record<Locale, Messages>> = { en, es };

/** BCP 47 tag for dates and lists in the portal: British English, neutral Latin-American Spanish. */
export const DATE_LOCALE: Readonly<Record<Locale, string>> = { en: "en-GB", es: "es-419" };

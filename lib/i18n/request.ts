// next-intl's request configuration, without locale routing (no /es/ in the address): the
// locale is the signed-in patient's preferred language (patient record); staff and signed-out
// visitors read English. A page may still ask for an explicit locale (the invitation page uses
// the invited patient's language): getTranslations({ locale }).
import { hasLocale } from "next-intl";
import { unstable_rethrow } from "next/navigation";
import { getRequestConfig } from "next-intl/server";
import { LOCALES, type Locale } from "@/lib/domain/clinical/types";
import { getActor } from "@/lib/server/auth";
import { AppError } from "@/lib/server/errors";
import { logUnexpected } from "@/lib/server/log";
import { portalLocale } from "@/lib/server/portal";
import { MESSAGES } from "./messages";

async function signedInLocale(): Promise<Locale> {
  try {
    return await portalLocale(await getActor());
  } catch (err) {
    // Next's own signals (a page being prerendered reads cookies: render it per request) pass.
    unstable_rethrow(err);
    // A page must still render (in English) if the language cannot be read. A busy or unreachable
    // database is already logged once by the outage tracker (lib/server/log.ts).
    if (!(err instanceof AppError && err.code === "UNAVAILABLE")) logUnexpected("reading the portal language", err);
    return "en";
  }
}

export default getRequestConfig(async ({ locale: requested }) => {
  const locale: Locale = hasLocale(LOCALES, requested) ? requested : await signedInLocale();
  return { locale, messages: MESSAGES[locale], timeZone: "UTC" };
});

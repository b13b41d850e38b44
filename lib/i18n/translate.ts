// Patient-facing text outside React (validation schemas, the data layer's refusals, the action
// wrapper's messages) from the same catalogues as the portal: next-intl's createTranslator.
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/domain/clinical/types";
import { MESSAGES } from "./messages";

/** The "errors" namespace in the patient's language. */
export function errorText(locale: Locale) {
  return createTranslator({ locale, messages: MESSAGES[locale], namespace: "errors" });
}
export type ErrorText = ReturnType<typeof errorText>;

/** The server-action wrapper's own messages (lib/server/action-core.ts `wording`) in `locale`. */
export function actionWording(locale: Locale, invalid: "invalidLog" | "invalidPassword" | "chooseLanguage") {
  const t = errorText(locale);
  return {
    unauthenticated: t("unauthenticated"),
    unreadable: t("unreadable"),
    unexpected: t("unexpected"),
    unavailable: t("unavailable"),
    notFound: t("notFound"),
    invalid: t(invalid),
  };
}

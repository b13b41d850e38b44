"use server";

import { headers } from "next/headers";
import { z } from "zod";
import { actionWording } from "@/lib/i18n/translate";
import { action } from "@/lib/server/action";
import { publicBaseUrl } from "@/lib/server/base-url";
import { clientAddressOf } from "@/lib/server/client-address";
import { requestPasswordReset } from "@/lib/server/password-reset";
import { MESSAGES } from "@/lib/i18n/messages";
import { createTranslator } from "next-intl";
import type { Locale } from "@/lib/domain/clinical/types";

const localeOf = (raw: unknown): Locale => (raw === "es" ? "es" : "en");

/** Called as forgotPasswordAction(locale, form): the page's language words the messages. */
export const forgotPasswordAction = action(
  ({ args: [locale] }) =>
    z.object({
      email: z
        .string()
        .max(254)
        .email(createTranslator({ locale, messages: MESSAGES[locale], namespace: "forgot" })("invalidEmail")),
    }),
  async ({ email }, { args: [locale] }) => {
    const h = await headers();
    await requestPasswordReset(email, await publicBaseUrl(), clientAddressOf(Object.fromEntries(h.entries())), locale);
  },
  {
    name: "auth.password_forgot",
    public: true,
    args: [z.unknown().transform(localeOf)],
    wording: (_actor, [locale]) => Promise.resolve(actionWording(localeOf(locale), "invalidLog")),
  },
);

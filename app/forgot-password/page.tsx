import type { Metadata } from "next";
import { headers } from "next/headers";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getTranslations } from "next-intl/server";
import { ForgotPasswordForm } from "@/components/forgot-password-form";
import type { Locale } from "@/lib/domain/clinical/types";
import { MESSAGES } from "@/lib/i18n/messages";
import { SELF_RESET_HOURS } from "@/lib/server/password-reset";
import { forgotPasswordAction } from "./actions";

export const metadata: Metadata = { title: "Forgot your password?" };

/** Nobody is signed in: Spanish when the browser prefers it, else English. */
export default async function ForgotPasswordPage() {
  const locale: Locale = /^\s*es\b/i.test((await headers()).get("accept-language") ?? "") ? "es" : "en";
  const t = await getTranslations({ locale, namespace: "forgot" });
  return (
    <main id="main" lang={locale} className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm space-y-6 rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Restride</p>
          <h1 className="mt-1 text-2xl font-semibold">{t("title")}</h1>
          <p className="mt-2 text-base text-slate-700">{t("intro")}</p>
        </div>
        <NextIntlClientProvider locale={locale} messages={{ forgot: MESSAGES[locale].forgot }}>
          <ForgotPasswordForm action={forgotPasswordAction.bind(null, locale)} hours={SELF_RESET_HOURS} />
        </NextIntlClientProvider>
        <p className="text-sm">
          <Link href="/sign-in" className="font-medium text-brand-700 underline underline-offset-2">
            {t("backToSignIn")}
          </Link>
        </p>
      </div>
    </main>
  );
}

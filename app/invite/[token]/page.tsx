import type { Metadata } from "next";
import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/portal/set-password-form";
import { ButtonLink } from "@/components/ui/button";
import type { Locale } from "@/lib/domain/clinical/types";
import { inspectInvitation, type InvitationState } from "@/lib/server/invitations";
import { acceptInvitationAction } from "../actions";

// The token is in the address: keep the page out of search engines and never send it onwards.
export const metadata: Metadata = { title: "Your invitation", robots: { index: false, follow: false }, referrer: "no-referrer" };

type Refused = Exclude<InvitationState["state"], "valid">;

/** Catalogue keys ("invite" messages) of each refusal's title, body and next step. */
const REFUSED: Record<Refused, { title: string; body: string; next: string }> = {
  expired: { title: "expiredTitle", body: "expiredBody", next: "expiredNext" },
  used: { title: "usedTitle", body: "usedBody", next: "usedNext" },
  revoked: { title: "revokedTitle", body: "revokedBody", next: "revokedNext" },
  invalid: { title: "invalidTitle", body: "invalidBody", next: "invalidNext" },
};

/**
 * The page is in the invited patient's preferred language (nobody is signed in yet, so the
 * request's own locale is English): `lang` on the card, and the form's messages in that language.
 */
function Shell({ children, locale }: { children: ReactNode; locale: Locale }) {
  return (
    <main id="main" lang={locale} className="flex min-h-screen items-start justify-center px-4 py-8 sm:items-center">
      <div className="w-full max-w-md space-y-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
        <p className="text-base font-semibold uppercase tracking-wide text-brand-700">Restride</p>
        {children}
      </div>
    </main>
  );
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await inspectInvitation(token);
  const locale = invite.locale ?? "en";
  const t = await getTranslations({ locale, namespace: "invite" });

  if (invite.state !== "valid") {
    const keys = REFUSED[invite.state];
    return (
      <Shell locale={locale}>
        <div className="space-y-3 text-base">
          <h1 className="text-2xl font-semibold">{t(keys.title)}</h1>
          <p>{t(keys.body)}</p>
          <p>{t(keys.next)}</p>
        </div>
        {invite.state === "used" ? (
          <ButtonLink href="/sign-in?callbackUrl=%2Fportal" className="min-h-12 w-full text-base!">
            {t("signIn")}
          </ButtonLink>
        ) : null}
      </Shell>
    );
  }

  return (
    <Shell locale={locale}>
      <div className="space-y-2 text-base">
        <h1 className="text-2xl font-semibold">{t("hello", { name: invite.givenName })}</h1>
        <p>{t("intro", { clinic: invite.clinicName })}</p>
      </div>
      <NextIntlClientProvider locale={locale} messages={await getMessages({ locale })}>
        <SetPasswordForm email={invite.email} action={acceptInvitationAction.bind(null, token)} />
      </NextIntlClientProvider>
    </Shell>
  );
}

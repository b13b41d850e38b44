import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { SetPasswordForm } from "@/components/portal/set-password-form";
import { ButtonLink } from "@/components/ui/button";
import { inspectStaffLink, type StaffLinkState } from "@/lib/server/staff";
import { acceptStaffLinkAction } from "../actions";

// The token is in the address: keep the page out of search engines and never send it onwards.
export const metadata: Metadata = { title: "Your Restride account", robots: { index: false, follow: false }, referrer: "no-referrer" };

const REFUSED: Record<Exclude<StaffLinkState["state"], "valid">, { title: string; body: string }> = {
  expired: { title: "This link has expired", body: "Links work for 7 days. Ask your clinic's admin for a new one." },
  used: { title: "This link has already been used", body: "Each link works once. Sign in with your email address and password." },
  revoked: { title: "This link was replaced", body: "A newer link was made for you, or the admin cancelled this one. Use the newest link." },
  invalid: { title: "This link does not work", body: "Part of it may be missing. Open it again from the email, or ask your clinic's admin for a new one." },
};

/** A patient's own reset link: in their language, and on to the portal. */
async function PatientReset({ link, token }: { link: Extract<StaffLinkState, { state: "valid" }>; token: string }) {
  const t = await getTranslations({ locale: link.locale, namespace: "invite" });
  const f = await getTranslations({ locale: link.locale, namespace: "forgot" });
  return (
    <div lang={link.locale} className="space-y-6">
      <div className="space-y-2 text-base">
        <h1 className="text-2xl font-semibold">{t("hello", { name: link.name })}</h1>
        <p>{f("resetIntro", { clinic: link.clinicName })}</p>
      </div>
      <NextIntlClientProvider locale={link.locale} messages={await getMessages({ locale: link.locale })}>
        <SetPasswordForm email={link.email} action={acceptStaffLinkAction.bind(null, token)} next="/portal" />
      </NextIntlClientProvider>
    </div>
  );
}

/** A staff invitation or password-reset link: choose a password, then straight to the dashboard. */
export default async function StaffLinkPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const link = await inspectStaffLink(token);
  return (
    <main id="main" className="flex min-h-screen items-start justify-center px-4 py-8 sm:items-center">
      <div className="w-full max-w-md space-y-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
        <p className="text-base font-semibold uppercase tracking-wide text-brand-700">Restride</p>
        {link.state === "valid" && link.role === "PATIENT" ? (
          <PatientReset link={link} token={token} />
        ) : link.state === "valid" ? (
          <>
            <div className="space-y-2 text-base">
              <h1 className="text-2xl font-semibold">Hello {link.name}</h1>
              <p>
                {link.kind === "INVITE"
                  ? `${link.clinicName} invited you to Restride. Choose a password to start.`
                  : `Choose a new password for your ${link.clinicName} account. Your other sessions will end.`}
              </p>
            </div>
            <NextIntlClientProvider>
              <SetPasswordForm email={link.email} action={acceptStaffLinkAction.bind(null, token)} next="/dashboard" />
            </NextIntlClientProvider>
          </>
        ) : (
          <>
            <div className="space-y-3 text-base">
              <h1 className="text-2xl font-semibold">{REFUSED[link.state].title}</h1>
              <p>{REFUSED[link.state].body}</p>
            </div>
            {link.state === "used" ? (
              <ButtonLink href="/sign-in" className="w-full">
                Sign in
              </ButtonLink>
            ) : null}
          </>
        )}
      </div>
    </main>
  );
}

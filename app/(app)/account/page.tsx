import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { SessionsList } from "@/components/account/sessions-list";
import { TwoStep } from "@/components/account/two-step";
import { STAFF_ROLES } from "@/lib/server/actor";
import { MFA_SETUP_PATH, requireActor } from "@/lib/server/auth";
import { clinicTimeZone } from "@/lib/server/clinic";
import { getMfaStatus } from "@/lib/server/mfa";
import { listSessions } from "@/lib/server/sessions";
import {
  beginMfaAction,
  changePasswordAction,
  confirmMfaAction,
  disableMfaAction,
  endOtherSessionsAction,
  endSessionAction,
  newRecoveryCodesAction,
} from "./actions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor(undefined, MFA_SETUP_PATH);
  const { setup } = await searchParams;
  // Patients see it in their language (lib/i18n/request.ts); staff in English.
  const t = await getTranslations("account");
  const locale = await getLocale();
  const isStaff = STAFF_ROLES.includes(actor.role);
  const [sessions, mfa, timeZone] = await Promise.all([listSessions(actor), isStaff ? getMfaStatus(actor) : null, clinicTimeZone(actor)]);
  const when = new Intl.DateTimeFormat(locale === "es" ? "es-419" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone });
  const day = new Intl.DateTimeFormat(locale === "es" ? "es-419" : "en-GB", { dateStyle: "long", timeZone });
  return (
    <div className="max-w-2xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("signedInAs", { name: actor.name })}</p>
      </div>
      {mfa ? (
        <TwoStep
          state={{
            enabled: mfa.enabled,
            enabledOn: mfa.enabledAt ? day.format(mfa.enabledAt) : null,
            recoveryCodesLeft: mfa.recoveryCodesLeft,
            required: mfa.required,
            pending: mfa.pending ? { key: mfa.pending.key, qrDataUrl: mfa.pending.qrDataUrl } : null,
          }}
          requiredNow={setup === "required" || !!actor.mfaSetupRequired}
          begin={beginMfaAction}
          confirm={confirmMfaAction}
          newCodes={newRecoveryCodesAction}
          disable={disableMfaAction}
        />
      ) : null}
      {/* The two forms below word themselves with next-intl in the browser: only this page ships its parser (issue 13). */}
      <NextIntlClientProvider>
        <ChangePasswordForm action={changePasswordAction} />
        <SessionsList
          sessions={sessions.map((s) => ({
            id: s.id,
            current: s.current,
            browser: s.device.browser,
            os: s.device.os,
            ip: s.ip,
            signedIn: when.format(s.createdAt),
            lastActive: when.format(s.lastActiveAt),
          }))}
          endSession={endSessionAction}
          endOthers={endOtherSessionsAction}
        />
      </NextIntlClientProvider>
    </div>
  );
}

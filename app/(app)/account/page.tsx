import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { requireActor } from "@/lib/server/auth";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const actor = await requireActor(undefined, "/account");
  // Patients see it in their language (lib/i18n/request.ts); staff in English.
  const t = await getTranslations("account");
  return (
    <div className="max-w-xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-sm text-slate-600">{t("signedInAs", { name: actor.name })}</p>
      </div>
      <ChangePasswordForm action={changePasswordAction} />
    </div>
  );
}

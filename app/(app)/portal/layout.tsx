import { getLocale, getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/portal/language-switch";
import { PortalNav } from "@/components/portal/portal-nav";
import { requireActor } from "@/lib/server/auth";
import { setPortalLanguageAction } from "./actions";

/** The patient portal: one phone-width column with its own Today / My plan / Handouts tabs. */
export default async function PortalLayout({ children }: { children: React.ReactNode }) {
  await requireActor(["PATIENT"], "/portal");
  const [t, locale] = await Promise.all([getTranslations("nav"), getLocale()]);
  return (
    <div className="mx-auto max-w-xl space-y-6 text-base">
      <PortalNav words={{ label: t("label"), today: t("today"), plan: t("plan"), handouts: t("handouts") }} />
      {children}
      <LanguageSwitch action={setPortalLanguageAction} label={t("language")} locale={locale} />
    </div>
  );
}

import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { NavLinks } from "@/components/nav-links";
import { SignOutButton } from "@/components/sign-out-button";
import { requireActor } from "@/lib/server/auth";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  // Only a patient's pages are translated (their preferred language); staff pages stay English.
  const t = await getTranslations("common");
  const links =
    actor.role === "PATIENT"
      ? [
          { href: "/portal", label: t("myPortal") },
          { href: "/account", label: t("account") },
        ]
      : [
          { href: "/dashboard", label: "Dashboard" },
          { href: "/patients", label: "Patients" },
          ...(actor.role === "ADMIN"
            ? [
                { href: "/templates", label: "Templates" },
                { href: "/settings", label: "Settings" },
              ]
            : []),
          { href: "/account", label: "Account" },
        ];
  return (
    <div className="min-h-screen">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
          <Link href="/" className="text-lg font-semibold text-brand-700">
            Restride
          </Link>
          <NavLinks links={links} />
          <div className="ml-auto flex items-center gap-3 text-sm text-slate-600">
            <span>
              {actor.name} <span className="text-slate-500">·</span> {actor.role === "PATIENT" ? t("role") : actor.role.toLowerCase()}
            </span>
            <SignOutButton label={t("signOut")} failedText={t("signOutFailed")} />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}

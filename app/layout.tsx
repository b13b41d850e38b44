import type { Metadata, Viewport } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Restride", template: "%s · Restride" },
  description: "Staged rehab plans for muscle strains",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

/** The page's language is the signed-in patient's (lib/i18n/request.ts); staff pages are English. */
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  const t = await getTranslations("common");
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2"
        >
          {t("skipToContent")}
        </a>
        {/* No NextIntlClientProvider here: client components get their words from the server, and the
            few pages whose forms use next-intl in the browser wrap them (account, invitations,
            forgot password), so other pages ship no message parser (issue 13). */}
        {children}
      </body>
    </html>
  );
}

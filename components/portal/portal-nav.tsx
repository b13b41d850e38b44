"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

const LINKS = [
  { href: "/portal", label: "today" },
  { href: "/portal/plan", label: "plan" },
  { href: "/portal/handouts", label: "handouts" },
] as const;

/**
 * The patient portal's own tabs (the shared header only links /portal). Thumb-sized on a phone.
 * `words` come from the server in the patient's language (no message parser in the browser).
 */
export function PortalNav({ words }: { words: { label: string; today: string; plan: string; handouts: string } }) {
  const pathname = usePathname();
  return (
    <nav aria-label={words.label}>
      <ul className="grid grid-cols-3 gap-1 rounded-lg border border-slate-200 bg-white p-1">
        {LINKS.map((link) => {
          const current = link.href === "/portal" ? pathname === "/portal" : pathname === link.href || pathname.startsWith(`${link.href}/`);
          return (
            <li key={link.href}>
              <Link
                href={link.href}
                aria-current={current ? "page" : undefined}
                className={`flex min-h-12 items-center justify-center rounded-md px-2 text-base font-medium ${
                  current ? "bg-brand-700 text-white" : "text-slate-800 hover:bg-slate-100"
                }`}
              >
                {words[link.label]}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

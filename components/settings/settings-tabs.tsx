import Link from "next/link";

const TABS = [
  { href: "/settings", label: "Clinic" },
  { href: "/settings/staff", label: "Staff" },
  { href: "/settings/exercises", label: "Exercise pictures" },
  { href: "/settings/audit", label: "Audit log" },
] as const;

/** The admin's settings sections; the current one is marked for screen readers too. */
export function SettingsTabs({ current }: { current: (typeof TABS)[number]["href"] }) {
  return (
    <nav aria-label="Settings">
      <ul className="flex gap-1 border-b border-slate-200">
        {TABS.map((tab) => (
          <li key={tab.href}>
            <Link
              href={tab.href}
              aria-current={tab.href === current ? "page" : undefined}
              className={`-mb-px inline-block border-b-2 px-3 py-2 text-sm font-medium ${tab.href === current ? "border-brand-600 text-brand-800" : "border-transparent text-slate-700 hover:text-slate-900"}`}
            >
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

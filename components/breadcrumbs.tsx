import Link from "next/link";

export interface Crumb {
  label: string;
  href: string;
}

/**
 * The trail above a page's heading: links to the pages above this one, then this page's own
 * name (marked aria-current="page", not a link). A list inside a labelled nav, as the ARIA
 * breadcrumb pattern has it; the separators are hidden from screen readers.
 */
export function Breadcrumbs({ items, current }: { items: readonly Crumb[]; current: string }) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm">
      <ol className="flex flex-wrap items-baseline">
        {items.map((item) => (
          <li key={item.href}>
            <Link href={item.href} className="text-brand-700 underline underline-offset-2">
              {item.label}
            </Link>
            <span aria-hidden="true" className="mx-1 text-slate-500">
              /
            </span>
          </li>
        ))}
        <li>
          <span aria-current="page">{current}</span>
        </li>
      </ol>
    </nav>
  );
}

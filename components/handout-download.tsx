import { buttonClass } from "@/components/ui/button";
import type { Locale } from "@/lib/domain/clinical/types";

/**
 * A plain GET form: the browser downloads the PDF the handout route returns. The language starts
 * at the patient's preferred language.
 */
export function HandoutDownload({ planId, idPrefix = "handout", defaultLanguage = "en" }: { planId: string; idPrefix?: string; defaultLanguage?: Locale }) {
  return (
    <form method="get" action={`/api/plans/${planId}/handout`} className="flex flex-wrap items-end gap-4" aria-label="Download the patient handout">
      <div className="space-y-1">
        <label htmlFor={`${idPrefix}-lang`} className="block text-sm font-medium">
          Language
        </label>
        <select
          id={`${idPrefix}-lang`}
          name="lang"
          defaultValue={defaultLanguage}
          className="min-h-10 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        >
          <option value="en">English</option>
          <option value="es">Español</option>
        </select>
      </div>
      <label className="flex min-h-10 items-center gap-2 text-sm">
        <input type="checkbox" name="large" value="1" className="h-5 w-5 accent-brand-700" />
        Large print
      </label>
      <label className="flex min-h-10 items-center gap-2 text-sm">
        <input type="checkbox" name="all" value="1" className="h-5 w-5 accent-brand-700" />
        All stages
      </label>
      <button type="submit" className={buttonClass("primary")}>
        Download handout
      </button>
    </form>
  );
}

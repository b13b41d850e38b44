"use client";

import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { LANGUAGE_OPTIONS } from "@/lib/validation/limits";

/**
 * The patient's own language switch, at the foot of the portal: one button per language, each
 * named in its own language; the choice is saved to the patient record and the page re-renders.
 */
export function LanguageSwitch({
  action,
  label,
  locale,
}: {
  action: (form: FormData) => Promise<ActionResult<{ language: string }>>;
  /** "Language", in the patient's language. */
  label: string;
  locale: string;
}) {
  const { message, pending, onSubmit } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} aria-labelledby="language-switch-label" className="flex flex-wrap items-center gap-2 text-sm">
      <span id="language-switch-label" className="font-medium text-slate-700">
        {label}
      </span>
      {LANGUAGE_OPTIONS.map((o) => (
        <button
          key={o.value}
          type="submit"
          name="language"
          value={o.value}
          lang={o.value}
          disabled={pending}
          aria-pressed={locale === o.value}
          className={`min-h-12 rounded-md border px-4 font-medium ${
            locale === o.value ? "border-2 border-brand-700 bg-brand-50 text-brand-800" : "border-slate-400 bg-white text-slate-800 hover:bg-slate-100"
          }`}
        >
          {o.label}
        </button>
      ))}
      {message ? (
        <p role="alert" className="w-full font-medium text-red-700">
          {message}
        </p>
      ) : null}
    </form>
  );
}

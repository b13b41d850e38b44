"use client";

import { useState } from "react";
import { buttonClass } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { Locale } from "@/lib/domain/clinical/types";

const UNREACHABLE = "Restride can't be reached right now. Try again in a few seconds.";

/** The file name in a Content-Disposition header (attachment; filename="…"). */
function fileNameOf(header: string | null): string {
  return /filename="([^"]+)"/.exec(header ?? "")?.[1] ?? "restride-handout.pdf";
}

/**
 * A GET form for the handout route. Without JavaScript the browser downloads the PDF itself;
 * with it the form fetches the PDF, so a busy answer (503: every render worker taken, "The
 * handout is being prepared. Try again in a few seconds.") shows here beside the button instead
 * of replacing the page with JSON. The language starts at the patient's preferred language.
 */
export function HandoutDownload({ planId, idPrefix = "handout", defaultLanguage = "en" }: { planId: string; idPrefix?: string; defaultLanguage?: Locale }) {
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const query = new URLSearchParams([...new FormData(form).entries()].map(([k, v]) => [k, typeof v === "string" ? v : ""]));
    setMessage(null);
    setPending(true);
    try {
      const res = await fetch(`${form.action}?${query.toString()}`, { headers: { Accept: "application/pdf" } });
      if (!res.ok) {
        const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
        setMessage(body?.error?.message ?? UNREACHABLE);
        return;
      }
      const url = URL.createObjectURL(await res.blob());
      const link = document.createElement("a");
      link.href = url;
      link.download = fileNameOf(res.headers.get("content-disposition"));
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch {
      setMessage(UNREACHABLE);
    } finally {
      setPending(false);
    }
  }

  return (
    <form
      method="get"
      action={`/api/plans/${planId}/handout`}
      onSubmit={(e) => void onSubmit(e)}
      className="flex flex-wrap items-end gap-4"
      aria-label="Download the patient handout"
    >
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
        <input type="checkbox" name="leaflet" value="1" className="h-5 w-5 accent-brand-700" />
        Include the education leaflet
      </label>
      <label className="flex min-h-10 items-center gap-2 text-sm">
        <input type="checkbox" name="all" value="1" className="h-5 w-5 accent-brand-700" />
        All stages (booklet)
      </label>
      <button type="submit" className={buttonClass("primary")} aria-busy={pending}>
        Download handout
      </button>
      {message ? (
        <div className="basis-full">
          <FormMessage>{message}</FormMessage>
        </div>
      ) : null}
    </form>
  );
}

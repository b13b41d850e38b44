"use client";

import { useRef, useState } from "react";
import { Button } from "@/components/ui/button";

const dateFmt = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric" });

/** A single-use link shown once for the admin to copy and hand over (as for patient invitations). */
export function LinkBox({ id, title, url, expiresAt }: { id: string; title: string; url: string; expiresAt: string }) {
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);
  return (
    <div className="space-y-2 rounded-md border border-brand-600 bg-brand-50 p-4 text-sm" role="status">
      <p className="font-semibold">
        {title} (works once, until {dateFmt.format(new Date(expiresAt))})
      </p>
      <p className="text-slate-700">Give it to them now: it is not shown again. An email with it is queued in the outbox.</p>
      <label htmlFor={id} className="block font-medium">
        Link
      </label>
      <input
        ref={input}
        id={id}
        readOnly
        value={url}
        className="w-full rounded border border-slate-300 bg-white px-2 py-2 font-mono text-xs"
        onFocus={(e) => e.currentTarget.select()}
      />
      <Button
        type="button"
        variant="secondary"
        onClick={() => {
          // No clipboard API on plain http, or the browser may refuse: then select it for Ctrl+C.
          setCopied(false);
          const copying = navigator.clipboard?.writeText(url) ?? Promise.reject(new Error("no clipboard"));
          void copying.then(
            () => setCopied(true),
            () => input.current?.select(),
          );
        }}
      >
        Copy link
      </Button>
      <span aria-live="polite" className="ml-2 text-green-800">
        {copied ? "Copied" : ""}
      </span>
    </div>
  );
}

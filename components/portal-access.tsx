"use client";

import { useRouter } from "next/navigation";
import { useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { UNREACHABLE } from "@/components/use-action-form";

interface Props {
  hasEmail: boolean;
  account: { email: string; active: boolean } | null;
  pendingUntil: string | null;
  invite: () => Promise<ActionResult<{ url: string; expiresAt: string; qrSvg: string }>>;
  revoke: () => Promise<ActionResult<null>>;
}

const dateFmt = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit" });

export function PortalAccess({ hasEmail, account, pendingUntil, invite, revoke }: Props) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const [created, setCreated] = useState<{ url: string; expiresAt: string; qrSvg: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const linkInput = useRef<HTMLInputElement>(null);

  const run = (fn: () => Promise<ActionResult<unknown>>, after?: (data: unknown) => void) =>
    start(async () => {
      setError(null);
      const result = await fn().catch(() => ({ ok: false as const, message: UNREACHABLE }));
      if (!result.ok) {
        setError(result.message);
        return;
      }
      after?.(result.data);
      router.refresh();
    });

  const active = account?.active ?? false;
  return (
    <div className="space-y-3">
      {error ? <FormMessage>{error}</FormMessage> : null}
      <p className="text-sm">
        {active ? (
          <>
            Portal access is <strong>active</strong> for {account!.email}.
          </>
        ) : pendingUntil ? (
          <>An invitation is waiting to be used (valid until {dateFmt.format(new Date(pendingUntil))}). A new invitation replaces it.</>
        ) : account ? (
          <>Portal access was revoked. A new invitation lets the patient set a new password.</>
        ) : (
          <>No portal access yet.</>
        )}
      </p>
      {!hasEmail && !active ? (
        <p className="text-sm text-amber-900">Add the patient&apos;s email address (Edit details) first: it becomes their sign-in name.</p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {!active ? (
          <Button type="button" disabled={pending || !hasEmail} onClick={() => run(invite, (d) => setCreated(d as typeof created))}>
            {pendingUntil ? "Create a new invitation link" : "Create invitation link"}
          </Button>
        ) : null}
        {active || pendingUntil ? (
          confirming ? (
            <>
              <Button
                type="button"
                variant="danger"
                autoFocus
                disabled={pending}
                onClick={() =>
                  run(revoke, () => {
                    setConfirming(false);
                    setCreated(null);
                  })
                }
              >
                Yes, revoke access
              </Button>
              <Button
                type="button"
                variant="secondary"
                onClick={() => {
                  setConfirming(false);
                  requestAnimationFrame(() => revokeButton.current?.focus());
                }}
              >
                Keep access
              </Button>
            </>
          ) : (
            <Button ref={revokeButton} type="button" variant="secondary" onClick={() => setConfirming(true)}>
              Revoke portal access
            </Button>
          )
        ) : null}
      </div>
      {created ? (
        <div className="grid gap-4 rounded-md border border-brand-600 bg-brand-50 p-4 sm:grid-cols-[1fr_auto]" role="status">
          <div className="space-y-2 text-sm">
            <p className="font-semibold">Invitation link (works once, until {dateFmt.format(new Date(created.expiresAt))})</p>
            <p className="text-slate-700">Give it to the patient now: it is not shown again. An email with it is queued in the outbox.</p>
            <label htmlFor="invite-link" className="block font-medium">
              Link
            </label>
            <input
              ref={linkInput}
              id="invite-link"
              readOnly
              value={created.url}
              className="w-full rounded border border-slate-300 bg-white px-2 py-2 font-mono text-xs"
              onFocus={(e) => e.currentTarget.select()}
            />
            <Button
              type="button"
              variant="secondary"
              onClick={() => {
                // Say "Copied" only when it was: there is no clipboard API on plain http, and the
                // browser may refuse. Otherwise select the link, so Ctrl+C copies it.
                setCopied(false);
                const copying = navigator.clipboard?.writeText(created.url) ?? Promise.reject(new Error("no clipboard"));
                void copying.then(
                  () => setCopied(true),
                  () => linkInput.current?.select(),
                );
              }}
            >
              Copy link
            </Button>
            <span aria-live="polite" className="ml-2 text-sm text-green-800">
              {copied ? "Copied" : ""}
            </span>
          </div>
          <div role="img" aria-label="QR code of the invitation link" className="h-40 w-40 bg-white p-1" dangerouslySetInnerHTML={{ __html: created.qrSvg }} />
        </div>
      ) : null}
    </div>
  );
}

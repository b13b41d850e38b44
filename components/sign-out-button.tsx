"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";

/**
 * Ends the session as next-auth's client signOut() does (a CSRF token, then a POST to its sign-out
 * route), without loading next-auth's client library on every page (about 40 KiB of script: the
 * portal's budget, issue 13). Rejects when the request fails, so the session never stays open
 * silently.
 */
async function signOutRequest(callbackUrl: string): Promise<void> {
  const csrf = await fetch("/api/auth/csrf", { cache: "no-store" });
  if (!csrf.ok) throw new Error(`csrf ${csrf.status}`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const res = await fetch("/api/auth/signout", {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams({ csrfToken, callbackUrl, json: "true" }),
  });
  if (!res.ok) throw new Error(`signout ${res.status}`);
  const data = (await res.json()) as { url?: string };
  window.location.href = data.url ?? callbackUrl;
}

/** `label` and `failedText` default to English; the patient's pages pass their own language. */
export function SignOutButton({
  label = "Sign out",
  failedText = "Could not sign out. Check your connection and try again.",
}: {
  label?: string;
  failedText?: string;
}) {
  const [failed, setFailed] = useState(false);
  return (
    <>
      <Button
        variant="ghost"
        type="button"
        onClick={() => {
          setFailed(false);
          // A failed request (offline, server error) must not leave the session open silently.
          signOutRequest("/sign-in").catch(() => setFailed(true));
        }}
      >
        {label}
      </Button>
      {failed ? (
        <span role="status" className="text-sm font-medium text-red-700">
          {failedText}
        </span>
      ) : null}
    </>
  );
}

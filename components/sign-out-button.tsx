"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

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
          signOut({ callbackUrl: "/sign-in" }).catch(() => setFailed(true));
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

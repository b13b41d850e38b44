"use client";

import { signOut } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";

export function SignOutButton() {
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
        Sign out
      </Button>
      {failed ? (
        <span role="status" className="text-sm font-medium text-red-700">
          Could not sign out. Check your connection and try again.
        </span>
      ) : null}
    </>
  );
}

"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/portal";

/**
 * Changes the signed-in user's password. Saving ends every session of the user (other devices
 * too), so this browser signs in again with the new password at once.
 */
export function ChangePasswordForm({ action }: { action: (form: FormData) => Promise<ActionResult<{ email: string }>> }) {
  const [done, setDone] = useState<string | null>(null);
  const [password, setPassword] = useState("");
  const { message, pending, onSubmit, field } = useActionForm(action, {
    reset: true,
    idPrefix: "account",
    onSuccess: (data, router) => {
      void signIn("credentials", { email: data.email, password, redirect: false }).then(
        (result) => {
          setDone(result?.ok ? "Password changed. You were signed out everywhere else." : "Password changed. Sign in again with your new password.");
          router.refresh();
        },
        () => setDone("Password changed. Sign in again with your new password."),
      );
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Change password" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 className="text-lg font-semibold">Change password</h2>
      {message ? <FormMessage>{message}</FormMessage> : null}
      <TextField {...field("current")} label="Current password" type="password" autoComplete="current-password" required />
      <TextField
        {...field("password")}
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX}
        hint={`At least ${PASSWORD_MIN} characters; a short sentence works well.`}
        onChange={(e) => setPassword(e.currentTarget.value)}
      />
      <TextField {...field("confirm")} label="Type the new password again" type="password" autoComplete="new-password" required />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Change password"}
        </Button>
        {done ? <FormMessage tone="success">{done}</FormMessage> : null}
      </div>
    </form>
  );
}

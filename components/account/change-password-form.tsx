"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
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
  const t = useTranslations("account");
  const [done, setDone] = useState<string | null>(null);
  const [password, setPassword] = useState("");
  const { message, pending, onSubmit, field } = useActionForm(action, {
    reset: true,
    idPrefix: "account",
    onSuccess: (data, router) => {
      void signIn("credentials", { email: data.email, password, redirect: false }).then(
        (result) => {
          setDone(result?.ok ? t("doneSignedIn") : t("doneSignInAgain"));
          router.refresh();
        },
        () => setDone(t("doneSignInAgain")),
      );
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("heading")} className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 className="text-lg font-semibold">{t("heading")}</h2>
      {message ? <FormMessage>{message}</FormMessage> : null}
      <TextField {...field("current")} label={t("current")} type="password" autoComplete="current-password" required />
      <TextField
        {...field("password")}
        label={t("new")}
        type="password"
        autoComplete="new-password"
        required
        maxLength={PASSWORD_MAX}
        hint={t("newHint", { min: PASSWORD_MIN })}
        onChange={(e) => setPassword(e.currentTarget.value)}
      />
      <TextField {...field("confirm")} label={t("confirm")} type="password" autoComplete="new-password" required />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("submit")}
        </Button>
        {done ? <FormMessage tone="success">{done}</FormMessage> : null}
      </div>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/action-result";

/** Asks for a password link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordForm({ action, hours }: { action: (form: FormData) => Promise<ActionResult<unknown>>; hours: number }) {
  const t = useTranslations("forgot");
  const { message, status, pending, onSubmit, field } = useActionForm(action, { success: t("sent", { hours }), reset: true, idPrefix: "forgot" });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label={t("title")}>
      {message ? <FormMessage>{message}</FormMessage> : null}
      {status ? <FormMessage tone="success">{status}</FormMessage> : null}
      <TextField {...field("email")} label={t("email")} type="email" autoComplete="username" required />
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? t("sending") : t("submit")}
      </Button>
    </form>
  );
}

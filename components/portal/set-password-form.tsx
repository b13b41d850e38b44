"use client";

import { signIn } from "next-auth/react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/portal";
import { PortalField, portalControl } from "./field";

/**
 * The invitation's set-password form. On success it signs the patient in with the new password
 * (the same credentials sign-in as the sign-in page) and opens `next` (the portal; staff links:
 * the dashboard).
 */
export function SetPasswordForm({
  email,
  action,
  next = "/portal",
}: {
  email: string;
  action: (form: FormData) => Promise<ActionResult<{ email: string }>>;
  next?: string;
}) {
  const [show, setShow] = useState(false);
  const [signingIn, setSigningIn] = useState(false);
  const [signInFailed, setSignInFailed] = useState(false);
  const [password, setPassword] = useState("");
  const t = useTranslations("password");

  const { errors, message, pending, onSubmit } = useActionForm(action, {
    onSuccess: (data, router) => {
      setSigningIn(true);
      void (async () => {
        try {
          const result = await signIn("credentials", { email: data.email, password, redirect: false });
          if (!result || result.error) throw new Error("sign-in refused");
          router.replace(next);
          router.refresh();
        } catch {
          setSigningIn(false);
          setSignInFailed(true);
        }
      })();
    },
  });

  if (signInFailed) {
    return (
      <div className="space-y-4 text-base">
        <FormMessage tone="success">{t("saved")}</FormMessage>
        <p>{t("signInFailed")}</p>
        <Link href={`/sign-in?callbackUrl=${encodeURIComponent(next)}`} className="font-medium text-brand-700 underline underline-offset-2">
          {t("goToSignIn")}
        </Link>
      </div>
    );
  }

  const busy = pending || signingIn;
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate aria-label={t("formLabel")}>
      {message ? <FormMessage>{message}</FormMessage> : null}
      <div className="space-y-1">
        <label htmlFor="email" className="block text-base font-medium text-slate-900">
          {t("email")}
        </label>
        <input
          id="email"
          type="email"
          value={email}
          readOnly
          autoComplete="username"
          aria-describedby="email-hint"
          className={`${portalControl} border-slate-300 bg-slate-100`}
        />
        <p id="email-hint" className="text-sm text-slate-700">
          {t("emailHint")}
        </p>
      </div>
      <PortalField id="password" label={t("newPassword")} error={errors.password} hint={t("newPasswordHint", { min: PASSWORD_MIN })}>
        {(aria) => (
          <input
            {...aria}
            name="password"
            type={show ? "text" : "password"}
            autoComplete="new-password"
            required
            maxLength={PASSWORD_MAX}
            value={password}
            onChange={(e) => setPassword(e.target.value)}
          />
        )}
      </PortalField>
      <PortalField id="confirm" label={t("confirm")} error={errors.confirm}>
        {(aria) => <input {...aria} name="confirm" type={show ? "text" : "password"} autoComplete="new-password" required maxLength={PASSWORD_MAX} />}
      </PortalField>
      <Button type="button" variant="secondary" aria-pressed={show} onClick={() => setShow((s) => !s)} className="min-h-12 text-base!">
        {t("show")}
      </Button>
      <Button type="submit" disabled={busy} className="min-h-12 w-full text-base!">
        {signingIn ? t("signingIn") : pending ? t("saving") : t("submit")}
      </Button>
    </form>
  );
}

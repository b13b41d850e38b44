"use client";

import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";

/** The limiter's wait, in whole minutes (lib/server/rate-limit.ts); the password was not checked. */
export function tooManyAttempts(seconds: number): string {
  const minutes = Math.max(1, Math.ceil(seconds / 60));
  return `Too many attempts. Try again in ${minutes} ${minutes === 1 ? "minute" : "minutes"}.`;
}

export function SignInForm({ callbackUrl }: { callbackUrl: string }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  // Two-step sign-in: after a right password the server asks for the code (lib/server/auth.ts).
  const [step, setStep] = useState<"password" | "code">("password");
  const [codeError, setCodeError] = useState<string | undefined>();
  const [pending, startTransition] = useTransition();
  const codeRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (step === "code") codeRef.current?.focus();
  }, [step, codeError]);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    // Text fields only (a File entry is not a credential); passwords are not trimmed.
    const text = (name: string) => {
      const value = form.get(name);
      return typeof value === "string" ? value : "";
    };
    setError(null);
    setCodeError(undefined);
    startTransition(async () => {
      try {
        const result = await signIn("credentials", {
          email: text("email"),
          password: text("password"),
          code: step === "code" ? text("code") : "",
          redirect: false,
        });
        const wait = result?.error?.match(/^RateLimited:(\d+)$/)?.[1];
        if (wait) {
          setError(tooManyAttempts(Number(wait)));
          return;
        }
        if (result?.error === "MfaRequired") {
          setStep("code");
          return;
        }
        if (result?.error === "MfaInvalid") {
          setStep("code");
          setCodeError("That code is not right, or it was used already. Type the 6 digits your app shows now, or a recovery code.");
          return;
        }
        if (!result || result.error) {
          setError("The email or password is not correct. Check both and try again.");
          return;
        }
        router.replace(callbackUrl);
        router.refresh();
      } catch {
        setError("Restride could not be reached. Check your connection and try again.");
      }
    });
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
      {error ? <FormMessage>{error}</FormMessage> : null}
      <TextField id="email" label="Email" type="email" autoComplete="username" required />
      <TextField id="password" label="Password" type="password" autoComplete="current-password" required readOnly={step === "code"} />
      {step === "code" ? (
        <TextField
          ref={codeRef}
          id="code"
          label="Code from your authenticator app"
          hint="6 digits. Lost your phone? Type one of your recovery codes instead."
          autoComplete="one-time-code"
          spellCheck={false}
          autoCapitalize="none"
          error={codeError}
          required
        />
      ) : null}
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Signing in…" : step === "code" ? "Confirm and sign in" : "Sign in"}
      </Button>
    </form>
  );
}

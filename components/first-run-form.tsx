"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/validation/portal";

/** The first clinic and its admin; on success the new admin is signed in and lands on the staff page. */
export function FirstRunForm({ action, defaultTimeZone }: { action: (form: FormData) => Promise<ActionResult<{ email: string }>>; defaultTimeZone: string }) {
  const [password, setPassword] = useState("");
  const [after, setAfter] = useState<string | null>(null);
  const { message, pending, onSubmit, field } = useActionForm(action, {
    idPrefix: "setup",
    onSuccess: (data, router) => {
      setAfter("Your clinic is ready. Signing you in…");
      void signIn("credentials", { email: data.email, password, redirect: false }).then(
        (result) => {
          if (result?.ok) router.replace("/settings/staff");
          else setAfter("Your clinic is ready. Sign in with your email address and password.");
        },
        () => setAfter("Your clinic is ready. Sign in with your email address and password."),
      );
    },
  });
  if (after) return <FormMessage tone="success">{after}</FormMessage>;
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-4" aria-label="Set up Restride">
      {message ? <FormMessage>{message}</FormMessage> : null}
      <TextField
        {...field("code")}
        label="Setup code"
        hint="Printed in the terminal where you ran npm start, e.g. K7Q2-MX9D-4PRT."
        autoComplete="off"
        spellCheck={false}
        required
      />
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">Your clinic</legend>
        <TextField {...field("clinicName")} label="Clinic name" autoComplete="organization" required />
        <TextField
          {...field("timeZone")}
          label="Time zone"
          hint="Like America/Chicago or Europe/Madrid. Dates in plans and logs use it."
          defaultValue={defaultTimeZone}
          required
        />
      </fieldset>
      <fieldset className="space-y-4">
        <legend className="text-base font-semibold">You, the first admin</legend>
        <TextField {...field("name")} label="Your name" autoComplete="name" required />
        <TextField {...field("email")} label="Your email" type="email" autoComplete="username" required />
        <TextField
          {...field("password")}
          label="Password"
          type="password"
          autoComplete="new-password"
          hint={`At least ${PASSWORD_MIN} characters; a short sentence works well.`}
          maxLength={PASSWORD_MAX}
          onChange={(e) => setPassword(e.currentTarget.value)}
          required
        />
        <TextField {...field("confirm")} label="Type the password again" type="password" autoComplete="new-password" required />
      </fieldset>
      <Button type="submit" className="w-full" disabled={pending}>
        {pending ? "Setting up…" : "Create the clinic"}
      </Button>
    </form>
  );
}

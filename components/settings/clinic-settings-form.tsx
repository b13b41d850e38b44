"use client";

import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { EMERGENCY_MAX, PHONE_MAX } from "@/lib/validation/clinic";

/** The admin's form for the clinic's phone and emergency number. */
export function ClinicSettingsForm({
  defaults,
  action,
}: {
  defaults: { phone: string; emergencyNumber: string };
  action: (form: FormData) => Promise<ActionResult<unknown>>;
}) {
  const { errors, message, status, pending, onSubmit } = useActionForm(action, { success: "Clinic settings saved." });
  return (
    <form onSubmit={onSubmit} noValidate aria-label="Clinic settings" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      {message ? <FormMessage>{message}</FormMessage> : null}
      <TextField
        id="phone"
        label="Clinic phone"
        type="tel"
        maxLength={PHONE_MAX}
        defaultValue={defaults.phone}
        error={errors.phone}
        hint="Printed as “Call the clinic: …”. Digits, spaces, +, - or brackets, e.g. +1 555 010 0100."
        autoComplete="off"
      />
      <TextField
        id="emergencyNumber"
        label="Emergency number"
        inputMode="numeric"
        maxLength={EMERGENCY_MAX}
        defaultValue={defaults.emergencyNumber}
        error={errors.emergencyNumber}
        hint="Your local emergency number, digits only, e.g. 112 or 911. Printed as “Emergency: …”."
        autoComplete="off"
      />
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </Button>
        {status ? <FormMessage tone="success">{status}</FormMessage> : null}
      </div>
    </form>
  );
}

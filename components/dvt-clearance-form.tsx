"use client";

import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/action-result";

/**
 * "Record medical clearance": shown on a blocked assessment whose only red flags are DVT flags.
 * Errors appear beside their fields and nothing typed is lost (useActionForm); once saved, the
 * page is refreshed and shows the clearance and the plan builder instead.
 */
export function DvtClearanceForm({
  today,
  injuryDate,
  limits,
  action,
}: {
  today: string;
  /** The clearance cannot be before the injury. */
  injuryDate: string;
  /** Longest name and note (DVT_CLEARANCE_LIMITS in lib/validation/clinical.ts). */
  limits: { clearedBy: number; note: number };
  action: (form: FormData) => Promise<ActionResult>;
}) {
  const { message, pending, onSubmit, field } = useActionForm(action, { idPrefix: "clearance" });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby="clearance-form-heading" className="space-y-4">
      {message ? <FormMessage>{message}</FormMessage> : null}
      <TextField
        {...field("clearedBy")}
        label="Cleared by (the doctor's name)"
        autoComplete="off"
        required
        hint={`Who excluded the clot, e.g. "Dr A. Osei, GP". Up to ${limits.clearedBy} characters.`}
      />
      <TextField
        {...field("clearedOn")}
        label="Cleared on"
        type="date"
        min={injuryDate}
        max={today}
        required
        hint="The date of the medical review; not in the future."
      />
      <Field id={field("note").id} label="Note" error={field("note").error} hint={`For example the test and its result. Up to ${limits.note} characters.`}>
        {(aria) => <textarea name="note" rows={3} {...aria} />}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? "Recording…" : "Record medical clearance"}
      </Button>
    </form>
  );
}

"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/action-result";

/** The clinic's rule that every staff member signs in with two steps (decision 025). */
export function MfaRequiredForm({ required, action }: { required: boolean; action: (form: FormData) => Promise<ActionResult<undefined>> }) {
  const [checked, setChecked] = useState(required);
  const { message, status, pending, onSubmit } = useActionForm(action, { success: "Saved." });
  return (
    <form onSubmit={onSubmit} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-labelledby="mfa-rule-heading">
      <h2 id="mfa-rule-heading" className="text-lg font-semibold">
        Two-step sign-in
      </h2>
      {message ? <FormMessage>{message}</FormMessage> : null}
      <input type="hidden" name="required" value={checked ? "true" : "false"} />
      <div className="flex items-start gap-3">
        <input
          id="mfa-required"
          type="checkbox"
          className="mt-1 h-5 w-5"
          checked={checked}
          onChange={(e) => setChecked(e.currentTarget.checked)}
          aria-describedby="mfa-required-hint"
        />
        <div>
          <label htmlFor="mfa-required" className="font-medium">
            Require two-step sign-in for all staff
          </label>
          <p id="mfa-required-hint" className="text-sm text-slate-600">
            Staff without it are asked to set it up right after they sign in, before they can see patients. Patients are not affected.
          </p>
        </div>
      </div>
      <div className="flex items-center gap-3">
        <Button type="submit" variant="secondary" disabled={pending || checked === required}>
          Save
        </Button>
        {status ? <FormMessage tone="success">{status}</FormMessage> : null}
      </div>
    </form>
  );
}

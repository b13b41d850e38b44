"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/action-result";
import { STAFF_ROLE_LABELS } from "@/lib/validation/staff";
import { LinkBox } from "./link-box";

type Created = { url: string; expiresAt: string };

/** Invites a therapist or an admin: the single-use link appears below for the admin to copy. */
export function InviteStaffForm({ action }: { action: (form: FormData) => Promise<ActionResult<Created>> }) {
  const [created, setCreated] = useState<Created | null>(null);
  const { errors, message, pending, onSubmit, field } = useActionForm(action, {
    reset: true,
    idPrefix: "invite",
    onSuccess: (data, router) => {
      setCreated(data);
      router.refresh();
    },
  });
  return (
    <div className="space-y-4">
      <form onSubmit={onSubmit} noValidate aria-label="Invite a staff member" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 className="text-lg font-semibold">Invite a staff member</h2>
        {message ? <FormMessage>{message}</FormMessage> : null}
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField {...field("name")} label="Name" required autoComplete="off" maxLength={120} />
          <TextField {...field("email")} label="Email" type="email" required autoComplete="off" hint="Their sign-in name." />
          <Field id="invite-role" label="Role" required error={errors.role}>
            {(aria) => (
              <select name="role" defaultValue="THERAPIST" required {...aria}>
                {Object.entries(STAFF_ROLE_LABELS).map(([value, label]) => (
                  <option key={value} value={value}>
                    {label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Button type="submit" disabled={pending}>
          {pending ? "Creating link…" : "Create invitation link"}
        </Button>
      </form>
      {created ? <LinkBox id="staff-invite-link" title="Invitation link" url={created.url} expiresAt={created.expiresAt} /> : null}
    </div>
  );
}

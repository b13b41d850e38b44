"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, FormMessage, TextField } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import type { FieldErrors } from "@/lib/validation/form";
import { LANGUAGE_OPTIONS, SEX_OPTIONS } from "@/lib/validation/patient";
import { UNREACHABLE } from "@/components/use-action-form";

export interface PatientFormValues {
  givenName?: string;
  familyName?: string;
  dateOfBirth?: string;
  sex?: string;
  email?: string | null;
  phone?: string | null;
  activity?: string | null;
  weeklyRunningKm?: number | null;
  notes?: string | null;
  preferredLanguage?: string;
  therapistId?: string;
  version?: number;
}

interface Props {
  mode: "create" | "edit";
  defaults: PatientFormValues;
  clinicians: { id: string; name: string }[];
  cancelHref: string;
  action: (form: FormData) => Promise<ActionResult<{ id?: string; version?: number }>>;
  /** Where to go after a save; "{id}" is replaced by the created patient's id. */
  afterSave: string;
}

/**
 * Uncontrolled inputs submitted through onSubmit (not a form action), so nothing the
 * therapist typed is reset when the server answers with errors.
 */
export function PatientForm({ mode, defaults, clinicians, cancelHref, action, afterSave }: Props) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const today = new Date().toISOString().slice(0, 10);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    startTransition(async () => {
      const result = await action(form).catch(() => null);
      if (!result) {
        setMessage(UNREACHABLE); // the request failed outright; what was typed stays in the form
        return;
      }
      if (result.ok) {
        setErrors({});
        setMessage(null);
        router.push(afterSave.replace("{id}", result.data.id ?? ""));
        router.refresh();
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
      const firstInvalid = Object.keys(result.fieldErrors ?? {})[0];
      if (firstInvalid) document.getElementById(firstInvalid)?.focus();
    });
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6" aria-describedby={message ? "form-message" : undefined}>
      {message ? (
        <div id="form-message">
          <FormMessage>{message}</FormMessage>
        </div>
      ) : null}
      {defaults.version !== undefined ? <input type="hidden" name="version" value={defaults.version} /> : null}
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">Identity</legend>
        <TextField
          id="givenName"
          label="First name"
          defaultValue={defaults.givenName}
          error={errors.givenName}
          required
          autoComplete="off"
          hint="Up to 200 characters."
        />
        <TextField
          id="familyName"
          label="Last name"
          defaultValue={defaults.familyName}
          error={errors.familyName}
          required
          autoComplete="off"
          hint="Up to 200 characters."
        />
        <TextField
          id="dateOfBirth"
          label="Date of birth"
          type="date"
          max={today}
          min="1900-01-01"
          defaultValue={defaults.dateOfBirth}
          error={errors.dateOfBirth}
          required
        />
        <Field id="sex" label="Sex" error={errors.sex} required>
          {(aria) => (
            <select name="sex" defaultValue={defaults.sex ?? ""} required {...aria}>
              <option value="" disabled>
                Choose…
              </option>
              {SEX_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">Contact</legend>
        <TextField
          id="email"
          label="Email"
          type="email"
          defaultValue={defaults.email ?? ""}
          error={errors.email}
          autoComplete="off"
          hint="Needed for portal access: it becomes the patient's sign-in name."
        />
        <TextField id="phone" label="Phone" type="tel" defaultValue={defaults.phone ?? ""} error={errors.phone} autoComplete="off" />
        <Field
          id="preferredLanguage"
          label="Preferred language for the portal and handout"
          error={errors.preferredLanguage}
          hint="The patient's portal shows this language, and the handout download starts with it."
          required
        >
          {(aria) => (
            <select name="preferredLanguage" defaultValue={defaults.preferredLanguage ?? "en"} required {...aria}>
              {LANGUAGE_OPTIONS.map((o) => (
                <option key={o.value} value={o.value} lang={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          )}
        </Field>
      </fieldset>
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-base font-semibold">Activity</legend>
        <TextField
          id="activity"
          label="Activity or sport"
          defaultValue={defaults.activity ?? ""}
          error={errors.activity}
          hint="For example: road running, trail, football."
          maxLength={100}
        />
        <TextField
          id="weeklyRunningKm"
          label="Weekly running (km)"
          type="number"
          inputMode="decimal"
          step="0.5"
          min={0}
          max={300}
          defaultValue={defaults.weeklyRunningKm ?? ""}
          error={errors.weeklyRunningKm}
          hint="Usual volume before the injury."
        />
        <Field id="therapistId" label="Responsible therapist" error={errors.therapistId} required>
          {(aria) => (
            <select name="therapistId" defaultValue={defaults.therapistId ?? ""} required {...aria}>
              <option value="" disabled>
                Choose…
              </option>
              {clinicians.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id="notes" label="Notes" error={errors.notes} className="sm:col-span-2">
          {(aria) => <textarea name="notes" rows={4} maxLength={4000} defaultValue={defaults.notes ?? ""} {...aria} />}
        </Field>
      </fieldset>
      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : mode === "create" ? "Create patient" : "Save changes"}
        </Button>
        <ButtonLink href={cancelHref} variant="secondary">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}

"use client";

import { Button, ButtonLink } from "@/components/ui/button";
import { Field, FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/use-action-form";
import { INPUT_GROUPS, INPUT_GROUP_LABELS, type FormField } from "@/lib/domain/measures/types";
import type { ActionResult } from "@/lib/action-result";

export function MeasurementForm({
  action,
  today,
  fields,
  checks,
  cancelHref,
  doneHref,
}: {
  action: (form: FormData) => Promise<ActionResult<{ id: string }>>;
  today: string;
  /** The registry's fields for the patient's injury kind (formFields()). */
  fields: FormField[];
  checks: { key: string; label: string; description: string }[];
  cancelHref: string;
  doneHref: string;
}) {
  const { errors, message, pending, onSubmit } = useActionForm(action, {
    onSuccess: (_d, router) => {
      router.push(doneHref);
      router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="space-y-6">
      {message ? <FormMessage>{errors._form ?? message}</FormMessage> : null}
      <TextField id="measuredOn" label="Date measured" type="date" max={today} defaultValue={today} error={errors.measuredOn} required className="max-w-xs" />
      {INPUT_GROUPS.map((group) => {
        const inGroup = fields.filter((f) => f.group === group);
        if (inGroup.length === 0) return null;
        return (
          <fieldset key={group} className="rounded-lg border border-slate-200 bg-white p-4">
            <legend className="px-1 font-semibold">{INPUT_GROUP_LABELS[group].en}</legend>
            <div className="grid gap-4 sm:grid-cols-2">
              {inGroup.map((f) => (
                <TextField
                  key={f.name}
                  id={f.name}
                  label={f.label}
                  type="number"
                  inputMode={f.integer ? "numeric" : "decimal"}
                  min={f.min}
                  max={f.max}
                  step={f.step}
                  error={errors[f.name]}
                />
              ))}
            </div>
          </fieldset>
        );
      })}
      <fieldset className="rounded-lg border border-slate-200 bg-white p-4">
        <legend className="px-1 font-semibold">Therapist checks</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          {checks.map((c) => (
            <Field key={c.key} id={`check_${c.key}`} label={c.label} hint={c.description} error={errors[`check_${c.key}`]}>
              {(aria) => (
                <select name={`check_${c.key}`} defaultValue="" {...aria}>
                  <option value="">Not assessed</option>
                  <option value="yes">Yes</option>
                  <option value="no">No</option>
                </select>
              )}
            </Field>
          ))}
        </div>
      </fieldset>
      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save measurements"}
        </Button>
        <ButtonLink href={cancelHref} variant="secondary">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}

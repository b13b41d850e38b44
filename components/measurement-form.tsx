"use client";

import { Button, ButtonLink } from "@/components/ui/button";
import { Field, FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/action-result";

const NUMBER_GROUPS: { legend: string; fields: [string, string, number, number, number?][] }[] = [
  {
    legend: "Pain (0-10)",
    fields: [
      ["painRest", "At rest", 0, 10],
      ["painWalking", "While walking", 0, 10],
      ["painExercise", "During exercise", 0, 10],
      ["painNextMorning", "Next morning", 0, 10],
    ],
  },
  {
    legend: "Single-leg heel raises to fatigue (reps)",
    fields: [
      ["hrAffectedStraight", "Injured side, straight knee", 0, 150],
      ["hrUnaffectedStraight", "Other side, straight knee", 0, 150],
      ["hrAffectedBent", "Injured side, bent knee", 0, 150],
      ["hrUnaffectedBent", "Other side, bent knee", 0, 150],
      ["heightAffected", "Heel-raise height, injured side (cm)", 0, 30, 0.5],
      ["heightUnaffected", "Heel-raise height, other side (cm)", 0, 30, 0.5],
    ],
  },
  {
    legend: "Mobility, hops and function",
    fields: [
      ["lungeAffected", "Knee-to-wall, injured side (cm)", 0, 30, 0.5],
      ["lungeUnaffected", "Knee-to-wall, other side (cm)", 0, 30, 0.5],
      ["hopAffected", "Single-leg hop, injured side (cm)", 0, 400],
      ["hopUnaffected", "Single-leg hop, other side (cm)", 0, 400],
      ["seatedRaiseLoadKg", "Seated soleus raise, added load (kg)", 0, 400, 0.5],
      ["bodyMassKg", "Body mass (kg)", 20, 300, 0.1],
      ["lefs", "LEFS score (0-80)", 0, 80],
    ],
  },
];

export function MeasurementForm({
  action,
  today,
  checks,
  cancelHref,
  doneHref,
}: {
  action: (form: FormData) => Promise<ActionResult<{ id: string }>>;
  today: string;
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
      {NUMBER_GROUPS.map((group) => (
        <fieldset key={group.legend} className="rounded-lg border border-slate-200 bg-white p-4">
          <legend className="px-1 font-semibold">{group.legend}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            {group.fields.map(([name, label, min, max, step]) => (
              <TextField key={name} id={name} label={label} type="number" inputMode="decimal" min={min} max={max} step={step ?? 1} error={errors[name]} />
            ))}
          </div>
        </fieldset>
      ))}
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

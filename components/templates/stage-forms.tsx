"use client";

import { updateStageAction, updateTemplateDetailsAction } from "@/app/(app)/templates/actions";
import { useActionForm } from "@/components/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextField } from "@/components/ui/field";
import type { GradeDurations } from "@/lib/domain/clinical/types";
import { DURATION_FIELDS, LIMITS } from "@/lib/validation/template";

function SaveRow({ pending, label, status }: { pending: boolean; label: string; status: string | null }) {
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : label}
      </Button>
      {status ? (
        <p role="status" className="text-sm text-green-800">
          {status}
        </p>
      ) : null}
    </div>
  );
}

/** The draft template's name. */
export function TemplateNameForm({ templateId, name }: { templateId: string; name: string }) {
  const form = useActionForm((data: FormData) => updateTemplateDetailsAction(templateId, data), { idPrefix: "template", success: "Name saved." });
  return (
    <form onSubmit={form.onSubmit} noValidate className="flex flex-wrap items-end gap-3">
      {form.message ? <FormMessage>{form.message}</FormMessage> : null}
      <TextField {...form.field("name")} label="Template name" defaultValue={name} required maxLength={LIMITS.name} className="min-w-72 flex-1" />
      <SaveRow pending={form.pending} label="Save name" status={form.status} />
    </form>
  );
}

export interface StageFormValues {
  name: string;
  purpose: string;
  goals: string[];
  precautions: string[];
  durationDays: GradeDurations;
}

/** A draft stage's (or a track phase's) text and its duration range for each grade. */
export function StageForm({
  templateId,
  stageId,
  stage,
  noun = "stage",
}: {
  templateId: string;
  stageId: string;
  stage: StageFormValues;
  noun?: "stage" | "phase";
}) {
  const form = useActionForm((data: FormData) => updateStageAction(templateId, stageId, data), {
    idPrefix: "stage",
    success: noun === "phase" ? "Phase saved." : "Stage saved.",
  });
  const goals = form.field("goals");
  const precautions = form.field("precautions");
  const purpose = form.field("purpose");
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
      {form.message ? <FormMessage>{form.message}</FormMessage> : null}
      <TextField {...form.field("name")} label={noun === "phase" ? "Phase name" : "Stage name"} defaultValue={stage.name} required maxLength={LIMITS.name} />
      <Field id={purpose.id} label="Purpose (for the patient)" error={purpose.error} required>
        {(aria) => <textarea name={purpose.name} rows={3} maxLength={LIMITS.purpose} defaultValue={stage.purpose} required {...aria} />}
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={goals.id} label="Goals" error={goals.error} hint="One per line.">
          {(aria) => <textarea name={goals.name} rows={5} defaultValue={stage.goals.join("\n")} {...aria} />}
        </Field>
        <Field id={precautions.id} label="Precautions" error={precautions.error} hint="One per line.">
          {(aria) => <textarea name={precautions.name} rows={5} defaultValue={stage.precautions.join("\n")} {...aria} />}
        </Field>
      </div>
      <fieldset>
        <legend className="text-sm font-semibold">Duration in days, by grade</legend>
        <p className="mb-2 text-xs text-slate-600">
          1-{LIMITS.durationDays.max} days, minimum no more than maximum. Publishing also checks that grade 3 is at least as long as grade 2, and grade 2 as
          grade 1.
        </p>
        <div className="grid gap-3 sm:grid-cols-3">
          {DURATION_FIELDS.map((d) => (
            <div key={d.grade} className="grid grid-cols-2 gap-2">
              <TextField
                {...form.field(d.min)}
                label={`Grade ${d.grade} minimum`}
                type="number"
                inputMode="numeric"
                min={LIMITS.durationDays.min}
                max={LIMITS.durationDays.max}
                defaultValue={stage.durationDays[d.grade].min}
                required
              />
              <TextField
                {...form.field(d.max)}
                label={`Grade ${d.grade} maximum`}
                type="number"
                inputMode="numeric"
                min={LIMITS.durationDays.min}
                max={LIMITS.durationDays.max}
                defaultValue={stage.durationDays[d.grade].max}
                required
              />
            </div>
          ))}
        </div>
      </fieldset>
      <SaveRow pending={form.pending} label={noun === "phase" ? "Save phase" : "Save stage"} status={form.status} />
    </form>
  );
}

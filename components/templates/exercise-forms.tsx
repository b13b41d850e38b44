"use client";

import { useState } from "react";
import { addExerciseAction, removeExerciseAction, updateDoseAction } from "@/app/(app)/templates/actions";
import { DoseFields } from "@/components/dose-fields";
import { gradesText } from "@/components/templates/labels";
import { useActionForm } from "@/components/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import type { Dose } from "@/lib/domain/clinical/types";

interface ExerciseEditorProps {
  templateId: string;
  item: { id: string; name: string; dose: Dose; grades?: number[] };
}

/** One exercise of a draft stage: its dose form, and a button to remove it from the stage. */
export function ExerciseEditor({ templateId, item }: ExerciseEditorProps) {
  const form = useActionForm((data: FormData) => updateDoseAction(templateId, item.id, data), {
    idPrefix: `dose-${item.id}`,
    success: `Dose of ${item.name} saved.`,
  });
  const [removeMessage, setRemoveMessage] = useState<string | null>(null);
  const remove = () =>
    form.startTransition(async () => {
      const result = await removeExerciseAction(templateId, item.id);
      if (!result.ok) {
        setRemoveMessage(result.message);
        return;
      }
      form.refresh();
      document.getElementById("exercises-heading")?.focus();
    });

  return (
    <form onSubmit={form.onSubmit} noValidate className="rounded-lg border border-slate-200 bg-white p-4">
      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">{item.name}</legend>
        <p className="text-xs text-slate-600">Grades: {gradesText(item.grades)}</p>
        {form.message ? <FormMessage>{form.message}</FormMessage> : null}
        {removeMessage ? <FormMessage>{removeMessage}</FormMessage> : null}
        <DoseFields field={form.field} dose={item.dose} />
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={form.pending} aria-label={`Save dose of ${item.name}`}>
            {form.pending ? "Saving…" : "Save dose"}
          </Button>
          <Button type="button" variant="danger" onClick={remove} disabled={form.pending} aria-label={`Remove exercise: ${item.name}`}>
            Remove exercise
          </Button>
          {form.status ? (
            <p role="status" className="text-sm text-green-800">
              {form.status}
            </p>
          ) : null}
        </div>
      </fieldset>
    </form>
  );
}

/** Adds an exercise from the clinic's library to a draft stage, with its dose. */
export function AddExerciseForm({ templateId, stageId, library }: { templateId: string; stageId: string; library: { key: string; name: string }[] }) {
  const form = useActionForm((data: FormData) => addExerciseAction(templateId, stageId, data), {
    idPrefix: "add-exercise",
    success: "Exercise added to the end of the list above.",
    reset: true,
  });
  const exercise = form.field("exerciseKey");
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3 rounded-lg border border-dashed border-slate-300 bg-white p-4">
      {form.message ? <FormMessage>{form.message}</FormMessage> : null}
      <Field id={exercise.id} label="Exercise" error={exercise.error} required>
        {(aria) => (
          <select name={exercise.name} defaultValue="" required {...aria}>
            <option value="" disabled>
              Choose…
            </option>
            {library.map((e) => (
              <option key={e.key} value={e.key}>
                {e.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      <DoseFields field={form.field} />
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Adding…" : "Add exercise"}
        </Button>
        {form.status ? (
          <p role="status" className="text-sm text-green-800">
            {form.status}
          </p>
        ) : null}
      </div>
    </form>
  );
}

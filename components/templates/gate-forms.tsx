"use client";

import { useState } from "react";
import { addGateAction, removeGateAction, updateGateAction } from "@/app/(app)/templates/actions";
import { gateTest, gradesText } from "@/components/templates/labels";
import { useActionForm } from "@/components/use-action-form";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextField } from "@/components/ui/field";
import type { Comparator, GateTemplate, MeasureKey } from "@/lib/domain/clinical/types";
import { CHECK_META, MEASURE_META, measuresFor, MEASURES } from "@/lib/domain/measures";
import { COMPARATOR_LABELS, COMPARATORS, LIMITS } from "@/lib/validation/template";

type FieldProps = { id: string; name: string; error?: string };

function ComparatorSelect({ field, defaultValue }: { field: FieldProps; defaultValue?: Comparator }) {
  return (
    <Field id={field.id} label="Comparison" error={field.error} required>
      {(aria) => (
        <select name={field.name} defaultValue={defaultValue ?? ""} required {...aria}>
          <option value="" disabled>
            Choose…
          </option>
          {COMPARATORS.map((c) => (
            <option key={c} value={c}>
              {COMPARATOR_LABELS[c]}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}

function rangeHint(measure: MeasureKey) {
  const meta = MEASURE_META[measure];
  return meta ? `${meta.range.min}-${meta.range.max} ${meta.unit}.` : "";
}

/** One gate of a draft stage: wording (and comparison and threshold for measured gates), or remove it. */
export function GateEditor({ templateId, gate }: { templateId: string; gate: GateTemplate & { id: string } }) {
  const form = useActionForm((data: FormData) => updateGateAction(templateId, gate.id, data), {
    idPrefix: `gate-${gate.id}`,
    success: "Gate saved.",
  });
  const [removeMessage, setRemoveMessage] = useState<string | null>(null);
  const remove = () =>
    form.startTransition(async () => {
      const result = await removeGateAction(templateId, gate.id);
      if (!result.ok) {
        setRemoveMessage(result.message);
        return;
      }
      form.refresh();
      document.getElementById("gates-heading")?.focus();
    });
  const title =
    gate.kind === "MEASURE"
      ? (MEASURE_META[gate.measure]?.label.en ?? gate.measure)
      : gate.kind === "CHECK"
        ? (CHECK_META[gate.check]?.label.en ?? gate.check)
        : gate.label;

  return (
    <form onSubmit={form.onSubmit} noValidate className="rounded-lg border border-slate-200 bg-white p-4">
      <fieldset className="space-y-3">
        <legend className="text-base font-semibold">
          {gate.kind === "MEASURE" ? "Measured gate" : "Therapist check"}: {title}
        </legend>
        <p className="text-xs text-slate-600">
          Now: {gateTest(gate)} · Grades: {gradesText(gate.grades)}
        </p>
        {form.message ? <FormMessage>{form.message}</FormMessage> : null}
        {removeMessage ? <FormMessage>{removeMessage}</FormMessage> : null}
        <div className="grid gap-3 sm:grid-cols-2">
          {gate.kind === "MEASURE" ? (
            <>
              <ComparatorSelect field={form.field("comparator")} defaultValue={gate.comparator} />
              <TextField
                {...form.field("threshold")}
                label="Threshold"
                type="number"
                inputMode="decimal"
                step="any"
                defaultValue={gate.threshold}
                required
                hint={rangeHint(gate.measure)}
              />
            </>
          ) : null}
          <TextField
            {...form.field("label")}
            label="Clinician label"
            defaultValue={gate.label}
            required
            maxLength={LIMITS.gateLabel}
            className="sm:col-span-2"
          />
          <TextField
            {...form.field("patientLabel")}
            label="Patient wording"
            defaultValue={gate.patientLabel}
            required
            maxLength={LIMITS.gateLabel}
            className="sm:col-span-2"
            hint="Plain words the patient sees. Update it when you change the threshold."
          />
        </div>
        <div className="flex flex-wrap items-center gap-3">
          <Button type="submit" disabled={form.pending} aria-label={`Save gate: ${title}`}>
            {form.pending ? "Saving…" : "Save gate"}
          </Button>
          <Button type="button" variant="danger" onClick={remove} disabled={form.pending} aria-label={`Remove gate: ${title}`}>
            Remove gate
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

/** Adds a MEASURE gate (for every grade) to a draft stage; the list holds the template's injury kind's measures. */
export function AddGateForm({ templateId, stageId, kind }: { templateId: string; stageId: string; kind: string | null }) {
  const measures = kind ? measuresFor(kind) : MEASURES;
  const [measure, setMeasure] = useState<MeasureKey | "">("");
  const form = useActionForm((data: FormData) => addGateAction(templateId, stageId, data), {
    idPrefix: "add-gate",
    success: "Gate added to the end of the list above.",
    reset: true,
    onSuccess: (_data, router) => {
      setMeasure("");
      router.refresh();
    },
  });
  const measureField = form.field("measure");
  return (
    <form onSubmit={form.onSubmit} noValidate className="space-y-3 rounded-lg border border-dashed border-slate-300 bg-white p-4">
      {form.message ? <FormMessage>{form.message}</FormMessage> : null}
      <div className="grid gap-3 sm:grid-cols-3">
        <Field id={measureField.id} label="Measure" error={measureField.error} required>
          {(aria) => (
            <select name={measureField.name} value={measure} onChange={(e) => setMeasure(e.target.value as MeasureKey)} required {...aria}>
              <option value="" disabled>
                Choose…
              </option>
              {measures.map((m) => (
                <option key={m.key} value={m.key}>
                  {m.label.en}
                </option>
              ))}
            </select>
          )}
        </Field>
        <ComparatorSelect field={form.field("comparator")} />
        <TextField
          {...form.field("threshold")}
          label="Threshold"
          type="number"
          inputMode="decimal"
          step="any"
          required
          hint={measure ? rangeHint(measure) : "Choose a measure to see its range."}
        />
        <TextField {...form.field("label")} label="Clinician label" required maxLength={LIMITS.gateLabel} className="sm:col-span-3" />
        <TextField
          {...form.field("patientLabel")}
          label="Patient wording"
          required
          maxLength={LIMITS.gateLabel}
          className="sm:col-span-3"
          hint="Plain words, for example: You walk without a limp."
        />
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit" disabled={form.pending}>
          {form.pending ? "Adding…" : "Add gate"}
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

"use client";

import { Field, TextField } from "@/components/ui/field";
import type { Dose } from "@/lib/domain/clinical/types";
import { FREQUENCY_OPTIONS, LIMITS } from "@/lib/validation/template";

type FieldProps = (name: string) => { id: string; name: string; error?: string };

/** The inputs of one dose: sets, one of reps / hold / minutes, load, frequency, pain limit, note. */
export function DoseFields({ field, dose }: { field: FieldProps; dose?: Dose }) {
  const per = field("per");
  return (
    <div className="grid gap-3 sm:grid-cols-4">
      <TextField
        {...field("sets")}
        label="Sets"
        type="number"
        inputMode="numeric"
        min={LIMITS.sets.min}
        max={LIMITS.sets.max}
        defaultValue={dose?.sets ?? ""}
        required
      />
      <TextField
        {...field("reps")}
        label="Reps"
        type="number"
        inputMode="numeric"
        min={LIMITS.reps.min}
        max={LIMITS.reps.max}
        defaultValue={dose?.reps ?? ""}
        hint="Fill one of reps, hold or minutes."
      />
      <TextField
        {...field("holdSeconds")}
        label="Hold (seconds)"
        type="number"
        inputMode="numeric"
        min={LIMITS.holdSeconds.min}
        max={LIMITS.holdSeconds.max}
        defaultValue={dose?.holdSeconds ?? ""}
      />
      <TextField
        {...field("durationMinutes")}
        label="Minutes per set"
        type="number"
        inputMode="numeric"
        min={LIMITS.durationMinutes.min}
        max={LIMITS.durationMinutes.max}
        defaultValue={dose?.durationMinutes ?? ""}
      />
      <TextField
        {...field("times")}
        label="Times"
        type="number"
        inputMode="numeric"
        min={LIMITS.times.min}
        max={LIMITS.times.max}
        defaultValue={dose?.frequency.times ?? ""}
        required
      />
      <Field id={per.id} label="Per" error={per.error} required>
        {(aria) => (
          <select name={per.name} defaultValue={dose?.frequency.per ?? "DAY"} required {...aria}>
            {FREQUENCY_OPTIONS.map((o) => (
              <option key={o.value} value={o.value}>
                {o.label}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField
        {...field("painLimit")}
        label="Pain limit (0-10)"
        type="number"
        inputMode="numeric"
        min={LIMITS.painLimit.min}
        max={LIMITS.painLimit.max}
        defaultValue={dose?.painLimit ?? ""}
        required
      />
      <TextField {...field("load")} label="Load" defaultValue={dose?.load ?? ""} maxLength={LIMITS.load} hint="For example: body weight." />
      <TextField {...field("notes")} label="Note for the patient" defaultValue={dose?.notes ?? ""} maxLength={LIMITS.notes} className="sm:col-span-4" />
    </div>
  );
}

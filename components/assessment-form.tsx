"use client";

import { useMemo, useState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/use-action-form";
import { SCREEN_GROUPS, SCREEN_ITEMS, THOMPSON_OPTIONS, WELLS_LIKELY_THRESHOLD, wellsScore } from "@/lib/domain/clinical/red-flags";
import { NEGATIVE_SCREEN } from "@/lib/domain/clinical/red-flags";
import type { WellsCriteria } from "@/lib/domain/clinical/types";
import type { ActionResult } from "@/lib/action-result";

const MUSCLE_OPTIONS = [
  { value: "SOLEUS", label: "Soleus" },
  { value: "MEDIAL_GASTROCNEMIUS", label: "Medial gastrocnemius" },
  { value: "LATERAL_GASTROCNEMIUS", label: "Lateral gastrocnemius" },
  { value: "CALF_UNSPECIFIED", label: "Calf, unspecified" },
];

function RadioGroup({ name, legend, options, error, defaultValue }: { name: string; legend: string; options: { value: string; label: string }[]; error?: string; defaultValue?: string }) {
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">
        {legend} <span className="text-red-700">*</span>
      </legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {options.map((o) => (
          <label key={o.value} className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50">
            <input type="radio" name={name} value={o.value} defaultChecked={defaultValue === o.value} className="accent-brand-700" />
            {o.label}
          </label>
        ))}
      </div>
      {error ? (
        <p id={`${name}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

function NumberField({ id, label, error, min, max, step = 1, hint }: { id: string; label: string; error?: string; min: number; max: number; step?: number; hint?: string }) {
  return <TextField id={id} label={label} type="number" inputMode="decimal" min={min} max={max} step={step} error={error} hint={hint} />;
}

export function AssessmentForm({ patientId, action, today }: { patientId: string; today: string; action: (form: FormData) => Promise<ActionResult<{ id: string; blocked: boolean }>> }) {
  const { errors, message, pending, onSubmit } = useActionForm(action, {
    onSuccess: (data, router) => {
      router.push(`/episodes/${data.id}`);
      router.refresh();
    },
  });
  const [wells, setWells] = useState<WellsCriteria>(() => ({ ...NEGATIVE_SCREEN }));
  const score = useMemo(() => wellsScore(wells), [wells]);
  const wellsKeys = new Set(SCREEN_ITEMS.filter((i) => i.wellsPoints !== undefined).map((i) => i.key));

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-8">
      {message ? <FormMessage>{message}</FormMessage> : null}
      {errors._form ? <FormMessage>{errors._form}</FormMessage> : null}

      <section aria-labelledby="injury-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="injury-heading" className="text-lg font-semibold">
          Injury
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="muscle" label="Muscle" error={errors.muscle} required>
            {(aria) => (
              <select name="muscle" defaultValue="" {...aria}>
                <option value="" disabled>
                  Choose…
                </option>
                {MUSCLE_OPTIONS.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <TextField id="injuryDate" label="Date of injury" type="date" max={today} error={errors.injuryDate} required />
        </div>
        <RadioGroup name="side" legend="Side" error={errors.side} options={[{ value: "LEFT", label: "Left" }, { value: "RIGHT", label: "Right" }]} />
        <RadioGroup name="onset" legend="How it started" error={errors.onset} options={[{ value: "SUDDEN", label: "Sudden" }, { value: "GRADUAL", label: "Gradual / overuse" }]} />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="duringRunning" className="h-5 w-5 accent-brand-700" />
          It happened while running
        </label>
        <RadioGroup name="repeatInjury" legend="First or repeat strain of this calf" error={errors.repeatInjury} options={[{ value: "first", label: "First" }, { value: "repeat", label: "Repeat" }]} />
        <RadioGroup
          name="clinicalGrade"
          legend="Clinical grade"
          error={errors.clinicalGrade}
          options={[
            { value: "1", label: "1: few fibres" },
            { value: "2", label: "2: partial tear" },
            { value: "3", label: "3: complete rupture" },
          ]}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="bamicGrade" label="BAMIC grade (MRI)" error={errors.bamicGrade} hint="Leave empty without an MRI.">
            {(aria) => (
              <select name="bamicGrade" defaultValue="" {...aria}>
                <option value="">No MRI / not graded</option>
                {[0, 1, 2, 3, 4].map((g) => (
                  <option key={g} value={g}>
                    Grade {g}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field id="bamicSite" label="BAMIC site" error={errors.bamicSite} hint="For BAMIC grades 1 to 3.">
            {(aria) => (
              <select name="bamicSite" defaultValue="" {...aria}>
                <option value="">None</option>
                <option value="a">a: myofascial</option>
                <option value="b">b: musculotendinous</option>
                <option value="c">c: into the tendon</option>
              </select>
            )}
          </Field>
        </div>
      </section>

      <section aria-labelledby="baseline-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-6">
        <h2 id="baseline-heading" className="text-lg font-semibold">
          Baseline measures
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <NumberField id="painRest" label="Pain at rest (0-10)" min={0} max={10} error={errors.painRest} />
          <NumberField id="painWalking" label="Pain while walking (0-10)" min={0} max={10} error={errors.painWalking} />
          <NumberField id="hrAffectedStraight" label="Heel raises, injured side, straight knee" min={0} max={150} error={errors.hrAffectedStraight} hint="Single-leg, to fatigue." />
          <NumberField id="hrUnaffectedStraight" label="Heel raises, other side, straight knee" min={0} max={150} error={errors.hrUnaffectedStraight} />
          <NumberField id="hrAffectedBent" label="Heel raises, injured side, bent knee" min={0} max={150} error={errors.hrAffectedBent} />
          <NumberField id="hrUnaffectedBent" label="Heel raises, other side, bent knee" min={0} max={150} error={errors.hrUnaffectedBent} />
          <NumberField id="lungeAffected" label="Knee-to-wall, injured side (cm)" min={0} max={30} step={0.5} error={errors.lungeAffected} />
          <NumberField id="lungeUnaffected" label="Knee-to-wall, other side (cm)" min={0} max={30} step={0.5} error={errors.lungeUnaffected} />
        </div>
      </section>

      <section aria-labelledby="screen-heading" className="space-y-6 rounded-lg border border-amber-300 bg-amber-50/40 p-6">
        <div>
          <h2 id="screen-heading" className="text-lg font-semibold">
            Red-flag screen
          </h2>
          <p className="text-sm text-slate-700">Tick what you find. Any positive item blocks the plan and shows the referral advice instead.</p>
        </div>
        {SCREEN_GROUPS.map((group) => (
          <fieldset key={group.key} className="space-y-2">
            <legend className="font-medium">{group.title}</legend>
            <p className="text-sm text-slate-600">{group.description}</p>
            {group.key === "DVT" ? (
              <p role="status" aria-live="polite" className={`inline-block rounded px-2 py-1 text-sm font-semibold ${score >= WELLS_LIKELY_THRESHOLD ? "bg-red-100 text-red-900" : "bg-slate-100 text-slate-800"}`}>
                Wells score: {score} {score >= WELLS_LIKELY_THRESHOLD ? "(DVT likely: urgent medical review)" : "(DVT unlikely)"}
              </p>
            ) : null}
            {group.key === "ACHILLES" ? (
              <div className="space-y-1">
                <p className="text-sm font-medium">Thompson test (calf squeeze)</p>
                <div className="flex flex-wrap gap-2" role="radiogroup" aria-label="Thompson test (calf squeeze)" aria-describedby={errors.thompsonTest ? "thompsonTest-error" : undefined}>
                  {THOMPSON_OPTIONS.map((o) => (
                    <label key={o.value} className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-600">
                      <input type="radio" name="thompsonTest" value={o.value} className="accent-brand-700" defaultChecked={o.value === "NOT_DONE"} />
                      {o.label}
                    </label>
                  ))}
                </div>
                {errors.thompsonTest ? (
                  <p id="thompsonTest-error" className="text-sm font-medium text-red-700">
                    {errors.thompsonTest}
                  </p>
                ) : null}
              </div>
            ) : null}
            <ul className="grid gap-2 sm:grid-cols-2">
              {SCREEN_ITEMS.filter((i) => i.group === group.key).map((item) => (
                <li key={item.key}>
                  <label className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-200 bg-white p-2 text-sm">
                    <input
                      type="checkbox"
                      name={`flag_${item.key}`}
                      className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700"
                      aria-describedby={`flag_${item.key}-desc`}
                      onChange={
                        wellsKeys.has(item.key)
                          ? (e) => {
                              const checked = e.currentTarget.checked;
                              setWells((w) => ({ ...w, [item.key]: checked }));
                            }
                          : undefined
                      }
                    />
                    <span>
                      {item.label}
                      {item.wellsPoints !== undefined ? <span className="text-slate-600"> ({item.wellsPoints > 0 ? `+${item.wellsPoints}` : item.wellsPoints})</span> : null}
                      <span id={`flag_${item.key}-desc`} className="block text-xs text-slate-600">
                        {item.description}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </section>

      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save assessment"}
        </Button>
        <ButtonLink href={`/patients/${patientId}`} variant="secondary">
          Cancel
        </ButtonLink>
      </div>
    </form>
  );
}

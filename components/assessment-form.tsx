"use client";

import { useMemo, useState } from "react";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/use-action-form";
import type { ScreenDefinition, ScreenGroupInfo, ScreenItem, ScreenScore } from "@/lib/domain/injuries/types";
import type { FormField } from "@/lib/domain/measures/types";
import type { ActionResult } from "@/lib/action-result";

/** What the form needs of one injury kind; serialisable, built by the page from the registry. */
export interface AssessmentKind {
  key: string;
  label: string;
  muscles: { value: string; label: string }[];
  baseline: FormField[];
  screen: ScreenDefinition;
  /** How it happened, when the kind's prognosis asks (InjuryKind.mechanisms); empty otherwise. */
  mechanisms: { value: string; label: string; description: string }[];
}

function RadioGroup({
  name,
  legend,
  options,
  error,
  defaultValue,
}: {
  name: string;
  legend: string;
  options: { value: string; label: string; description?: string }[];
  error?: string;
  defaultValue?: string;
}) {
  return (
    <fieldset aria-describedby={error ? `${name}-error` : undefined} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-slate-800">
        {legend} <span className="text-red-700">*</span>
      </legend>
      <div className="mt-1 flex flex-wrap gap-2">
        {options.map((o) => (
          <label
            key={o.value}
            className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <input type="radio" name={name} value={o.value} defaultChecked={defaultValue === o.value} className="accent-brand-700" />
            {o.description ? (
              <span>
                <span className="block font-medium">{o.label}</span>
                <span className="block text-slate-700">{o.description}</span>
              </span>
            ) : (
              o.label
            )}
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

function NumberField({
  id,
  label,
  error,
  min,
  max,
  step = 1,
  hint,
}: {
  id: string;
  label: string;
  error?: string;
  min: number;
  max: number;
  step?: number;
  hint?: string;
}) {
  return <TextField id={id} label={label} type="number" inputMode="decimal" min={min} max={max} step={step} error={error} hint={hint} />;
}

function scoreOf(items: readonly ScreenItem[], ticked: ReadonlySet<string>): number {
  return items.reduce((sum, item) => sum + (item.points !== undefined && ticked.has(item.key) ? item.points : 0), 0);
}

/** The score's words: likely at the threshold; below it, "positive" when an item of positive points is ticked. */
function scoreStatus(group: ScreenGroupInfo & { score: ScreenScore }, items: readonly ScreenItem[], ticked: ReadonlySet<string>) {
  const score = scoreOf(items, ticked);
  if (score >= group.score.threshold) return { score, blocks: true, text: group.score.likelyText };
  const positive = items.some((item) => item.group === group.key && (item.points ?? 0) > 0 && ticked.has(item.key));
  if (positive && group.score.positiveText) return { score, blocks: true, text: group.score.positiveText };
  return { score, blocks: false, text: group.score.unlikelyText };
}

export function AssessmentForm({
  patientId,
  action,
  today,
  kinds,
}: {
  patientId: string;
  today: string;
  kinds: AssessmentKind[];
  action: (form: FormData) => Promise<ActionResult<{ id: string; blocked: boolean }>>;
}) {
  const { errors, message, pending, onSubmit } = useActionForm(action, {
    onSuccess: (data, router) => {
      router.push(`/episodes/${data.id}`);
      router.refresh();
    },
  });
  const [muscle, setMuscle] = useState("");
  // The baseline tests and red-flag screen are the chosen muscle's kind's (the first kind's
  // until a muscle is chosen, so the form never starts empty).
  const kind = kinds.find((k) => k.muscles.some((m) => m.value === muscle)) ?? kinds[0]!;
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set());
  const scored = useMemo(() => new Set(kind.screen.items.filter((i) => i.points !== undefined).map((i) => i.key)), [kind]);

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
              <select name="muscle" value={muscle} onChange={(e) => setMuscle(e.currentTarget.value)} {...aria}>
                <option value="" disabled>
                  Choose…
                </option>
                {kinds.map((k) => (
                  <optgroup key={k.key} label={k.label}>
                    {k.muscles.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </optgroup>
                ))}
              </select>
            )}
          </Field>
          <TextField id="injuryDate" label="Date of injury" type="date" max={today} error={errors.injuryDate} required />
        </div>
        <RadioGroup
          name="side"
          legend="Side"
          error={errors.side}
          options={[
            { value: "LEFT", label: "Left" },
            { value: "RIGHT", label: "Right" },
          ]}
        />
        <RadioGroup
          name="onset"
          legend="How it started"
          error={errors.onset}
          options={[
            { value: "SUDDEN", label: "Sudden" },
            { value: "GRADUAL", label: "Gradual / overuse" },
          ]}
        />
        <label className="flex items-center gap-2 text-sm">
          <input type="checkbox" name="duringRunning" className="h-5 w-5 accent-brand-700" />
          It happened while running
        </label>
        {kind.mechanisms.length ? (
          <RadioGroup key={`mechanism-${kind.key}`} name="mechanism" legend="How it happened" error={errors.mechanism} options={kind.mechanisms} />
        ) : null}
        <RadioGroup
          name="repeatInjury"
          legend="First or repeat strain of this muscle"
          error={errors.repeatInjury}
          options={[
            { value: "first", label: "First" },
            { value: "repeat", label: "Repeat" },
          ]}
        />
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
          {kind.baseline.map((f) => (
            <NumberField key={f.name} id={f.name} label={f.label} min={f.min} max={f.max} step={f.step} error={errors[f.name]} />
          ))}
        </div>
      </section>

      <section aria-labelledby="screen-heading" className="space-y-6 rounded-lg border border-amber-300 bg-amber-50/40 p-6">
        <div>
          <h2 id="screen-heading" className="text-lg font-semibold">
            Red-flag screen
          </h2>
          <p className="text-sm text-slate-700">{kind.screen.intro}</p>
        </div>
        {kind.screen.groups.map((group) => {
          const status = group.score ? scoreStatus({ ...group, score: group.score }, kind.screen.items, ticked) : null;
          return (
            <fieldset key={group.key} className="space-y-2">
              <legend className="font-medium">{group.title}</legend>
              <p className="text-sm text-slate-600">{group.description}</p>
              {group.score && status ? (
                <p
                  role="status"
                  aria-live="polite"
                  className={`inline-block rounded px-2 py-1 text-sm font-semibold ${status.blocks ? "bg-red-100 text-red-900" : "bg-slate-100 text-slate-800"}`}
                >
                  {group.score.label}: {status.score} ({status.text})
                </p>
              ) : null}
              {kind.screen.choices
                .filter((c) => c.group === group.key)
                .map((choice) => (
                  <div key={choice.key} className="space-y-1">
                    <p className="text-sm font-medium">{choice.label}</p>
                    <div
                      className="flex flex-wrap gap-2"
                      role="radiogroup"
                      aria-label={choice.label}
                      aria-describedby={errors[choice.key] ? `${choice.key}-error` : undefined}
                    >
                      {choice.options.map((o) => (
                        <label
                          key={o.value}
                          className="flex min-h-10 cursor-pointer items-center gap-2 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm has-[:checked]:border-brand-600"
                        >
                          <input type="radio" name={choice.key} value={o.value} className="accent-brand-700" defaultChecked={o.value === choice.defaultValue} />
                          {o.label}
                        </label>
                      ))}
                    </div>
                    {errors[choice.key] ? (
                      <p id={`${choice.key}-error`} className="text-sm font-medium text-red-700">
                        {errors[choice.key]}
                      </p>
                    ) : null}
                    {choice.reason ? (
                      <TextField
                        id={choice.reason.key}
                        label={choice.reason.label}
                        hint={choice.reason.hint}
                        error={errors[choice.reason.key]}
                        className="max-w-xl"
                      />
                    ) : null}
                  </div>
                ))}
              <ul className="grid gap-2 sm:grid-cols-2">
                {kind.screen.items
                  .filter((i) => i.group === group.key)
                  .map((item) => (
                    <li key={item.key}>
                      <label className="flex cursor-pointer items-start gap-2 rounded-md border border-slate-200 bg-white p-2 text-sm">
                        <input
                          type="checkbox"
                          name={`flag_${item.key}`}
                          className="mt-0.5 h-5 w-5 shrink-0 accent-brand-700"
                          aria-describedby={`flag_${item.key}-desc`}
                          onChange={
                            scored.has(item.key)
                              ? (e) => {
                                  const checked = e.currentTarget.checked;
                                  setTicked((t) => {
                                    const next = new Set(t);
                                    if (checked) next.add(item.key);
                                    else next.delete(item.key);
                                    return next;
                                  });
                                }
                              : undefined
                          }
                        />
                        <span>
                          {item.label}
                          {item.points !== undefined ? <span className="text-slate-600"> ({item.points > 0 ? `+${item.points}` : item.points})</span> : null}
                          <span id={`flag_${item.key}-desc`} className="block text-xs text-slate-600">
                            {item.description}
                          </span>
                        </span>
                      </label>
                    </li>
                  ))}
              </ul>
            </fieldset>
          );
        })}
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

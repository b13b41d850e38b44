"use client";

import { ExercisePicture, type ClinicPicture } from "@/components/exercise-picture";
import type { Drawing } from "@/lib/illustrations";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useActionForm } from "@/components/use-action-form";
import type { ImmediateCareAdvice } from "@/lib/domain/progress/immediate-care";
import type { Locale } from "@/lib/domain/clinical/types";
import type { Messages } from "@/lib/i18n/messages";
import type { ActionResult } from "@/lib/action-result";
import { NOTE_MAX } from "@/lib/validation/limits";
import { PortalField } from "./field";
import { fill } from "./fill";
import type { DayAim, LoggableDay } from "./wording";

export interface LogExercise {
  key: string;
  name: string;
  /** The dose in plain words. */
  dose: string;
  /** The therapist's note on the dose, for the patient. */
  notes: string | null;
  purpose: string | null;
  steps: string[];
  cues: string[];
  /** The aim on each loggable day, by ISO date. */
  aims: Record<string, DayAim>;
  /** Derived from the dose: twice its busiest day (see maxLoggableSets). */
  maxSets: number;
  /** The exercise's picture (decision 019), the same as the handout's; null: none. */
  drawing: Drawing | null;
  /** The clinic's own picture, shown instead of the drawing (decision 031). */
  picture: ClinicPicture | null;
  /** A stage with parallel tracks: the key of the track (LogGroup) this exercise belongs to; null for the stage's own work. */
  group: string | null;
}

/** A track of a stage with tracks, as the log groups its exercises ("Groin exercises: step 2 of 4"). */
export interface LogGroup {
  key: string;
  heading: string;
  /** The current phase's name and purpose. */
  intro: string;
}

/** A question the stage asks the patient to rate, 0-10 (a subjective gate). */
export interface LogQuestion {
  key: string;
  question: string;
  minimum: number;
}

export interface SavedDay {
  setsDone: Record<string, number>;
  painDuring: number | null;
  painNextMorning: number | null;
  note: string | null;
  newSwelling: boolean | null;
  ratings: Record<string, number>;
}

interface DayValues {
  sets: Record<string, string>;
  painDuring: number | null;
  painNextMorning: number | null;
  note: string;
  newSwelling: boolean | null;
  ratings: Record<string, number | null>;
}

function valuesFor(exercises: LogExercise[], questions: LogQuestion[], saved: SavedDay | undefined): DayValues {
  return {
    ratings: Object.fromEntries(questions.map((q) => [q.key, saved?.ratings[q.key] ?? null])),
    sets: Object.fromEntries(exercises.map((e) => [e.key, String(saved?.setsDone[e.key] ?? 0)])),
    painDuring: saved?.painDuring ?? null,
    painNextMorning: saved?.painNextMorning ?? null,
    note: saved?.note ?? "",
    newSwelling: saved?.newSwelling ?? null,
  };
}

const squareButton =
  "flex h-12 w-12 shrink-0 items-center justify-center rounded-md border border-slate-400 bg-white text-2xl font-semibold text-slate-900 hover:bg-slate-100 active:bg-slate-200";

/**
 * The patient's daily log: sets done per exercise (with − / + buttons), pain during exercise and
 * in the morning, a note, for today or one of the last days. Switching the day loads what was
 * saved for it; saving keeps the values on screen.
 */
export function DailyLogForm({
  exercises,
  groups = [],
  questions = [],
  days,
  swelling,
  saved,
  howDidItFeel,
  words,
  locale,
  action,
}: {
  /** The log's words in the patient's language: the catalogue's "log" namespace. */
  words: Messages["log"];
  locale: Locale;
  exercises: LogExercise[];
  /** A stage with parallel tracks: the exercises show under their track's heading. */
  groups?: LogGroup[];
  /** The stage's questions to rate (subjective gates), asked with the pain questions. */
  questions?: LogQuestion[];
  /** The days the picker offers, newest first, with their words in the patient's language. */
  days: LoggableDay[];
  /** The new-swelling question, in the patient's language (the care list's words). */
  swelling: { question: string; hint: string; yes: string; no: string };
  saved: Record<string, SavedDay>;
  /** The pain section's heading, in the injury kind's words (e.g. "How did your thigh feel?"). */
  howDidItFeel: string;
  action: (form: FormData) => Promise<ActionResult<{ date: string; advice: ImmediateCareAdvice | null }>>;
}) {
  const today = days[0]!.value;
  const [date, setDate] = useState(today);
  const [values, setValues] = useState<DayValues>(() => valuesFor(exercises, questions, saved[today]));
  const [savedFor, setSavedFor] = useState<string | null>(null);
  const [advice, setAdvice] = useState<ImmediateCareAdvice | null>(null);
  const { errors, message, pending, onSubmit } = useActionForm(action, {
    onSuccess: (data) => {
      setSavedFor(data.date);
      setAdvice(data.advice);
    },
  });
  const t = (key: keyof Messages["log"], values: Readonly<Record<string, string | number>> = {}) => fill(words[key], values);

  function chooseDay(next: string) {
    setDate(next);
    setValues(valuesFor(exercises, questions, saved[next]));
    setSavedFor(null);
    setAdvice(null);
  }

  function setSets(key: string, value: string) {
    setValues((v) => ({ ...v, sets: { ...v.sets, [key]: value } }));
  }

  function step(e: LogExercise, by: number) {
    const current = Number.parseInt(values.sets[e.key] ?? "0", 10);
    const next = Math.min(e.maxSets, Math.max(0, (Number.isNaN(current) ? 0 : current) + by));
    setSets(e.key, String(next));
  }

  /** One exercise: its name, dose, picture, how-to and the sets done that day. */
  function card(e: LogExercise, Heading: "h3" | "h4") {
    const id = `sets-${e.key}`;
    const error = errors[`sets_${e.key}`];
    return (
      <li key={e.key}>
        <article aria-labelledby={`${id}-name`} className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <div>
            <Heading id={`${id}-name`} className="text-lg font-semibold">
              {e.name}
            </Heading>
            <p className="text-base text-slate-800">{e.dose}</p>
            {e.notes ? <p className="mt-1 text-base text-slate-700">{e.notes}</p> : null}
          </div>
          <ExercisePicture picture={e.picture} drawing={e.drawing} locale={locale} className="h-auto w-full max-w-md" />
          {e.steps.length > 0 || e.cues.length > 0 || e.purpose ? (
            <details className="group rounded-md border border-slate-200">
              <summary className="flex min-h-12 cursor-pointer list-none items-center gap-2 px-3 font-medium text-brand-800 [&::-webkit-details-marker]:hidden">
                <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
                  ▸
                </span>
                {t("howTo")}
                <span className="sr-only">: {e.name}</span>
              </summary>
              <div className="space-y-3 border-t border-slate-200 px-3 py-3">
                {e.purpose ? <p>{e.purpose}</p> : null}
                {e.steps.length > 0 ? (
                  <ol className="list-decimal space-y-1 pl-6">
                    {e.steps.map((s, i) => (
                      <li key={i}>{s}</li>
                    ))}
                  </ol>
                ) : null}
                {e.cues.length > 0 ? (
                  <div>
                    <h4 className="font-semibold">{t("keyPoints")}</h4>
                    <ul className="list-disc space-y-1 pl-6">
                      {e.cues.map((c, i) => (
                        <li key={i}>{c}</li>
                      ))}
                    </ul>
                  </div>
                ) : null}
              </div>
            </details>
          ) : null}
          <div className="space-y-1">
            <label htmlFor={id} className="block font-medium">
              {t("setsDone")}
              <span className="sr-only">, {e.name}</span>
            </label>
            <p id={`${id}-hint`} className="text-sm text-slate-700">
              {e.aims[date]?.text ?? ""} {t("upTo", { max: e.maxSets })}
            </p>
            <div className="flex items-center gap-3">
              <button type="button" className={squareButton} aria-label={t("fewer", { name: e.name })} aria-controls={id} onClick={() => step(e, -1)}>
                <span aria-hidden="true">−</span>
              </button>
              <input
                id={id}
                name={`sets_${e.key}`}
                type="number"
                inputMode="numeric"
                min={0}
                max={e.maxSets}
                step={1}
                value={values.sets[e.key] ?? "0"}
                onChange={(ev) => setSets(e.key, ev.target.value)}
                aria-invalid={error ? true : undefined}
                aria-describedby={`${id}-hint${error ? ` ${id}-error` : ""}`}
                className={`h-12 w-20 rounded-md border bg-white text-center text-xl font-semibold focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30 ${error ? "border-red-600" : "border-slate-400"}`}
              />
              <button type="button" className={squareButton} aria-label={t("more", { name: e.name })} aria-controls={id} onClick={() => step(e, 1)}>
                <span aria-hidden="true">+</span>
              </button>
            </div>
            {error ? (
              <p id={`${id}-error`} className="font-medium text-red-700">
                {error}
              </p>
            ) : null}
          </div>
        </article>
      </li>
    );
  }

  const isToday = date === today;
  const chosen = days.find((d) => d.value === date);
  const dayLabel = chosen?.label ?? date;
  const dayOnly = chosen?.day ?? date;

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t("formLabel")} className="space-y-6">
      {message ? <FormMessage>{message}</FormMessage> : null}

      <PortalField id="date" label={t("whichDay")} hint={t("whichDayHint")} error={errors.date}>
        {(aria) => (
          <select {...aria} name="date" value={date} onChange={(e) => chooseDay(e.target.value)}>
            {days.map((d) => (
              <option key={d.value} value={d.value}>
                {d.label}
              </option>
            ))}
          </select>
        )}
      </PortalField>

      <section aria-labelledby="exercises-heading" className="space-y-4">
        <h2 id="exercises-heading" className="text-xl font-semibold">
          {isToday ? t("exercisesToday") : t("exercisesOn", { label: dayLabel, day: dayOnly })}
        </h2>
        {exercises.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-4">{t("noExercises")}</p>
        ) : (
          <ul className="space-y-4">
            {groups.length === 0 ? (
              exercises.map((e) => card(e, "h3"))
            ) : (
              <>
                {exercises.filter((e) => e.group === null).map((e) => card(e, "h3"))}
                {groups.map((g) => (
                  <li key={g.key}>
                    <section aria-labelledby={`group-${g.key}`} className="space-y-3">
                      <div>
                        <h3 id={`group-${g.key}`} className="text-lg font-semibold text-brand-800">
                          {g.heading}
                        </h3>
                        <p className="text-base text-slate-800">{g.intro}</p>
                      </div>
                      <ul className="space-y-4">{exercises.filter((e) => e.group === g.key).map((e) => card(e, "h4"))}</ul>
                    </section>
                  </li>
                ))}
              </>
            )}
          </ul>
        )}
      </section>

      <section aria-labelledby="pain-heading" className="space-y-5 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="pain-heading" className="text-xl font-semibold">
          {howDidItFeel}
        </h2>
        <PainScale
          name="painDuring"
          legend={t("painDuring")}
          hint={t("painScaleHint")}
          clear={t("clear")}
          value={values.painDuring}
          error={errors.painDuring}
          onChange={(n) => setValues((v) => ({ ...v, painDuring: n }))}
        />
        <PainScale
          name="painNextMorning"
          legend={isToday ? t("painThisMorning") : t("painMorningOf", { day: dayOnly })}
          hint={t("painScaleHint")}
          clear={t("clear")}
          value={values.painNextMorning}
          error={errors.painNextMorning}
          onChange={(n) => setValues((v) => ({ ...v, painNextMorning: n }))}
        />
        <fieldset aria-describedby="newSwelling-hint" className="space-y-2">
          <legend className="text-base font-medium">{swelling.question}</legend>
          <p id="newSwelling-hint" className="text-sm text-slate-700">
            {swelling.hint}
          </p>
          <div className="grid grid-cols-2 gap-2">
            {(["yes", "no"] as const).map((answer) => (
              <label
                key={answer}
                className="flex min-h-12 cursor-pointer items-center justify-center gap-2 rounded-md border border-slate-400 bg-white text-lg font-medium has-[:checked]:border-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-100 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600"
              >
                <input
                  type="radio"
                  name="newSwelling"
                  value={answer}
                  checked={values.newSwelling === (answer === "yes")}
                  onChange={() => setValues((v) => ({ ...v, newSwelling: answer === "yes" }))}
                  className="h-4 w-4 accent-brand-700"
                />
                {swelling[answer]}
              </label>
            ))}
          </div>
        </fieldset>
        {questions.map((q) => (
          <PainScale
            key={q.key}
            name={`rating_${q.key}`}
            legend={q.question}
            hint={`${t("ratingHint")} ${t("ratingAim", { minimum: q.minimum })}`}
            clear={t("clear")}
            value={values.ratings[q.key] ?? null}
            error={errors[`rating_${q.key}`]}
            onChange={(n) => setValues((v) => ({ ...v, ratings: { ...v.ratings, [q.key]: n } }))}
          />
        ))}
      </section>

      <PortalField id="note" label={t("note")} hint={t("noteHint", { max: NOTE_MAX, used: values.note.length })} error={errors.note}>
        {(aria) => (
          <textarea
            {...aria}
            name="note"
            rows={3}
            maxLength={NOTE_MAX}
            value={values.note}
            onChange={(e) => setValues((v) => ({ ...v, note: e.target.value }))}
          />
        )}
      </PortalField>

      <div className="space-y-3">
        <Button type="submit" disabled={pending} className="min-h-12 w-full text-base!">
          {pending ? t("saving") : isToday ? t("saveToday") : t("saveFor", { label: dayLabel, day: dayOnly })}
        </Button>
        <p role="status" className={savedFor ? "rounded-md border border-green-300 bg-green-50 px-4 py-3 font-medium text-green-900" : "sr-only"}>
          {savedFor ? t("savedFor", { date: days.find((d) => d.value === savedFor)?.date ?? savedFor }) : ""}
        </p>
        {savedFor && advice ? (
          <section role="alert" aria-labelledby="advice-heading" className="space-y-2 rounded-lg border-2 border-red-700 bg-red-50 p-4 text-red-950">
            <h2 id="advice-heading" className="text-xl font-semibold">
              {advice.heading}
            </h2>
            {advice.reasons.map((reason, i) => (
              <p key={i}>{reason}</p>
            ))}
            <ol className="list-decimal space-y-1 pl-6 font-medium">
              {advice.steps.map((step, i) => (
                <li key={i}>{step}</li>
              ))}
            </ol>
          </section>
        ) : null}
      </div>
    </form>
  );
}

/** A 0-10 scale as eleven radio buttons; `hint` says what the ends mean (pain by default). */
function PainScale({
  name,
  legend,
  hint,
  clear,
  value,
  error,
  onChange,
}: {
  name: string;
  legend: string;
  hint: string;
  /** The "Clear" button's word. */
  clear: string;
  value: number | null;
  error?: string;
  onChange: (value: number | null) => void;
}) {
  return (
    <fieldset aria-describedby={`${name}-hint${error ? ` ${name}-error` : ""}`} className="space-y-2">
      <legend className="text-base font-medium">{legend}</legend>
      <p id={`${name}-hint`} className="text-sm text-slate-700">
        {hint}
      </p>
      <div className="grid grid-cols-6 gap-2">
        {Array.from({ length: 11 }, (_, n) => (
          <label
            key={n}
            className="flex min-h-12 cursor-pointer items-center justify-center gap-1 rounded-md border border-slate-400 bg-white text-lg font-medium has-[:checked]:border-2 has-[:checked]:border-brand-700 has-[:checked]:bg-brand-100 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-brand-600"
          >
            <input type="radio" name={name} value={n} checked={value === n} onChange={() => onChange(n)} className="h-4 w-4 accent-brand-700" />
            {n}
          </label>
        ))}
        {value !== null ? (
          <button
            type="button"
            onClick={() => onChange(null)}
            className="col-span-1 min-h-12 rounded-md text-sm font-medium text-brand-800 underline underline-offset-2 hover:bg-slate-100"
          >
            {clear}
            <span className="sr-only"> {legend.toLowerCase()}</span>
          </button>
        ) : null}
      </div>
      {error ? (
        <p id={`${name}-error`} className="font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}

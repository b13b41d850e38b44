import { DateWindowText } from "@/components/date-window";
import type { Timeline, TimelineStage } from "@/lib/domain/clinical";
import { exercisePainText, isEveryday, painRuleText, stagePainLimit } from "@/lib/domain/clinical/stage-prescription";
import type { ExerciseEntry, Plan, PlanStage } from "@/lib/domain/clinical/types";
import { describeDose } from "@/lib/domain/plan-edits";

function days({ min, max }: { min: number; max: number }): string {
  return min === max ? `${min} ${min === 1 ? "day" : "days"}` : `${min}–${max} days`;
}

/** When a stage happens, from the plan's one time line. */
function StageDates({ window }: { window: TimelineStage }) {
  if (window.status === "past") {
    return (
      <>
        Done · {days(window.days)} · <DateWindowText window={{ earliest: window.start.earliest, latest: window.end.latest }} />
      </>
    );
  }
  if (window.status === "current") {
    return (
      <>
        {days(window.days)} · since <DateWindowText window={window.start} />, expected to end <DateWindowText window={window.end} />
      </>
    );
  }
  return (
    <>
      {days(window.days)} · expected <DateWindowText window={{ earliest: window.start.earliest, latest: window.end.latest }} />
    </>
  );
}

/** A stage's or a track phase's work: its pain rule, exercises with doses, and gates. */
function UnitDetails({
  unit,
  library,
  categories,
}: {
  unit: Pick<PlanStage, "exercises" | "gates" | "painRule">;
  library: readonly Pick<ExerciseEntry, "key" | "category">[];
  categories: ReadonlyMap<string, ExerciseEntry["category"]>;
}) {
  const painLimit = unit.painRule ? unit.painRule.duringMax : stagePainLimit(unit, library);
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-brand-700">
        {unit.exercises.length} exercises · {unit.gates.length} gates
      </summary>
      {painLimit !== null ? (
        <p className="mt-2">
          <span className="font-medium">Pain rule: </span>
          {painRuleText(painLimit, "en", unit.painRule?.settledByMorning ?? true)}
        </p>
      ) : null}
      <ul className="mt-2 list-disc space-y-1 pl-5">
        {unit.exercises.map((e) => {
          const own = exercisePainText(e.dose.painLimit, painLimit, isEveryday(categories.get(e.exerciseKey)), "en");
          return (
            <li key={e.exerciseKey}>
              {e.name}: {describeDose(e.dose, { pain: false })}
              {own ? ` · ${own}` : null}
            </li>
          );
        })}
      </ul>
      {unit.gates.length ? (
        <>
          <p className="mt-2 font-medium">To move on:</p>
          <ul className="list-disc pl-5">
            {unit.gates.map((g) => (
              <li key={g.key}>{g.label}</li>
            ))}
          </ul>
        </>
      ) : null}
    </details>
  );
}

/**
 * The stages of a plan as an ordered time line with dates, exercises and gates. The dates are the
 * plan's time line (fitted to the prognosis, following actual progress), never the template's.
 * Each stage states its one pain rule; an exercise's own limit shows only where it differs
 * (lib/domain/clinical/stage-prescription.ts). `library` gives the exercises' categories.
 */
export function PlanStages({
  plan,
  timeline,
  currentIndex,
  library,
}: {
  plan: Plan;
  timeline: Timeline;
  currentIndex?: number;
  library: readonly Pick<ExerciseEntry, "key" | "category">[];
}) {
  const categories = new Map(library.map((e) => [e.key, e.category]));
  return (
    <ol className="space-y-4">
      {plan.stages.map((stage, i) => {
        const current = i === currentIndex;
        const window = timeline.stages[i];
        return (
          <li
            key={stage.key}
            aria-current={current ? "step" : undefined}
            className={`rounded-lg border bg-white p-4 ${current ? "border-brand-600 ring-2 ring-brand-600/30" : "border-slate-200"}`}
          >
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <h3 className="font-semibold">
                Stage {i + 1}: {stage.name}
                {current ? <span className="ml-2 rounded bg-brand-700 px-2 py-0.5 text-xs font-medium text-white">Current</span> : null}
              </h3>
              {window ? (
                <p className="text-sm text-slate-600">
                  <StageDates window={window} />
                </p>
              ) : null}
            </div>
            <p className="mt-1 text-sm text-slate-700">{stage.purpose}</p>
            {stage.requiresSpecialistReview ? (
              <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">Needs a specialist / surgical opinion before loading.</p>
            ) : null}
            {stage.tracks?.length ? (
              <div className="mt-2 space-y-3">
                <p className="text-sm text-slate-700">
                  {stage.tracks.length} tracks side by side, each moving on its own gates; the stage ends when all are finished.
                </p>
                {stage.tracks.map((track) => (
                  <div key={track.key} className="rounded-md border border-slate-200 p-3">
                    <h4 className="text-sm font-semibold">{track.name}</h4>
                    <ol className="mt-1 space-y-2">
                      {track.phases.map((phase, p) => {
                        const here = current && p === track.currentPhaseIndex;
                        return (
                          <li key={phase.key} aria-current={here ? "step" : undefined} className="text-sm">
                            <p>
                              <span className="font-medium">
                                Phase {p + 1}: {phase.name}
                              </span>{" "}
                              <span className="text-slate-600">· {days(phase.durationDays)}</span>
                              {here ? <span className="ml-2 rounded bg-brand-700 px-2 py-0.5 text-xs font-medium text-white">Current</span> : null}
                            </p>
                            <UnitDetails unit={phase} library={library} categories={categories} />
                          </li>
                        );
                      })}
                    </ol>
                  </div>
                ))}
              </div>
            ) : (
              <UnitDetails unit={stage} library={library} categories={categories} />
            )}
          </li>
        );
      })}
    </ol>
  );
}

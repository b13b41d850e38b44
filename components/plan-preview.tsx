import { formatDate } from "@/lib/format";
import type { Plan } from "@/lib/domain/clinical/types";
import { describeDose } from "@/lib/domain/plan-edits";

/** The stages of a plan as an ordered time line with dates, exercises and gates. */
export function PlanStages({ plan, currentIndex }: { plan: Plan; currentIndex?: number }) {
  return (
    <ol className="space-y-4">
      {plan.stages.map((stage, i) => {
        const current = i === currentIndex;
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
              <p className="text-sm text-slate-600">
                {stage.durationDays.min}–{stage.durationDays.max} days · expected {formatDate(stage.startDate)} – {formatDate(stage.maxEndDate)}
              </p>
            </div>
            <p className="mt-1 text-sm text-slate-700">{stage.purpose}</p>
            {stage.requiresSpecialistReview ? (
              <p className="mt-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">Needs a specialist / surgical opinion before loading.</p>
            ) : null}
            <details className="mt-2 text-sm">
              <summary className="cursor-pointer text-brand-700">
                {stage.exercises.length} exercises · {stage.gates.length} gates
              </summary>
              <ul className="mt-2 list-disc space-y-1 pl-5">
                {stage.exercises.map((e) => (
                  <li key={e.exerciseKey}>
                    {e.name}: {describeDose(e.dose)}
                  </li>
                ))}
              </ul>
              {stage.gates.length ? (
                <>
                  <p className="mt-2 font-medium">To move on:</p>
                  <ul className="list-disc pl-5">
                    {stage.gates.map((g) => (
                      <li key={g.key}>{g.label}</li>
                    ))}
                  </ul>
                </>
              ) : null}
            </details>
          </li>
        );
      })}
    </ol>
  );
}

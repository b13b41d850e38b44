import { DateWindowText } from "@/components/date-window";
import type { DayRange, Milestone, Prognosis, Timeline } from "@/lib/domain/clinical";

function MilestoneBox({
  id,
  label,
  days,
  milestone,
  timeline,
  reached,
}: {
  id: string;
  label: string;
  days: DayRange;
  milestone: Milestone | null;
  timeline: Timeline | null;
  reached: string;
}) {
  return (
    <div role="group" aria-labelledby={id} className="rounded-md bg-slate-50 p-3">
      <p id={id} className="text-sm font-medium text-slate-600">
        {label}
      </p>
      <p className="text-lg font-semibold">
        {days.minDays}–{days.maxDays} days
      </p>
      {timeline ? (
        <p className="text-sm text-slate-600">
          {milestone ? (
            <>
              {milestone.status === "past" ? `${reached} ` : null}
              <DateWindowText window={milestone} />
            </>
          ) : (
            "Not a stage of this plan"
          )}
        </p>
      ) : null}
    </div>
  );
}

/**
 * The evidence-based prognosis (day ranges from the injury, with the factors that widened them)
 * and, when given, the calendar dates of the plan's one time line (lib/domain/clinical/timeline.ts).
 */
export function PrognosisCard({ prognosis, timeline, datesNote }: { prognosis: Prognosis; timeline: Timeline | null; datesNote?: string }) {
  return (
    <section aria-labelledby="prognosis-heading" className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="prognosis-heading" className="text-lg font-semibold">
        Expected time line
      </h2>
      <p className="text-sm text-slate-600">A range, not a date: progress follows the gates, not the calendar.</p>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <MilestoneBox
          id="prognosis-run"
          label="Return to running"
          days={prognosis.returnToRun}
          milestone={timeline?.returnToRun ?? null}
          timeline={timeline}
          reached="Started running"
        />
        <MilestoneBox
          id="prognosis-sport"
          label="Return to sport"
          days={prognosis.returnToSport}
          milestone={timeline?.returnToSport ?? null}
          timeline={timeline}
          reached="Back to sport"
        />
      </div>
      <p className="mt-2 text-sm text-slate-600">
        {datesNote ??
          (timeline
            ? "Days are counted from the injury. The dates are the plan's time line: its stages are fitted to these ranges and follow the patient's actual progress."
            : "Days are counted from the injury.")}
      </p>
      <p className="mt-3 text-sm">
        Base: {prognosis.base.label} <span className="text-slate-600">({prognosis.base.source})</span>
      </p>
      {prognosis.factors.length ? (
        <>
          <h3 className="mt-3 text-sm font-semibold">What widened the range</h3>
          <ul className="mt-1 list-disc space-y-1 pl-5 text-sm">
            {prognosis.factors.map((f) => (
              <li key={f.key}>
                {f.label}: {f.effect} <span className="text-slate-600">({f.source})</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {prognosis.notes.map((n) => (
        <p key={n} className="mt-2 rounded bg-amber-50 px-2 py-1 text-sm text-amber-900">
          {n}
        </p>
      ))}
    </section>
  );
}

import type { Prognosis } from "@/lib/domain/clinical";
import { formatDate } from "@/lib/format";

export function PrognosisCard({ prognosis }: { prognosis: Prognosis }) {
  return (
    <section aria-labelledby="prognosis-heading" className="rounded-lg border border-slate-200 bg-white p-6">
      <h2 id="prognosis-heading" className="text-lg font-semibold">
        Expected time line
      </h2>
      <p className="text-sm text-slate-600">A range, not a date: progress follows the gates, not the calendar.</p>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2">
        <div className="rounded-md bg-slate-50 p-3">
          <dt className="text-sm font-medium text-slate-600">Return to running</dt>
          <dd className="text-lg font-semibold">
            {prognosis.returnToRun.minDays}–{prognosis.returnToRun.maxDays} days
          </dd>
          <dd className="text-sm text-slate-600">
            {formatDate(prognosis.returnToRunDates.earliest)} – {formatDate(prognosis.returnToRunDates.latest)}
          </dd>
        </div>
        <div className="rounded-md bg-slate-50 p-3">
          <dt className="text-sm font-medium text-slate-600">Return to sport</dt>
          <dd className="text-lg font-semibold">
            {prognosis.returnToSport.minDays}–{prognosis.returnToSport.maxDays} days
          </dd>
          <dd className="text-sm text-slate-600">
            {formatDate(prognosis.returnToSportDates.earliest)} – {formatDate(prognosis.returnToSportDates.latest)}
          </dd>
        </div>
      </dl>
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

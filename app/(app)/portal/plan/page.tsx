import type { Metadata } from "next";
import { DateWindowText } from "@/components/date-window";
import { readableKey } from "@/components/portal/wording";
import type { DateWindow, Milestone } from "@/lib/domain/clinical";
import { addDays } from "@/lib/domain/clinical/dates";
import { formatDate } from "@/lib/format";
import { requireActor } from "@/lib/server/auth";
import { orNotFound } from "@/lib/server/page";
import { getPortalHome } from "@/lib/server/portal";

export const metadata: Metadata = { title: "My plan" };

const HISTORY_DAYS = 14;

function DateRange({ window }: { window: DateWindow }) {
  return <DateWindowText window={window} separator="to" />;
}

/** A milestone of the plan's time line in plain words; nothing when the plan has no such stage. */
function MilestoneItem({ id, label, milestone, reached }: { id: string; label: string; milestone: Milestone | null; reached: string }) {
  if (!milestone) return null;
  return (
    <div role="group" aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4">
      <p id={id} className="font-semibold">
        {label}
      </p>
      <p>
        {milestone.status === "past" ? (
          <>
            {reached} <DateRange window={milestone} />
          </>
        ) : milestone.earliest === milestone.latest ? (
          <>
            About <DateRange window={milestone} />
          </>
        ) : (
          <>
            Between <DateWindowText window={milestone} separator="and" />
          </>
        )}
      </p>
    </div>
  );
}

function painText(label: string, value: number | null) {
  return value === null ? null : `${label}: ${value} out of 10`;
}

export default async function MyPlanPage() {
  const actor = await requireActor(["PATIENT"], "/portal/plan");
  const home = await orNotFound(getPortalHome(actor));
  const { plan } = home;

  if (!plan) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">My plan</h1>
        <p className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          Your therapist has not set up your plan yet. When they do, its stages and your progress appear here.
        </p>
      </div>
    );
  }

  const names = new Map(plan.exercises.map((e) => [e.exerciseKey, e.name]));
  const since = addDays(home.today, -(HISTORY_DAYS - 1));
  const recent = home.logs.filter((l) => l.date >= since);

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">My plan</h1>
        <p className="text-slate-700">
          You are in stage {plan.stageIndex + 1} of {plan.stageCount}: {plan.stage.name}.
        </p>
      </div>

      {plan.timeline.returnToRun || plan.timeline.returnToSport ? (
        <section aria-labelledby="milestones-heading" className="space-y-3">
          <h2 id="milestones-heading" className="text-xl font-semibold">
            When you can expect to
          </h2>
          <div className="grid gap-3 sm:grid-cols-2">
            <MilestoneItem id="milestone-run" label="Back to running" milestone={plan.timeline.returnToRun} reached="You started running on" />
            <MilestoneItem id="milestone-sport" label="Back to full sport" milestone={plan.timeline.returnToSport} reached="You were back to full sport on" />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="stages-heading" className="space-y-3">
        <h2 id="stages-heading" className="text-xl font-semibold">
          Your stages
        </h2>
        <p className="text-sm text-slate-700">
          The dates are estimates. You move on when you are ready (see below), which can be sooner or later than the calendar says.
        </p>
        <ol className="space-y-3 border-l-4 border-slate-200 pl-4">
          {plan.stages.map((s, i) => {
            const current = i === plan.stageIndex;
            const done = i < plan.stageIndex;
            const window = plan.timeline.stages[i];
            return (
              <li
                key={i}
                aria-current={current ? "step" : undefined}
                className={`relative rounded-lg border bg-white p-4 ${current ? "border-2 border-brand-700 shadow-sm" : "border-slate-200"}`}
              >
                <span
                  aria-hidden="true"
                  className={`absolute -left-[27px] top-5 h-4 w-4 rounded-full border-2 border-white ${current ? "bg-brand-700" : done ? "bg-slate-500" : "bg-slate-300"}`}
                />
                <p className="text-sm font-semibold text-slate-700">
                  Stage {i + 1}
                  {current ? <span className="ml-2 rounded bg-brand-700 px-2 py-0.5 text-white">You are here</span> : null}
                  {done ? <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-slate-800">Done</span> : null}
                </p>
                <h3 className="text-lg font-semibold">{s.name}</h3>
                {window ? (
                  <p className="text-sm text-slate-700">
                    <DateRange window={{ earliest: window.start.earliest, latest: window.end.latest }} />
                  </p>
                ) : null}
                <p className="mt-1">{current && plan.prescription.held ? plan.prescription.notice : s.purpose}</p>
                {current && !plan.prescription.held && plan.stage.goals.length > 0 ? (
                  <div className="mt-2">
                    <h4 className="font-semibold">Goals of this stage</h4>
                    <ul className="list-disc space-y-1 pl-6">
                      {plan.stage.goals.map((g, j) => (
                        <li key={j}>{g}</li>
                      ))}
                    </ul>
                  </div>
                ) : null}
              </li>
            );
          })}
        </ol>
      </section>

      <section aria-labelledby="next-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="next-heading" className="text-xl font-semibold">
          What you need before the next stage
        </h2>
        {plan.nextStage ? (
          <>
            <p>
              Before you start <strong>{plan.nextStage.name}</strong>, your therapist checks that:
            </p>
            {plan.nextStage.gates.length > 0 ? (
              <ul className="list-disc space-y-1 pl-6">
                {plan.nextStage.gates.map((g, i) => (
                  <li key={i}>{g}</li>
                ))}
              </ul>
            ) : (
              <p>you are ready, at your next visit.</p>
            )}
          </>
        ) : (
          <p>This is the last stage of your plan. Keep going with your exercises, and ask your therapist what comes after.</p>
        )}
      </section>

      <section aria-labelledby="logs-heading" className="space-y-3">
        <h2 id="logs-heading" className="text-xl font-semibold">
          Your last {HISTORY_DAYS} days
        </h2>
        {recent.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-4">Nothing logged in the last {HISTORY_DAYS} days yet. Log your day on the Today page.</p>
        ) : (
          <ul className="space-y-2">
            {recent.map((l) => {
              const sets = Object.entries(l.setsDone);
              const total = sets.reduce((sum, [, n]) => sum + n, 0);
              const pain = [painText("Pain during exercise", l.painDuring), painText("Pain in the morning", l.painNextMorning)].filter(Boolean);
              return (
                <li key={l.date} className="rounded-lg border border-slate-200 bg-white p-4">
                  <h3 className="font-semibold">
                    <time dateTime={l.date}>{formatDate(l.date)}</time>
                  </h3>
                  <p>
                    {total === 0 ? "No sets" : `${total} ${total === 1 ? "set" : "sets"}`}
                    {sets.length > 0 && total > 0
                      ? `: ${sets
                          .filter(([, n]) => n > 0)
                          .map(([key, n]) => `${names.get(key) ?? readableKey(key)} ${n}`)
                          .join(", ")}`
                      : ""}
                  </p>
                  {pain.length > 0 ? <p className="text-slate-700">{pain.join(" · ")}</p> : null}
                  {l.note ? <p className="mt-1 text-slate-700">Note: {l.note}</p> : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

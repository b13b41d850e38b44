import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DateWindowText } from "@/components/date-window";
import { ExercisePicture } from "@/components/exercise-picture";
import { plainDose, portalDate, portalWords, readableKey } from "@/components/portal/wording";
import type { DateWindow, Milestone } from "@/lib/domain/clinical";
import { addDays } from "@/lib/domain/clinical/dates";
import { exerciseDrawing } from "@/lib/domain/injuries/illustrations";
import type { Locale } from "@/lib/domain/clinical/types";
import { requireActor } from "@/lib/server/auth";
import { orNotFound } from "@/lib/server/page";
import { clinicPictures } from "@/lib/server/exercise-images";
import { getPortalHome } from "@/lib/server/portal";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("plan");
  return { title: t("title") };
}

type PlanT = Awaited<ReturnType<typeof getTranslations<"plan">>>;

const HISTORY_DAYS = 14;

function DateRange({ window, t, locale }: { window: DateWindow; t: PlanT; locale: Locale }) {
  return <DateWindowText window={window} separator={t("to")} format={(iso) => portalDate(iso, locale)} />;
}

/** A milestone of the plan's time line in plain words; nothing when the plan has no such stage. */
function MilestoneItem({
  id,
  label,
  milestone,
  reached,
  t,
  locale,
}: {
  id: string;
  label: string;
  milestone: Milestone | null;
  reached: string;
  t: PlanT;
  locale: Locale;
}) {
  if (!milestone) return null;
  return (
    <div role="group" aria-labelledby={id} className="rounded-lg border border-slate-200 bg-white p-4">
      <p id={id} className="font-semibold">
        {label}
      </p>
      <p>
        {milestone.status === "past" ? (
          <>
            {reached} <DateRange window={milestone} t={t} locale={locale} />
          </>
        ) : milestone.earliest === milestone.latest ? (
          <>
            {t("about")} <DateRange window={milestone} t={t} locale={locale} />
          </>
        ) : (
          <>
            {t("between")} <DateWindowText window={milestone} separator={t("and")} format={(iso) => portalDate(iso, locale)} />
          </>
        )}
      </p>
    </div>
  );
}

function painText(t: PlanT, label: string, value: number | null) {
  return value === null ? null : t("painValue", { label, value });
}

export default async function MyPlanPage() {
  const actor = await requireActor(["PATIENT"], "/portal/plan");
  const [home, pictures] = await Promise.all([orNotFound(getPortalHome(actor)), clinicPictures(actor.clinicId)]);
  const { plan, locale } = home;
  const t = await getTranslations({ locale, namespace: "plan" });
  const words = portalWords(locale);

  if (!plan) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">{t("noPlan")}</p>
      </div>
    );
  }

  const names = new Map(plan.exercises.map((e) => [e.exerciseKey, e.name]));
  const since = addDays(home.today, -(HISTORY_DAYS - 1));
  const recent = home.logs.filter((l) => l.date >= since);

  return (
    <div className="space-y-8">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("title")}</h1>
        <p className="text-slate-700">{t("youAreIn", { current: plan.stageIndex + 1, total: plan.stageCount, name: plan.stage.name })}</p>
      </div>

      {plan.timeline.returnToRun || plan.timeline.returnToSport ? (
        <section aria-labelledby="milestones-heading" className="space-y-3">
          <h2 id="milestones-heading" className="text-xl font-semibold">
            {t("milestonesHeading")}
          </h2>
          <div className="grid gap-3 sm:grid-cols-2">
            <MilestoneItem
              id="milestone-run"
              label={t("backToRunning")}
              milestone={plan.timeline.returnToRun}
              reached={t("startedRunning")}
              t={t}
              locale={locale}
            />
            <MilestoneItem
              id="milestone-sport"
              label={t("backToSport")}
              milestone={plan.timeline.returnToSport}
              reached={t("backToSportOn")}
              t={t}
              locale={locale}
            />
          </div>
        </section>
      ) : null}

      <section aria-labelledby="stages-heading" className="space-y-3">
        <h2 id="stages-heading" className="text-xl font-semibold">
          {t("stagesHeading")}
        </h2>
        <p className="text-sm text-slate-700">{t("estimates")}</p>
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
                  {t("stage", { number: i + 1 })}
                  {current ? <span className="ml-2 rounded bg-brand-700 px-2 py-0.5 text-white">{t("youAreHere")}</span> : null}
                  {done ? <span className="ml-2 rounded bg-slate-100 px-2 py-0.5 text-slate-800">{t("done")}</span> : null}
                </p>
                <h3 className="text-lg font-semibold">{s.name}</h3>
                {window ? (
                  <p className="text-sm text-slate-700">
                    <DateRange window={{ earliest: window.start.earliest, latest: window.end.latest }} t={t} locale={locale} />
                  </p>
                ) : null}
                <p className="mt-1">{current && plan.prescription.held ? plan.prescription.notice : s.purpose}</p>
                {current && !plan.prescription.held && plan.stage.goals.length > 0 ? (
                  <div className="mt-2">
                    <h4 className="font-semibold">{t("goals")}</h4>
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

      {plan.exercises.length > 0 ? (
        <section aria-labelledby="exercises-heading" className="space-y-3">
          <h2 id="exercises-heading" className="text-xl font-semibold">
            {t("exercisesHeading")}
          </h2>
          <ul className="grid gap-3 sm:grid-cols-2">
            {plan.exercises.map((e) => {
              return (
                <li key={e.exerciseKey} className="space-y-2 rounded-lg border border-slate-200 bg-white p-4">
                  <h3 className="text-lg font-semibold">{e.name}</h3>
                  <ExercisePicture picture={pictures.get(e.exerciseKey)} drawing={exerciseDrawing(e.exerciseKey)} locale={locale} className="h-auto w-full" />
                  <p>{plainDose(e.dose, words)}</p>
                </li>
              );
            })}
          </ul>
          <p className="text-slate-700">{t("exercisesWhere")}</p>
        </section>
      ) : null}

      <section aria-labelledby="next-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
        <h2 id="next-heading" className="text-xl font-semibold">
          {t("nextHeading")}
        </h2>
        {plan.nextStage ? (
          <>
            <p>{t.rich("beforeNext", { name: plan.nextStage.name, strong: (chunks) => <strong>{chunks}</strong> })}</p>
            {plan.nextStage.gates.length > 0 ? (
              <ul className="list-disc space-y-1 pl-6">
                {plan.nextStage.gates.map((g, i) => (
                  <li key={i}>{g}</li>
                ))}
              </ul>
            ) : (
              <p>{t("readyAtVisit")}</p>
            )}
          </>
        ) : (
          <p>{t("lastStage")}</p>
        )}
      </section>

      <section aria-labelledby="logs-heading" className="space-y-3">
        <h2 id="logs-heading" className="text-xl font-semibold">
          {t("lastDays", { days: HISTORY_DAYS })}
        </h2>
        {recent.length === 0 ? (
          <p className="rounded-lg border border-slate-200 bg-white p-4">{t("nothingLogged", { days: HISTORY_DAYS })}</p>
        ) : (
          <ul className="space-y-2">
            {recent.map((l) => {
              const sets = Object.entries(l.setsDone);
              const total = sets.reduce((sum, [, n]) => sum + n, 0);
              const pain = [painText(t, t("painDuring"), l.painDuring), painText(t, t("painMorning"), l.painNextMorning)].filter(Boolean);
              return (
                <li key={l.date} className="rounded-lg border border-slate-200 bg-white p-4">
                  <h3 className="font-semibold">
                    <time dateTime={l.date}>{portalDate(l.date, locale)}</time>
                  </h3>
                  <p>
                    {total === 0 ? t("noSets") : t("sets", { count: total })}
                    {sets.length > 0 && total > 0
                      ? `: ${sets
                          .filter(([, n]) => n > 0)
                          .map(([key, n]) => `${names.get(key) ?? readableKey(key)} ${n}`)
                          .join(", ")}`
                      : ""}
                  </p>
                  {pain.length > 0 ? <p className="text-slate-700">{pain.join(" · ")}</p> : null}
                  {l.note ? <p className="mt-1 text-slate-700">{t("note", { note: l.note })}</p> : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

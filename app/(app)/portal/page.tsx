import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { CareAdviceSection } from "@/components/portal/care-advice";
import { DailyLogForm, type LogExercise, type LogGroup, type SavedDay } from "@/components/portal/daily-log-form";
import { exerciseAims, loggableDays, plainDose, portalWords, shortDay } from "@/components/portal/wording";
import { CARE_TEXT } from "@/lib/domain/injuries/care";
import { exerciseDrawing } from "@/lib/domain/injuries/illustrations";
import { maxLoggableSets } from "@/lib/domain/progress";
import { requireActor } from "@/lib/server/auth";
import { orNotFound } from "@/lib/server/page";
import { clinicPictures } from "@/lib/server/exercise-images";
import { MESSAGES } from "@/lib/i18n/messages";
import { getPortalHome, LOG_BACKFILL_DAYS } from "@/lib/server/portal";
import { saveDailyLogAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("today");
  return { title: t("title") };
}

export default async function TodayPage() {
  const actor = await requireActor(["PATIENT"], "/portal");
  const [home, pictures] = await Promise.all([orNotFound(getPortalHome(actor)), clinicPictures(actor.clinicId)]);
  const { plan } = home;
  const t = await getTranslations({ locale: home.locale, namespace: "today" });
  const words = portalWords(home.locale);

  if (!plan) {
    return (
      <div className="space-y-4">
        <h1 className="text-2xl font-semibold">{t("hello", { name: home.givenName })}</h1>
        <section aria-labelledby="no-plan-heading" className="space-y-2 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="no-plan-heading" className="text-xl font-semibold">
            {t("noPlanHeading")}
          </h2>
          <p>{t("noPlanBody", { clinic: home.clinicName })}</p>
          <p>{t("noPlanUntil")}</p>
        </section>
      </div>
    );
  }

  const days = loggableDays(home.today, LOG_BACKFILL_DAYS, words);
  // The aim per day comes from the one definition of prescribed work adherence also uses.
  // plan.exercises are the ones to do now (a grade 3 hold shows fewer than the stage has).
  const aims = exerciseAims(
    { exercises: plan.exercises },
    days.map((d) => d.value),
    words,
  );
  const exercises: LogExercise[] = plan.exercises.map((e, i) => ({
    key: e.exerciseKey,
    name: e.name,
    dose: e.painText ? `${plainDose(e.dose, words)}. ${e.painText}` : plainDose(e.dose, words),
    notes: e.dose.notes ?? null,
    purpose: e.entry?.purpose ?? null,
    steps: e.entry?.steps ?? [],
    cues: e.entry?.cues ?? [],
    aims: aims[i]!,
    maxSets: maxLoggableSets(e.dose),
    drawing: exerciseDrawing(e.exerciseKey),
    picture: pictures.get(e.exerciseKey) ?? null,
    // A stage with tracks: each exercise under the track whose current phase holds it.
    group: plan.tracks.find((track) => track.exerciseKeys.includes(e.exerciseKey))?.key ?? null,
  }));
  const trackStep = (track: (typeof plan.tracks)[number]) => t("trackStep", { track: track.name, current: track.phaseNumber, total: track.phaseCount });
  const groups: LogGroup[] = plan.tracks.map((track) => ({ key: track.key, heading: trackStep(track), intro: `${track.phaseName}. ${track.phasePurpose}` }));
  const loggable = new Set(days.map((d) => d.value));
  const saved: Record<string, SavedDay> = Object.fromEntries(
    home.logs
      .filter((l) => loggable.has(l.date))
      .map((l) => [
        l.date,
        { setsDone: l.setsDone, painDuring: l.painDuring, painNextMorning: l.painNextMorning, note: l.note, newSwelling: l.newSwelling, ratings: l.ratings },
      ]),
  );

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-semibold">{t("hello", { name: home.givenName })}</h1>
        <p className="text-slate-700">{t("todayIs", { day: shortDay(home.today, home.locale) })}</p>
      </div>
      <section aria-labelledby="stage-heading" className="space-y-2 rounded-lg border-2 border-brand-600 bg-white p-4 shadow-sm">
        <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">{t("stageOf", { current: plan.stageIndex + 1, total: plan.stageCount })}</p>
        <h2 id="stage-heading" className="text-xl font-semibold">
          {plan.stage.name}
        </h2>
        {plan.prescription.held ? (
          <div className="space-y-2 rounded-md border-2 border-amber-500 bg-amber-50 p-3">
            <p className="font-semibold">{plan.prescription.notice}</p>
            <ul className="list-disc space-y-1 pl-6">
              {plan.prescription.advice.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ) : (
          <p>{plan.stage.purpose}</p>
        )}
        {!plan.prescription.held && plan.tracks.length > 0 ? (
          <ul aria-label={t("doingNow")} className="space-y-2">
            {plan.tracks.map((track) => (
              <li key={track.key} className="rounded-md border border-slate-200 p-3">
                <p className="font-semibold">{trackStep(track)}</p>
                <p>
                  {track.phaseName}. {track.phasePurpose}
                </p>
              </li>
            ))}
          </ul>
        ) : null}
        {plan.prescription.painRule ? (
          <p>
            <span className="font-semibold">{t("pain")}</span>
            {plan.prescription.painRule}
          </p>
        ) : null}
        {!plan.prescription.held && plan.stage.precautions.length > 0 ? (
          <details className="group rounded-md border border-slate-200">
            <summary className="flex min-h-12 cursor-pointer list-none items-center gap-2 px-3 font-medium text-brand-800 [&::-webkit-details-marker]:hidden">
              <span aria-hidden="true" className="inline-block transition-transform group-open:rotate-90">
                ▸
              </span>
              {t("takeCare")}
            </summary>
            <ul className="list-disc space-y-1 border-t border-slate-200 py-3 pl-9 pr-3">
              {plan.stage.precautions.map((p, i) => (
                <li key={i}>{p}</li>
              ))}
            </ul>
          </details>
        ) : null}
      </section>
      <DailyLogForm
        exercises={exercises}
        groups={groups}
        questions={plan.questions}
        days={days}
        swelling={CARE_TEXT[home.locale].newSwelling}
        saved={saved}
        howDidItFeel={plan.howDidItFeel}
        words={MESSAGES[home.locale].log}
        locale={home.locale}
        action={saveDailyLogAction}
      />
      <CareAdviceSection care={plan.care} />
    </div>
  );
}

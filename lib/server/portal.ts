import "server-only";
import { kindOfStoredMuscle } from "@/lib/domain/injuries";
import { doseTextIn } from "@/lib/domain/injuries/dose-text";
import { careAdvice, clinicContact, type CareAdvice } from "@/lib/domain/injuries/care";
import type { Timeline } from "@/lib/domain/clinical";
import { stagePrescription, type StagePrescription } from "@/lib/domain/clinical/stage-prescription";
import { asLocale, localize } from "@/lib/domain/clinical/i18n";
import type { ExerciseEntry, Locale, PlanStage } from "@/lib/domain/clinical/types";
import { immediateCareAdvice, localDate, maxLoggableSets, type ImmediateCareAdvice } from "@/lib/domain/progress";
import type { PlanSnapshot } from "@/lib/domain/plan-edits";
import { activeStage, addDays, currentPhase } from "@/lib/domain/clinical";
import { Prisma } from "@/lib/generated/prisma/client";
import { isoDate } from "@/lib/format";
import { assertPatient, type Actor } from "@/lib/server/actor";
import { injuryOf } from "@/lib/db/episode-row";
import { audit, auditRefusals } from "@/lib/server/audit";
import { errorText } from "@/lib/i18n/translate";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { latestForPatient } from "@/lib/server/measurements";
import { planTimelineView, stageHistoryOf, stageMoveEvents } from "@/lib/server/plan-timeline";
import { syncPlanSummary } from "@/lib/server/plan-summary";
import { isRealIsoDate } from "@/lib/validation/dates";

/** How far back a patient may log (a forgotten day can be filled in), in the clinic's days. */
export const LOG_BACKFILL_DAYS = 6;

export interface PortalLog {
  date: string;
  setsDone: Record<string, number>;
  painDuring: number | null;
  painNextMorning: number | null;
  note: string | null;
  newSwelling: boolean | null;
  /** Answers to the stage's questions (subjective gates), by gate key. */
  ratings: Record<string, number>;
}

/** A question of the stage the patient answers 0-10 in the daily log (a subjective gate). */
export interface PortalQuestion {
  /** The gate's key in the stage's view ("running/confident"): the form's `rating_<key>`. */
  key: string;
  question: string;
  /** The rating the stage's gate needs, e.g. 7. */
  minimum: number;
}

/** One track of a stage with parallel tracks, as the patient sees it: where they are on it. */
export interface PortalTrack {
  key: string;
  name: string;
  purpose: string;
  phaseNumber: number;
  phaseCount: number;
  phaseName: string;
  phasePurpose: string;
  goals: string[];
  /** Exercise keys of this phase (the portal groups the day's exercises by track). */
  exerciseKeys: string[];
}

export interface PortalHome {
  /** The patient's preferred language: every text of `plan` below is in it (English where a text has no translation). */
  locale: Locale;
  givenName: string;
  clinicName: string;
  today: string;
  plan: null | {
    id: string;
    version: number;
    templateName: string;
    /** The daily log's question about the injured area, in the injury kind's words. */
    howDidItFeel: string;
    /** "Stop and get care", from the injury kind's one care list (the handout's box is the same). */
    care: CareAdvice;
    stageIndex: number;
    stageCount: number;
    /** The current stage as it stands today (with tracks: their current phases' work and gates). */
    stage: PlanStage;
    /** A stage with parallel tracks: each track's current phase; empty for a plain stage. */
    tracks: PortalTrack[];
    /** Questions the stage asks the patient to rate in the daily log. */
    questions: PortalQuestion[];
    stages: { name: string; purpose: string }[];
    /** The plan's one time line (the same dates as the plan page and the handout). */
    timeline: Timeline;
    nextStage: { name: string; gates: string[] } | null;
    /**
     * What the patient is to do in this stage (lib/domain/clinical/stage-prescription.ts): the stage's
     * one pain rule, and for a complete rupture waiting for the specialist only the notice,
     * protection advice and circulation exercises.
     */
    prescription: Pick<StagePrescription, "held" | "notice" | "advice" | "painRule">;
    /** The exercises to do now, each with its own pain line where it differs from the rule. */
    exercises: (PlanStage["exercises"][number] & { entry: ExerciseEntry | null; painText: string | null })[];
  };
  logs: PortalLog[];
}

function toLog(row: {
  logDate: Date;
  setsDone: unknown;
  painDuring: number | null;
  painNextMorning: number | null;
  note: string | null;
  newSwelling: boolean | null;
  ratings?: unknown;
}): PortalLog {
  return {
    date: isoDate(row.logDate),
    setsDone: (row.setsDone ?? {}) as Record<string, number>,
    painDuring: row.painDuring,
    painNextMorning: row.painNextMorning,
    note: row.note,
    newSwelling: row.newSwelling,
    ratings: (row.ratings ?? {}) as Record<string, number>,
  };
}

/** The stage's tracks in the patient's language, each at its current phase. */
function portalTracks(stage: PlanStage, locale: Locale): PortalTrack[] {
  return (stage.tracks ?? []).map((stored) => {
    const track = localize(stored, locale);
    const { phase: storedPhase, index } = currentPhase(stored);
    const phase = localize(storedPhase, locale);
    return {
      key: track.key,
      name: track.name,
      purpose: track.purpose,
      phaseNumber: index + 1,
      phaseCount: track.phases.length,
      phaseName: phase.name,
      phasePurpose: phase.purpose,
      goals: phase.goals,
      exerciseKeys: phase.exercises.map((e) => e.exerciseKey),
    };
  });
}

/** The questions (subjective gates) of a stage's view, in the patient's language. */
function portalQuestions(view: PlanStage, locale: Locale): PortalQuestion[] {
  return view.gates.flatMap((gate) =>
    gate.kind === "SUBJECTIVE" ? [{ key: gate.key, question: localize(gate, locale).question, minimum: gate.minimum }] : [],
  );
}

async function activePlanFor(actor: Actor & { patientId: string }) {
  return db.rehabPlan.findFirst({
    where: { clinicId: actor.clinicId, patientId: actor.patientId, status: "ACTIVE" },
    orderBy: { createdAt: "desc" },
    select: { id: true, version: true, content: true, currentStageIndex: true },
  });
}

/** Everything the patient's home screen shows, for the signed-in patient only. */
export async function getPortalHome(actor: Actor, opts: { now?: Date } = {}): Promise<PortalHome> {
  assertPatient(actor);
  const patient = await db.patient.findFirst({
    where: { id: actor.patientId, clinicId: actor.clinicId },
    select: { givenName: true, preferredLanguage: true, clinic: { select: { name: true, timeZone: true, phone: true, emergencyNumber: true } } },
  });
  if (!patient) throw new AppError("NOT_FOUND");
  const locale = asLocale(patient.preferredLanguage);
  const today = localDate(opts.now ?? new Date(), patient.clinic.timeZone);
  const row = await db.rehabPlan.findFirst({
    where: { clinicId: actor.clinicId, patientId: actor.patientId, status: "ACTIVE" },
    orderBy: { createdAt: "desc" },
    select: { id: true, version: true, content: true, startDate: true, currentStageIndex: true, stageStartedOn: true, episode: true, events: stageMoveEvents },
  });
  const logs = row
    ? await db.dailyLog.findMany({
        where: { planId: row.id, clinicId: actor.clinicId, patientId: actor.patientId, logDate: { gte: new Date(`${addDays(today, -27)}T00:00:00Z`) } },
        orderBy: { logDate: "desc" },
      })
    : [];
  await audit(actor, { action: "portal.home", outcome: "SUCCESS", entityType: "Patient", entityId: actor.patientId, patientId: actor.patientId });
  let plan: PortalHome["plan"] = null;
  if (row) {
    const snapshot = row.content as unknown as PlanSnapshot;
    // Clinical text in the patient's language from the plan's own translations (stages, gates,
    // exercises), English field by field where one is missing (lib/domain/clinical/i18n.ts).
    // Each stage as it stands today: a stage with tracks brings its tracks' current phases.
    const stages = snapshot.plan.stages.map((s) => localize(activeStage(s), locale));
    const stageIndex = snapshot.plan.stages[row.currentStageIndex] ? row.currentStageIndex : 0;
    const stage = stages[stageIndex]!;
    const stored = snapshot.plan.stages[stageIndex]!;
    const next = stages[stageIndex + 1];
    const library = new Map(snapshot.exercises.map((e) => [e.key, localize(e, locale)]));
    // A translated library name replaces the plan's (English) exercise name; otherwise it stays.
    const nameOf = (e: { exerciseKey: string; name: string }) =>
      locale === "en" ? e.name : (library.get(e.exerciseKey)?.translations?.[locale]?.name ?? e.name);
    const latest = await latestForPatient(actor.clinicId, actor.patientId);
    const rx = stagePrescription(snapshot.plan, stageIndex, snapshot.exercises, { locale, checks: latest.checks });
    const wording = kindOfStoredMuscle(snapshot.plan.muscle).kind.wording;
    const doseText = (text: string | null | undefined) => (text ? (doseTextIn(wording, text, locale) ?? text) : text);
    plan = {
      id: row.id,
      version: row.version,
      templateName: snapshot.plan.templateName,
      howDidItFeel: (wording.portal[locale] ?? wording.portal.en).howDidItFeel,
      care: careAdvice(wording, locale, clinicContact(patient.clinic)),
      stageIndex: row.currentStageIndex,
      stageCount: stages.length,
      stage,
      tracks: portalTracks(stored, locale),
      questions: portalQuestions(activeStage(stored), locale),
      stages: stages.map((s) => ({ name: s.name, purpose: s.purpose })),
      timeline: planTimelineView({
        injury: injuryOf(row.episode),
        plan: snapshot.plan,
        currentStageIndex: row.currentStageIndex,
        stageHistory: stageHistoryOf(row, patient.clinic.timeZone),
        today,
      }).timeline,
      nextStage: next ? { name: next.name, gates: stage.gates.map((g) => localize(g, locale).patientLabel) } : null,
      prescription: { held: rx.held, notice: rx.notice, advice: rx.advice, painRule: rx.painRule },
      exercises: rx.exercises.map(({ exercise, painText }) => ({
        ...exercise,
        // The template's notes and load in the patient's language (a therapist's own stays as written).
        dose: { ...exercise.dose, notes: doseText(exercise.dose.notes), load: doseText(exercise.dose.load) },
        name: nameOf(exercise),
        entry: library.get(exercise.exerciseKey) ?? null,
        painText,
      })),
    };
  }
  return { locale, givenName: patient.givenName, clinicName: patient.clinic.name, today, plan, logs: logs.map(toLog) };
}

export interface DailyLogInput {
  date: string;
  setsDone: Record<string, number>;
  painDuring?: number | null;
  painNextMorning?: number | null;
  note?: string | null;
  /** "Any new swelling, redness or warmth in the leg?": true, false, or null when not answered. */
  newSwelling?: boolean | null;
  /** Answers to the stage's questions, 0-10, by gate key; others are ignored. */
  ratings?: Record<string, number>;
}

/** What the patient is told after saving: the day, and what to do right away if the log is worrying. */
export interface SavedLog {
  date: string;
  /** Set when pain >= 7 or a new warning sign was logged (immediateCareAdvice); else null. */
  advice: ImmediateCareAdvice | null;
}

/**
 * Saves the patient's log for one day (today, or up to 6 days back, in the clinic's time zone).
 * Saving the same day again replaces that day's log. The progress rules run in the same
 * transaction (syncPlanSummary): the therapist's alerts and worklist row are current when it commits.
 * A log with pain of 7 or more or a new warning sign comes back with advice for the patient
 * (stop, call the clinic, the emergency number), besides the therapist's alert.
 */
export async function saveDailyLog(actor: Actor, input: DailyLogInput, opts: { now?: Date } = {}): Promise<SavedLog> {
  assertPatient(actor);
  const result = await auditRefusals(
    actor,
    { action: "portal.log", entityType: "Patient", entityId: actor.patientId, patientId: actor.patientId },
    async () => {
      const patient = await db.patient.findFirst({
        where: { id: actor.patientId, clinicId: actor.clinicId },
        select: { preferredLanguage: true, clinic: { select: { timeZone: true, phone: true, emergencyNumber: true } } },
      });
      if (!patient) throw new AppError("NOT_FOUND");
      const { clinic } = patient;
      const t = errorText(asLocale(patient.preferredLanguage));
      const today = localDate(opts.now ?? new Date(), clinic.timeZone);
      if (!isRealIsoDate(input.date)) throw new AppError("VALIDATION", t("chooseDay"), { date: t("chooseDay") });
      if (input.date > today) throw new AppError("VALIDATION", t("futureDay"), { date: t("futureDayField") });
      if (input.date < addDays(today, -LOG_BACKFILL_DAYS)) {
        throw new AppError("VALIDATION", t("tooFarBack", { days: LOG_BACKFILL_DAYS }), { date: t("tooFarBackField", { days: LOG_BACKFILL_DAYS + 1 }) });
      }
      const plan = await activePlanFor(actor);
      if (!plan) throw new AppError("NOT_FOUND", t("noPlan"));
      const snapshot = plan.content as unknown as PlanSnapshot;
      // The stage as it stands today (a stage with tracks: its tracks' current phases).
      const stage = activeStage(snapshot.plan.stages[plan.currentStageIndex]!);
      // The most sets a day may hold, per exercise: twice the dose's busiest day (the form's limit).
      const allowed = new Map<string, number>();
      for (const e of stage.exercises) allowed.set(e.exerciseKey, (allowed.get(e.exerciseKey) ?? 0) + maxLoggableSets(e.dose));
      const setsDone: Record<string, number> = {};
      for (const [key, value] of Object.entries(input.setsDone)) {
        const max = allowed.get(key);
        if (max === undefined) continue; // an exercise no longer in the stage: ignore, never fail the whole log
        if (!Number.isInteger(value) || value < 0 || value > max) {
          throw new AppError("VALIDATION", t("checkSets"), { [`sets_${key}`]: t("setsRange", { max }) });
        }
        setsDone[key] = value;
      }
      // Answers only to the questions the stage asks now; each 0-10.
      const asked = new Set(stage.gates.filter((g) => g.kind === "SUBJECTIVE").map((g) => g.key));
      const ratings: Record<string, number> = {};
      for (const [key, value] of Object.entries(input.ratings ?? {})) {
        if (!asked.has(key)) continue;
        if (!Number.isInteger(value) || value < 0 || value > 10) throw new AppError("VALIDATION", t("ratingRange"), { [`rating_${key}`]: t("ratingRange") });
        ratings[key] = value;
      }
      const logDate = new Date(`${input.date}T00:00:00Z`);
      // Sets logged earlier that day for exercises no longer in the stage are kept, not dropped;
      // so are answers given earlier that day and not given again.
      const previous = await db.dailyLog.findUnique({ where: { planId_logDate: { planId: plan.id, logDate } }, select: { setsDone: true, ratings: true } });
      const mergedRatings = { ...((previous?.ratings ?? {}) as Record<string, number>), ...ratings };
      const data = {
        ratings: Object.keys(mergedRatings).length > 0 ? (mergedRatings as Prisma.InputJsonValue) : Prisma.DbNull,
        setsDone: { ...((previous?.setsDone ?? {}) as Record<string, number>), ...setsDone } as Prisma.InputJsonValue,
        painDuring: input.painDuring ?? null,
        painNextMorning: input.painNextMorning ?? null,
        note: input.note?.trim() ? input.note.trim().slice(0, 500) : null,
        newSwelling: input.newSwelling ?? null,
      };
      await db.$transaction(async (tx) => {
        await tx.dailyLog.upsert({
          where: { planId_logDate: { planId: plan.id, logDate } },
          create: { ...data, clinicId: actor.clinicId, patientId: actor.patientId, planId: plan.id, logDate },
          update: data,
        });
        await audit(
          actor,
          { action: "portal.log", outcome: "SUCCESS", entityType: "DailyLog", entityId: plan.id, patientId: actor.patientId, detail: { date: input.date } },
          tx,
        );
        // The progress rules and the worklist row, in the log's own transaction (decision 027).
        await syncPlanSummary(tx, plan.id, opts.now);
      });
      return { date: input.date, advice: immediateCareAdvice(data, await portalLocale(actor), clinicContact(clinic)) };
    },
  );
  return result;
}

/**
 * The language the signed-in patient reads the portal in: their preferred language from the
 * patient record. Staff (and a patient record that cannot be found) read English.
 */
export async function portalLocale(actor: Actor | null): Promise<Locale> {
  if (!actor || actor.role !== "PATIENT" || !actor.patientId) return "en";
  const patient = await db.patient.findFirst({ where: { id: actor.patientId, clinicId: actor.clinicId }, select: { preferredLanguage: true } });
  return asLocale(patient?.preferredLanguage);
}

/**
 * The patient changes their own preferred language from the portal: it is the same field as on
 * the staff patient form (portal and handout default). Only their own record, audited.
 */
export async function setPortalLanguage(actor: Actor, language: Locale): Promise<{ language: Locale }> {
  assertPatient(actor);
  return auditRefusals(actor, { action: "portal.language", entityType: "Patient", entityId: actor.patientId, patientId: actor.patientId }, () =>
    db.$transaction(async (tx) => {
      const { count } = await tx.patient.updateMany({ where: { id: actor.patientId, clinicId: actor.clinicId }, data: { preferredLanguage: language } });
      if (count === 0) throw new AppError("NOT_FOUND");
      await audit(
        actor,
        { action: "portal.language", outcome: "SUCCESS", entityType: "Patient", entityId: actor.patientId, patientId: actor.patientId, detail: { language } },
        tx,
      );
      return { language };
    }),
  );
}

/** The plan id a patient may download a handout for (their own active plan), or NOT_FOUND. */
export async function portalPlanId(actor: Actor): Promise<string> {
  assertPatient(actor);
  const plan = await activePlanFor(actor);
  if (!plan) throw new AppError("NOT_FOUND", "You have no active plan yet.");
  return plan.id;
}

import "server-only";
import { episodeColumns, injuryOf } from "@/lib/db/episode-row";
import { findKindOfMuscle, type InjuryKind, type ScreenAnswers } from "@/lib/domain/injuries";
import { screen, type Prognosis, type Timeline } from "@/lib/domain/clinical";
import type { BaselineMeasures, Injury, ScreenResult } from "@/lib/domain/clinical/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isoDate } from "@/lib/format";
import { clinicToday } from "@/lib/server/clinic";
import type { AssessmentForm, DvtClearanceForm } from "@/lib/validation/clinical";
import { assertStaff, type Actor } from "@/lib/server/actor";
import { audit, auditRefusals } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { syncPatientSummaries } from "@/lib/server/plan-summary";
import { isUuid } from "@/lib/server/patients";
import { prognosisTimelineView } from "@/lib/server/plan-timeline";

const json = (v: unknown) => v as Prisma.InputJsonValue;

function hasAnyValue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "object") return Object.values(value).some(hasAnyValue);
  return true;
}

/** A doctor's clearance of the assessment's DVT flag, as recorded by the therapist. */
export interface DvtClearance {
  clearedBy: string;
  /** ISO date yyyy-mm-dd. */
  clearedOn: string;
  note: string | null;
  recordedBy: string;
  recordedAt: Date;
}

export interface Episode {
  id: string;
  patientId: string;
  injury: Injury;
  baseline: BaselineMeasures;
  screen: ScreenAnswers;
  /**
   * The screen evaluated now from the stored answers and the recorded clearance (the stored
   * screen_result is the result at the assessment, under the rule of that day).
   */
  screenResult: ScreenResult;
  clearance: DvtClearance | null;
  prognosis: Prognosis;
  /** The prognosis alone, re-based on today: the dates before a plan exists. */
  timeline: Timeline;
  createdAt: Date;
  assessedBy: string;
  plans: { id: string; status: string; createdAt: Date }[];
}

type EpisodeRow = Prisma.InjuryEpisodeGetPayload<{ include: typeof episodeInclude }>;
const episodeInclude = {
  plans: { select: { id: true, status: true, createdAt: true }, orderBy: { createdAt: "desc" } },
  dvtClearance: true,
} satisfies Prisma.InjuryEpisodeInclude;

/** The red-flag screen under today's rule, with the recorded clearance (if any) applied. */
function currentScreen(row: { muscle: string; screen: unknown; dvtClearance: unknown }): ScreenResult {
  return screen(row.muscle as Injury["muscle"], row.screen as ScreenAnswers, { medicallyCleared: row.dvtClearance !== null });
}

async function toEpisode(actor: Actor, row: EpisodeRow, now?: Date): Promise<Episode> {
  const injury = injuryOf(row);
  const userIds = [row.assessedById, ...(row.dvtClearance ? [row.dvtClearance.recordedById] : [])];
  const users = new Map((await db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((u) => [u.id, u.name]));
  const { prognosis, timeline } = prognosisTimelineView(injury, await clinicToday(actor, now));
  const c = row.dvtClearance;
  return {
    id: row.id,
    patientId: row.patientId,
    injury,
    baseline: row.baseline as BaselineMeasures,
    screen: row.screen as ScreenAnswers,
    screenResult: currentScreen(row),
    clearance: c
      ? { clearedBy: c.clearedBy, clearedOn: isoDate(c.clearedOn), note: c.note, recordedBy: users.get(c.recordedById) ?? "—", recordedAt: c.recordedAt }
      : null,
    prognosis,
    timeline,
    createdAt: row.createdAt,
    assessedBy: users.get(row.assessedById) ?? "—",
    plans: row.plans,
  };
}

/**
 * Records an assessment: the injury, baseline measures and red-flag screen. The screen is
 * always evaluated here from the raw answers; a positive screen is stored and blocks plans.
 */
export async function createAssessment(actor: Actor, patientId: string, form: AssessmentForm): Promise<{ id: string; screen: ScreenResult }> {
  assertStaff(actor);
  const result = screen(form.injury.muscle, form.screen);
  return auditRefusals(actor, { action: "assessment.create", entityType: "Patient", entityId: patientId }, () =>
    db.$transaction(async (tx) => {
      const patient = isUuid(patientId) ? await tx.patient.findFirst({ where: { id: patientId, clinicId: actor.clinicId }, select: { id: true } }) : null;
      if (!patient) throw new AppError("NOT_FOUND", "We could not find that patient.");
      const { injury } = form;
      const created = await tx.injuryEpisode.create({
        data: {
          clinicId: actor.clinicId,
          patientId,
          ...episodeColumns(injury, form.baseline, form.screen, result),
          assessedById: actor.userId,
        },
        select: { id: true },
      });
      // The baseline measures are this visit's measurements: they start the progress charts and
      // are the "latest values" the first stage's gates are checked against.
      if (hasAnyValue(form.baseline)) {
        await tx.measurement.create({
          data: {
            clinicId: actor.clinicId,
            patientId,
            measuredOn: new Date(`${await clinicToday(actor)}T00:00:00Z`),
            values: json(form.baseline),
            checks: json({}),
            recordedById: actor.userId,
          },
        });
        // A visit: the patient's active plans see new latest values and activity.
        await syncPatientSummaries(tx, actor.clinicId, patientId);
      }
      await audit(
        actor,
        {
          action: "assessment.create",
          outcome: "SUCCESS",
          entityType: "InjuryEpisode",
          entityId: created.id,
          patientId,
          detail: { redFlagScreen: result.blocksPlan ? "positive" : "negative" },
        },
        tx,
      );
      return { id: created.id, screen: result };
    }),
  );
}

/**
 * Records a doctor's clearance of the assessment's DVT flag, with its audit row in the same
 * transaction. Only an assessment whose blocking flags are all DVT flags can be cleared this way
 * (anything else needs a new assessment); one clearance per assessment. Another clinic's
 * assessment is "not found", like a missing one.
 */
export async function recordDvtClearance(actor: Actor, episodeId: string, form: DvtClearanceForm, opts: { now?: Date } = {}): Promise<{ id: string }> {
  assertStaff(actor);
  const today = await clinicToday(actor, opts.now);
  return auditRefusals(actor, { action: "dvt-clearance.create", entityType: "InjuryEpisode", entityId: episodeId.slice(0, 64) }, () =>
    db.$transaction(async (tx) => {
      const row = isUuid(episodeId)
        ? await tx.injuryEpisode.findFirst({
            where: { id: episodeId, clinicId: actor.clinicId },
            select: { id: true, patientId: true, muscle: true, screen: true, injuryDate: true, dvtClearance: { select: { id: true } } },
          })
        : null;
      if (!row) throw new AppError("NOT_FOUND", "We could not find that assessment.");
      if (row.dvtClearance) throw new AppError("CONFLICT", "A medical clearance is already recorded for this assessment.");
      const result = currentScreen(row);
      if (!result.clearable) {
        throw new AppError(
          "BLOCKED",
          result.blocksPlan
            ? "Only a DVT flag can be cleared here: this assessment has other red flags. Record a new assessment once the patient has been seen."
            : "This assessment has no DVT flag to clear.",
        );
      }
      const errors: Record<string, string> = {};
      if (form.clearedBy.trim().length === 0) errors.clearedBy = "Enter the name of the doctor who cleared the patient.";
      if (form.clearedOn > today) errors.clearedOn = "The date of the clearance cannot be in the future.";
      else if (form.clearedOn < isoDate(row.injuryDate)) errors.clearedOn = "The date of the clearance cannot be before the injury.";
      if (Object.keys(errors).length > 0) throw new AppError("VALIDATION", undefined, errors);
      const created = await tx.dvtClearance.create({
        data: {
          clinicId: actor.clinicId,
          episodeId: row.id,
          clearedBy: form.clearedBy,
          clearedOn: new Date(`${form.clearedOn}T00:00:00Z`),
          note: form.note ?? null,
          recordedById: actor.userId,
        },
        select: { id: true },
      });
      await audit(
        actor,
        {
          action: "dvt-clearance.create",
          outcome: "SUCCESS",
          entityType: "DvtClearance",
          entityId: created.id,
          patientId: row.patientId,
          // Never the names or the note: which flags it lifted.
          detail: { episodeId: row.id, flags: result.flags.map((f) => f.key) },
        },
        tx,
      );
      return created;
    }),
  );
}

export async function getEpisode(actor: Actor, episodeId: string, opts: { now?: Date } = {}): Promise<Episode> {
  assertStaff(actor);
  const row = isUuid(episodeId) ? await db.injuryEpisode.findFirst({ where: { id: episodeId, clinicId: actor.clinicId }, include: episodeInclude }) : null;
  await audit(actor, {
    action: "assessment.read",
    outcome: row ? "SUCCESS" : "NOT_FOUND",
    entityType: "InjuryEpisode",
    entityId: episodeId.slice(0, 64),
    patientId: row?.patientId,
  });
  if (!row) throw new AppError("NOT_FOUND", "We could not find that assessment.");
  return toEpisode(actor, row, opts.now);
}

export interface EpisodeSummary {
  id: string;
  injury: Injury;
  blocksPlan: boolean;
  urgency: string | null;
  createdAt: Date;
  activePlanId: string | null;
}

/** The patient's injury episodes, newest first (the caller has already read the patient). */
export async function listEpisodes(actor: Actor, patientId: string): Promise<EpisodeSummary[]> {
  assertStaff(actor);
  if (!isUuid(patientId)) return [];
  // One statement (the patient page's budget is 8, issue 13): the clearance and the active plan as subqueries.
  const rows = await db.$queryRaw<
    (Parameters<typeof injuryOf>[0] & { id: string; screen: unknown; createdAt: Date; dvtClearance: string | null; activePlanId: string | null })[]
  >`SELECT e."id", e."muscle", e."side", e."injury_date" AS "injuryDate", e."onset", e."during_running" AS "duringRunning",
           e."repeat_injury" AS "repeatInjury", e."clinical_grade" AS "clinicalGrade", e."bamic_grade" AS "bamicGrade",
           e."bamic_site" AS "bamicSite", e."mechanism", e."screen", e."created_at" AS "createdAt",
           (SELECT d."id"::text FROM "dvt_clearance" d WHERE d."episode_id" = e."id" LIMIT 1) AS "dvtClearance",
           (SELECT rp."id"::text FROM "rehab_plan" rp WHERE rp."episode_id" = e."id" AND rp."status" = 'ACTIVE' LIMIT 1) AS "activePlanId"
      FROM "injury_episode" e
     WHERE e."patient_id" = ${patientId}::uuid AND e."clinic_id" = ${actor.clinicId}::uuid
     ORDER BY e."created_at" DESC`;
  return rows.map((r) => {
    const result = currentScreen(r);
    return {
      id: r.id,
      injury: injuryOf(r),
      blocksPlan: result.blocksPlan,
      urgency: result.urgency,
      createdAt: r.createdAt,
      activePlanId: r.activePlanId,
    };
  });
}

/**
 * The injury kind of the patient's latest assessment (what a new visit's measurements are
 * about), or null when the patient has none yet.
 */
export async function latestInjuryKind(actor: Actor, patientId: string): Promise<InjuryKind | null> {
  assertStaff(actor);
  if (!isUuid(patientId)) return null;
  const episode = await db.injuryEpisode.findFirst({
    where: { patientId, clinicId: actor.clinicId },
    orderBy: { createdAt: "desc" },
    select: { muscle: true },
  });
  return episode ? findKindOfMuscle(episode.muscle) : null;
}

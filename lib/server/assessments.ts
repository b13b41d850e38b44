import "server-only";
import { episodeColumns, injuryOf } from "@/lib/db/episode-row";
import { findKindOfMuscle, type InjuryKind, type ScreenAnswers } from "@/lib/domain/injuries";
import { screen, type Prognosis, type Timeline } from "@/lib/domain/clinical";
import type { BaselineMeasures, Injury, ScreenResult } from "@/lib/domain/clinical/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import { clinicToday } from "@/lib/server/clinic";
import type { AssessmentForm } from "@/lib/validation/clinical";
import { assertStaff, type Actor } from "@/lib/server/actor";
import { audit, auditRefusals } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { isUuid } from "@/lib/server/patients";
import { prognosisTimelineView } from "@/lib/server/plan-timeline";

const json = (v: unknown) => v as Prisma.InputJsonValue;

function hasAnyValue(value: unknown): boolean {
  if (value === null || value === undefined) return false;
  if (typeof value === "object") return Object.values(value).some(hasAnyValue);
  return true;
}

export interface Episode {
  id: string;
  patientId: string;
  injury: Injury;
  baseline: BaselineMeasures;
  screen: ScreenAnswers;
  screenResult: ScreenResult;
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
} satisfies Prisma.InjuryEpisodeInclude;

async function toEpisode(actor: Actor, row: EpisodeRow, now?: Date): Promise<Episode> {
  const injury = injuryOf(row);
  const assessor = await db.user.findUnique({ where: { id: row.assessedById }, select: { name: true } });
  const { prognosis, timeline } = prognosisTimelineView(injury, await clinicToday(actor, now));
  return {
    id: row.id,
    patientId: row.patientId,
    injury,
    baseline: row.baseline as BaselineMeasures,
    screen: row.screen as ScreenAnswers,
    screenResult: row.screenResult as unknown as ScreenResult,
    prognosis,
    timeline,
    createdAt: row.createdAt,
    assessedBy: assessor?.name ?? "—",
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
  const rows = await db.injuryEpisode.findMany({
    where: { patientId, clinicId: actor.clinicId },
    include: { plans: { where: { status: "ACTIVE" }, select: { id: true }, take: 1 } },
    orderBy: { createdAt: "desc" },
  });
  return rows.map((r) => ({
    id: r.id,
    injury: injuryOf(r),
    blocksPlan: r.blocksPlan,
    urgency: r.urgency,
    createdAt: r.createdAt,
    activePlanId: r.plans[0]?.id ?? null,
  }));
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

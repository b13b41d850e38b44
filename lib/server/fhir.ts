import "server-only";
import type { Bundle, PlanDefinition } from "@medplum/fhirtypes";
import type { CheckInput, Measurements } from "@/lib/domain/clinical/types";
import type { PlanSnapshot } from "@/lib/domain/plan-edits";
import { localDate } from "@/lib/domain/progress";
import { foldForSearch } from "@/lib/domain/text";
import { buildEpisodeBundle } from "@/lib/fhir/episode";
import { buildPlanDefinition } from "@/lib/fhir/plan-definition";
import { isoDate } from "@/lib/format";
import type { Prisma } from "@/lib/generated/prisma/client";
import { injuryOf } from "@/lib/db/episode-row";
import { loadExercises, loadTemplate } from "@/lib/db/template-store";
import { STAFF_ROLES, type Actor } from "@/lib/server/actor";
import { audit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { isUuid } from "@/lib/server/patients";
import { visibleTo } from "@/lib/server/templates";

/** Whose record an actor may export: staff, any patient of their clinic; a patient, only their own. */
function patientScope(actor: Actor, patientId: string): Prisma.PatientWhereInput | null {
  if (!isUuid(patientId)) return null;
  if (STAFF_ROLES.includes(actor.role)) return { id: patientId, clinicId: actor.clinicId };
  if (actor.role === "PATIENT" && actor.patientId === patientId) return { id: patientId, clinicId: actor.clinicId };
  return null;
}

export interface FhirExport {
  bundle: Bundle;
  fileName: string;
}

/**
 * A patient's record as a FHIR R4 collection Bundle (lib/fhir/episode.ts, decision 018). Every
 * query carries the actor's clinic and the patient; another clinic's id, someone else's record
 * for a patient, or a malformed id is NOT_FOUND. Audited as an export (counts, never data).
 */
export async function exportPatientFhir(actor: Actor, patientId: string, opts: { baseUrl?: string; now?: Date } = {}): Promise<FhirExport> {
  const where = patientScope(actor, patientId);
  const patient = where
    ? await db.patient.findFirst({
        where,
        select: {
          id: true,
          clinicId: true,
          givenName: true,
          familyName: true,
          dateOfBirth: true,
          sex: true,
          email: true,
          phone: true,
          therapist: { select: { id: true, name: true } },
          clinic: { select: { id: true, name: true, timeZone: true } },
        },
      })
    : null;
  if (!patient) {
    await audit(actor, { action: "fhir.export", outcome: "NOT_FOUND", entityType: "Patient", entityId: patientId.slice(0, 64) });
    throw new AppError("NOT_FOUND", "We could not find that patient.");
  }
  const scope = { clinicId: actor.clinicId, patientId: patient.id };
  const [episodes, plans, measurements, logs] = await Promise.all([
    db.injuryEpisode.findMany({ where: scope, orderBy: { createdAt: "asc" } }),
    db.rehabPlan.findMany({
      where: scope,
      orderBy: { createdAt: "asc" },
      select: { id: true, episodeId: true, status: true, currentStageIndex: true, content: true, createdAt: true },
    }),
    db.measurement.findMany({
      where: scope,
      orderBy: [{ measuredOn: "asc" }, { createdAt: "asc" }],
      select: { id: true, measuredOn: true, values: true, checks: true },
    }),
    db.dailyLog.findMany({
      where: scope,
      orderBy: [{ logDate: "asc" }, { createdAt: "asc" }],
      select: { id: true, planId: true, logDate: true, setsDone: true, painDuring: true, painNextMorning: true },
    }),
  ]);
  const now = opts.now ?? new Date();
  const bundle = buildEpisodeBundle({
    baseUrl: opts.baseUrl,
    generatedAt: now.toISOString(),
    clinic: { id: patient.clinic.id, name: patient.clinic.name },
    therapist: patient.therapist,
    patient: {
      id: patient.id,
      givenName: patient.givenName,
      familyName: patient.familyName,
      dateOfBirth: isoDate(patient.dateOfBirth),
      sex: patient.sex,
      email: patient.email,
      phone: patient.phone,
    },
    episodes: episodes.map((e) => ({ id: e.id, injury: injuryOf(e), recordedAt: e.createdAt.toISOString() })),
    plans: plans.map((p) => ({
      id: p.id,
      episodeId: p.episodeId,
      status: p.status,
      currentStageIndex: p.currentStageIndex,
      plan: (p.content as unknown as PlanSnapshot).plan,
      createdAt: p.createdAt.toISOString(),
    })),
    measurements: measurements.map((m) => ({
      id: m.id,
      measuredOn: isoDate(m.measuredOn),
      values: m.values as Measurements,
      checks: (m.checks ?? {}) as CheckInput,
    })),
    dailyLogs: logs.map((l) => ({
      id: l.id,
      planId: l.planId,
      logDate: isoDate(l.logDate),
      setsDone: (l.setsDone ?? {}) as Record<string, number>,
      painDuring: l.painDuring,
      painNextMorning: l.painNextMorning,
    })),
  });
  const counts: Record<string, number> = {};
  for (const e of bundle.entry ?? []) counts[e.resource!.resourceType] = (counts[e.resource!.resourceType] ?? 0) + 1;
  await audit(actor, {
    action: "fhir.export",
    outcome: "SUCCESS",
    entityType: "Patient",
    entityId: patient.id,
    patientId: patient.id,
    detail: { resources: counts },
  });
  const slug =
    foldForSearch(`${patient.givenName} ${patient.familyName}`)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "patient";
  return { bundle, fileName: `restride-fhir-${slug}-${localDate(now, patient.clinic.timeZone)}.json` };
}

/**
 * A protocol template version as a FHIR PlanDefinition (lib/fhir/plan-definition.ts). Staff see
 * the published versions their clinic may use (shared and its own); admins also their clinic's
 * drafts and archived versions, as on the template pages. Anything else is NOT_FOUND.
 */
export async function exportTemplateFhir(
  actor: Actor,
  templateId: string,
  opts: { baseUrl?: string } = {},
): Promise<{ resource: PlanDefinition; fileName: string }> {
  const where: Prisma.ProtocolTemplateWhereInput | null =
    STAFF_ROLES.includes(actor.role) && isUuid(templateId)
      ? {
          id: templateId,
          OR: [{ AND: [visibleTo(actor), { status: "PUBLISHED" }] }, ...(actor.role === "ADMIN" ? [{ clinicId: actor.clinicId }] : [])],
        }
      : null;
  const row = where ? await db.protocolTemplate.findFirst({ where, select: { id: true } }) : null;
  const loaded = row ? await loadTemplate(db, row.id) : null;
  await audit(actor, {
    action: "template.fhir_export",
    outcome: loaded ? "SUCCESS" : "NOT_FOUND",
    entityType: "ProtocolTemplate",
    entityId: templateId.slice(0, 64),
  });
  if (!loaded) throw new AppError("NOT_FOUND", "That protocol template is not available.");
  const resource = buildPlanDefinition({
    id: loaded.row.id,
    status: loaded.row.status,
    template: loaded.template,
    exercises: await loadExercises(db, actor.clinicId),
    baseUrl: opts.baseUrl,
    publishedAt: loaded.row.publishedAt?.toISOString() ?? null,
  });
  return { resource, fileName: `restride-plandefinition-${loaded.template.key}-v${loaded.template.version}.json` };
}

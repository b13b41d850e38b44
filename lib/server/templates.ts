import "server-only";
import type { Template } from "@/lib/domain/clinical/types";
import { loadExercises, loadTemplate, templateInclude, toDomainTemplate } from "@/lib/db/template-store";
import type { Prisma } from "@/lib/generated/prisma/client";
import { assertStaff, type Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { isUuid } from "@/lib/server/patients";

/** Templates a clinic may see: the shared library plus its own. */
export function visibleTo(actor: Actor): Prisma.ProtocolTemplateWhereInput {
  return { OR: [{ clinicId: null }, { clinicId: actor.clinicId }] };
}

export interface AvailableTemplate {
  id: string;
  template: Template;
  shared: boolean;
}

/**
 * Published templates a therapist can make plans from: the newest published version of each
 * template, the clinic's own first (they are its adaptations of the shared ones).
 */
export async function listPlanTemplates(actor: Actor): Promise<AvailableTemplate[]> {
  assertStaff(actor);
  const rows = await db.protocolTemplate.findMany({
    where: { AND: [visibleTo(actor), { status: "PUBLISHED" }] },
    include: templateInclude,
    orderBy: [{ key: "asc" }, { version: "desc" }],
  });
  const newest = new Map<string, (typeof rows)[number]>();
  for (const row of rows) {
    const id = `${row.clinicId ?? "shared"}:${row.key}`;
    if (!newest.has(id)) newest.set(id, row);
  }
  return [...newest.values()]
    .sort((a, b) => Number(a.clinicId === null) - Number(b.clinicId === null))
    .map((row) => ({ id: row.id, template: toDomainTemplate(row), shared: row.clinicId === null }));
}

/** One published template version visible to the clinic, for generating a plan. */
export async function getPlanTemplate(actor: Actor, templateId: string): Promise<AvailableTemplate> {
  assertStaff(actor);
  const row = isUuid(templateId)
    ? await db.protocolTemplate.findFirst({ where: { AND: [visibleTo(actor), { id: templateId, status: "PUBLISHED" }] }, select: { id: true } })
    : null;
  const loaded = row ? await loadTemplate(db, row.id) : null;
  if (!loaded) throw new AppError("NOT_FOUND", "That protocol template is not available.");
  return { id: loaded.row.id, template: loaded.template, shared: loaded.row.clinicId === null };
}

/** The exercise library a clinic can prescribe from (shared entries, shadowed by its own). */
export async function listExerciseLibrary(actor: Actor) {
  assertStaff(actor);
  return loadExercises(db, actor.clinicId);
}

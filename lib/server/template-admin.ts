/**
 * Protocol-template administration: clinic admins list and read templates, copy one into their
 * clinic as a DRAFT, edit the draft (stages, doses, gates) and publish it as a new version.
 *
 * Rules kept here, not in the pages:
 * - every function takes the actor; non-admins get NOT_FOUND (as for a missing record);
 * - every query is scoped to the shared library (clinicId null, read-only) or the actor's
 *   clinic, so another clinic's template id is reported exactly like a missing one;
 * - only the clinic's own DRAFT rows are ever changed. PUBLISHED and ARCHIVED versions are
 *   immutable apart from PUBLISHED → ARCHIVED when a newer version is published, so a plan made
 *   from a version keeps pointing at exactly what it was made from;
 * - each change and its audit row commit in one transaction; refusals are audited too.
 */
import "server-only";
import { validateTemplate } from "@/lib/domain/clinical/templates";
import { tracksDuration } from "@/lib/domain/clinical/tracks";
import {
  CLINICAL_GRADES,
  type Dose,
  type GateTemplate,
  type GradeDurations,
  type MeasureKey,
  type Muscle,
  type PhaseTemplate,
  type StageExercise,
  type StageTemplate,
  type Template,
} from "@/lib/domain/clinical/types";
import { exerciseIdsByKey, insertTemplate, loadExercises, loadTemplate, templateInclude, toDomainTemplate } from "@/lib/db/template-store";
import { Prisma } from "@/lib/generated/prisma/client";
import type { TemplateStatus } from "@/lib/generated/prisma/enums";
import { assertAdmin, type Actor } from "@/lib/server/actor";
import { audit, auditRefusals } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { isUuid } from "@/lib/server/patients";
import { visibleTo } from "@/lib/server/templates";
import { fieldErrors } from "@/lib/validation/form";
import { readPlanDefinition } from "@/lib/fhir/plan-definition-import";
import {
  DoseSchema,
  GateEditSchema,
  GradeDurationsSchema,
  MeasureGateNewSchema,
  StageEditSchema,
  TemplateDetailsSchema,
  thresholdProblem,
  type GateEdit,
  type MeasureGateNew,
  type StageEdit,
  type TemplateDetails,
} from "@/lib/validation/template";
import type { z } from "zod";

const NOT_FOUND_MESSAGE = "We could not find that protocol template.";
export const PUBLISHED_IMMUTABLE_MESSAGE = "Published versions cannot be edited; start a new version.";
const SHARED_READ_ONLY_MESSAGE = "The shared library cannot be edited; duplicate the template into your clinic first.";

// ---------------------------------------------------------------------------------------------
// Types returned to pages
// ---------------------------------------------------------------------------------------------

export interface AdminTemplateListItem {
  id: string;
  key: string;
  name: string;
  muscles: Muscle[];
  grades: number[];
  version: number;
  status: TemplateStatus;
  shared: boolean;
  publishedAt: Date | null;
}

export interface AdminStageExercise extends StageExercise {
  id: string;
  /** The exercise's name in the clinic's library (its own exercises shadow shared ones). */
  name: string;
}
export type AdminGate = GateTemplate & { id: string };
export interface AdminStage extends Omit<StageTemplate, "exercises" | "gates"> {
  id: string;
  exercises: AdminStageExercise[];
  gates: AdminGate[];
}

/** A phase of a stage's track, editable like a stage (a phase is a stage row of its track, decision 039). */
export interface AdminPhase extends Omit<PhaseTemplate, "exercises" | "gates"> {
  id: string;
  /** The stage the track belongs to. */
  stageId: string;
  stageName: string;
  trackKey: string;
  trackName: string;
  /** 1-based place in its track, and the track's length. */
  number: number;
  count: number;
  exercises: AdminStageExercise[];
  gates: AdminGate[];
}

export interface AdminTemplateDetail {
  id: string;
  key: string;
  name: string;
  version: number;
  status: TemplateStatus;
  shared: boolean;
  /** The clinic's own DRAFT: the only kind of row that can be changed. */
  editable: boolean;
  createdAt: Date;
  publishedAt: Date | null;
  basedOn: { id: string; name: string; version: number; shared: boolean } | null;
  /** Every version of this template key in the same library (shared, or the clinic's), newest first. */
  versions: { id: string; version: number; status: TemplateStatus }[];
  template: Template;
  stages: AdminStage[];
  /** Every phase of every track, in order, with row ids for editing. */
  phases: AdminPhase[];
  /** The exercise library the clinic can add from, by name. */
  library: { key: string; name: string }[];
}

export type PublishResult = { published: true; version: number; archivedVersions: number[] } | { published: false; problems: string[] };

// ---------------------------------------------------------------------------------------------
// Reads
// ---------------------------------------------------------------------------------------------

/** The shared library and the clinic's own templates (every version), the clinic's first. */
export async function listAdminTemplates(actor: Actor): Promise<AdminTemplateListItem[]> {
  await requireAdmin(actor, "template.list");
  const rows = await db.protocolTemplate.findMany({
    where: visibleTo(actor),
    select: { id: true, key: true, name: true, muscles: true, grades: true, version: true, status: true, clinicId: true, publishedAt: true },
    orderBy: [{ key: "asc" }, { version: "desc" }],
  });
  const items = rows
    .map(({ clinicId, muscles, ...r }) => ({ ...r, muscles: muscles as Muscle[], shared: clinicId === null }))
    .sort((a, b) => Number(a.shared) - Number(b.shared));
  await audit(actor, { action: "template.list", outcome: "SUCCESS", entityType: "ProtocolTemplate", detail: { returned: items.length } });
  return items;
}

/** A stage's or phase's exercises and gates with their row ids (rows and domain lists share their order). */
function withIds(
  part: Pick<StageTemplate, "exercises" | "gates">,
  row: { id: string; exercises: { id: string }[]; gates: { id: string }[] },
  names: ReadonlyMap<string, string>,
) {
  return {
    id: row.id,
    exercises: part.exercises.map((e, j) => ({ ...e, id: row.exercises[j]!.id, name: names.get(e.exerciseKey) ?? e.exerciseKey })),
    gates: part.gates.map((g, j) => ({ ...g, id: row.gates[j]!.id })),
  };
}

/** One template visible to the clinic (shared or its own, any status), with row ids for editing. */
export async function getAdminTemplate(actor: Actor, templateId: string): Promise<AdminTemplateDetail> {
  await requireAdmin(actor, "template.read", templateId);
  const row = isUuid(templateId)
    ? await db.protocolTemplate.findFirst({ where: { AND: [visibleTo(actor), { id: templateId }] }, include: templateInclude })
    : null;
  await audit(actor, {
    action: "template.read",
    outcome: row ? "SUCCESS" : "NOT_FOUND",
    entityType: "ProtocolTemplate",
    entityId: templateId.slice(0, 64),
  });
  if (!row) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);

  const template = toDomainTemplate(row);
  const [exercises, versions, basedOn] = await Promise.all([
    loadExercises(db, actor.clinicId),
    db.protocolTemplate.findMany({
      where: { clinicId: row.clinicId, key: row.key },
      select: { id: true, version: true, status: true },
      orderBy: { version: "desc" },
    }),
    row.basedOnId
      ? db.protocolTemplate.findFirst({
          where: { AND: [visibleTo(actor), { id: row.basedOnId }] },
          select: { id: true, name: true, version: true, clinicId: true },
        })
      : null,
  ]);
  const names = new Map(exercises.map((e) => [e.key, e.name]));
  return {
    id: row.id,
    key: row.key,
    name: row.name,
    version: row.version,
    status: row.status,
    shared: row.clinicId === null,
    editable: row.clinicId === actor.clinicId && row.status === "DRAFT",
    createdAt: row.createdAt,
    publishedAt: row.publishedAt,
    basedOn: basedOn ? { id: basedOn.id, name: basedOn.name, version: basedOn.version, shared: basedOn.clinicId === null } : null,
    versions,
    template,
    stages: template.stages.map((stage, i) => ({ ...stage, ...withIds(stage, row.stages[i]!, names) })),
    phases: template.stages.flatMap((stage, i) =>
      (stage.tracks ?? []).flatMap((track, j) =>
        track.phases.map((phase, k) => ({
          ...phase,
          ...withIds(phase, row.stages[i]!.tracks[j]!.phases[k]!, names),
          stageId: row.stages[i]!.id,
          stageName: stage.name,
          trackKey: track.key,
          trackName: track.name,
          number: k + 1,
          count: track.phases.length,
        })),
      ),
    ),
    library: exercises.map((e) => ({ key: e.key, name: e.name })),
  };
}

// ---------------------------------------------------------------------------------------------
// New drafts: a copy into the clinic, or the next version of one of its published templates
// ---------------------------------------------------------------------------------------------

/**
 * Copies a shared or own template (any status) into the clinic as a DRAFT with the same stages,
 * doses and gates. The copy keeps the source's key (version 1) when the clinic has no template
 * with that key yet; otherwise it starts a new key (e.g. "<key>-2").
 */
export async function duplicateTemplate(actor: Actor, templateId: string): Promise<{ id: string }> {
  return audited(actor, { action: "template.duplicate", entityId: templateId }, async () => {
    assertAdmin(actor);
    if (!isUuid(templateId)) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
    return db.$transaction(async (tx) => {
      await lockClinicTemplates(tx, actor);
      const source = await tx.protocolTemplate.findFirst({ where: { AND: [visibleTo(actor), { id: templateId }] }, select: { id: true, clinicId: true } });
      const loaded = source ? await loadTemplate(tx, source.id) : null;
      if (!source || !loaded) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
      const shared = source.clinicId === null;
      const key = await freeKey(tx, actor.clinicId, loaded.template.key);
      const id = await insertTemplate(
        tx,
        { ...loaded.template, key, version: 1, name: copyName(loaded.template.name, shared) },
        { clinicId: actor.clinicId, status: "DRAFT", basedOnId: source.id, createdById: actor.userId },
      );
      await audit(
        actor,
        { action: "template.duplicate", outcome: "SUCCESS", entityType: "ProtocolTemplate", entityId: id, detail: { sourceId: source.id, shared, key } },
        tx,
      );
      return { id };
    });
  });
}

/**
 * Starts the next version of one of the clinic's PUBLISHED templates as a DRAFT copy. A template
 * key has at most one draft: if there is one already, that draft is returned (`existing`).
 */
export async function startNewVersion(actor: Actor, templateId: string): Promise<{ id: string; version: number; existing: boolean }> {
  return audited(actor, { action: "template.new_version", entityId: templateId }, async () => {
    assertAdmin(actor);
    if (!isUuid(templateId)) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
    return db.$transaction(async (tx) => {
      await lockClinicTemplates(tx, actor);
      const source = await tx.protocolTemplate.findFirst({
        where: { id: templateId, clinicId: actor.clinicId },
        select: { id: true, key: true, status: true },
      });
      if (!source) return throwMissingOrShared(tx, templateId, "Shared templates are versioned by Restride; duplicate it into your clinic instead.");
      if (source.status !== "PUBLISHED") {
        throw new AppError(
          "CONFLICT",
          source.status === "DRAFT"
            ? "This version is still a draft: edit it, then publish it."
            : "This version is archived; start the new version from the published one.",
        );
      }
      const draft = await tx.protocolTemplate.findFirst({
        where: { clinicId: actor.clinicId, key: source.key, status: "DRAFT" },
        select: { id: true, version: true },
      });
      if (draft) {
        await audit(
          actor,
          {
            action: "template.new_version",
            outcome: "SUCCESS",
            entityType: "ProtocolTemplate",
            entityId: draft.id,
            detail: { sourceId: source.id, existing: true },
          },
          tx,
        );
        return { ...draft, existing: true };
      }
      const loaded = (await loadTemplate(tx, source.id))!;
      const newest = await tx.protocolTemplate.aggregate({ where: { clinicId: actor.clinicId, key: source.key }, _max: { version: true } });
      const version = (newest._max.version ?? loaded.template.version) + 1;
      const id = await insertTemplate(
        tx,
        { ...loaded.template, version },
        { clinicId: actor.clinicId, status: "DRAFT", basedOnId: source.id, createdById: actor.userId },
      );
      await audit(
        actor,
        { action: "template.new_version", outcome: "SUCCESS", entityType: "ProtocolTemplate", entityId: id, detail: { sourceId: source.id, version } },
        tx,
      );
      return { id, version, existing: false };
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Draft edits: each locks the clinic's DRAFT row first, so an edit never lands on a version that
// was published in the meantime.
// ---------------------------------------------------------------------------------------------

export async function updateTemplateDetails(actor: Actor, templateId: string, input: TemplateDetails): Promise<void> {
  await editDraft(actor, templateId, "details", async (tx) => {
    const data = parse(TemplateDetailsSchema, input);
    const row = await tx.protocolTemplate.findUniqueOrThrow({ where: { id: templateId }, select: { name: true, translations: true } });
    const changed = row.name !== data.name;
    await tx.protocolTemplate.update({
      where: { id: templateId },
      data: { name: data.name, ...(changed ? { translations: dropTranslated(row.translations, ["name"]) } : {}) },
    });
    return { result: undefined, detail: { changed: changed ? ["name"] : [] } };
  });
}

export async function updateStage(actor: Actor, templateId: string, stageId: string, input: StageEdit): Promise<void> {
  await editDraft(actor, templateId, "stage", async (tx) => {
    const stage = await findStage(tx, templateId, stageId);
    const data = parse(StageEditSchema, input);
    const changed = (["name", "purpose", "goals", "precautions"] as const).filter((f) => JSON.stringify(stage[f]) !== JSON.stringify(data[f]));
    const stored = stage.durationDays as unknown as GradeDurations;
    const durationsChanged = CLINICAL_GRADES.some((g) => stored[g]?.min !== data.durationDays[g].min || stored[g]?.max !== data.durationDays[g].max);
    // A stage with tracks lasts as long as its slowest track: its durations follow its phases'.
    const hasTracks = stage.trackId === null && (await tx.templateTrack.count({ where: { stageId: stage.id } })) > 0;
    if (hasTracks && durationsChanged) {
      throw new AppError("VALIDATION", "Some fields need attention.", {
        durationDays: "This stage lasts as long as its slower track: change the durations of its phases instead.",
      });
    }
    await tx.templateStage.update({
      where: { id: stage.id },
      data: {
        name: data.name,
        purpose: data.purpose,
        goals: data.goals,
        precautions: data.precautions,
        durationDays: json(data.durationDays),
        // A translation of text that changed would show the patient the old text: drop it, so
        // the patient sees the new English wording until it is translated again.
        ...(changed.length ? { translations: dropTranslated(stage.translations, changed) } : {}),
      },
    });
    if (stage.trackId !== null && durationsChanged) await refreshTrackedStageDurations(tx, stage.trackId);
    return { result: undefined, detail: { stageKey: stage.key, changed: [...changed, ...(durationsChanged ? ["durationDays"] : [])] } };
  });
}

export async function updateStageExercise(actor: Actor, templateId: string, stageExerciseId: string, dose: Dose): Promise<void> {
  await editDraft(actor, templateId, "dose", async (tx) => {
    const item = await findStageExercise(tx, templateId, stageExerciseId);
    const data = parse(DoseSchema, dose);
    await tx.stageExercise.update({ where: { id: item.id }, data: { dose: json(data) } });
    return { result: undefined, detail: { stageKey: item.stage.key, exerciseKey: item.exercise.key } };
  });
}

export async function removeStageExercise(actor: Actor, templateId: string, stageExerciseId: string): Promise<void> {
  await editDraft(actor, templateId, "remove_exercise", async (tx) => {
    const item = await findStageExercise(tx, templateId, stageExerciseId);
    await tx.stageExercise.delete({ where: { id: item.id } });
    return { result: undefined, detail: { stageKey: item.stage.key, exerciseKey: item.exercise.key } };
  });
}

/** Adds a library exercise (for every grade) at the end of the stage's exercises. */
export async function addStageExercise(actor: Actor, templateId: string, stageId: string, input: { exerciseKey: string; dose: Dose }): Promise<{ id: string }> {
  return editDraft(actor, templateId, "add_exercise", async (tx) => {
    const stage = await findStage(tx, templateId, stageId);
    const dose = parse(DoseSchema, input.dose);
    const exerciseId = (await exerciseIdsByKey(tx, actor.clinicId)).get(input.exerciseKey);
    if (!exerciseId) throw new AppError("VALIDATION", "Some fields need attention.", { exerciseKey: "Choose an exercise from the library." });
    const last = await tx.stageExercise.aggregate({ where: { stageId: stage.id }, _max: { position: true } });
    const created = await tx.stageExercise.create({
      data: { stageId: stage.id, exerciseId, position: (last._max.position ?? -1) + 1, dose: json(dose), grades: [] },
      select: { id: true },
    });
    return { result: created, detail: { stageKey: stage.key, exerciseKey: input.exerciseKey } };
  });
}

/** Edits a gate's wording; for a MEASURE gate also its comparator and threshold. */
export async function updateGate(actor: Actor, templateId: string, gateId: string, input: GateEdit): Promise<void> {
  await editDraft(actor, templateId, "gate", async (tx) => {
    const gate = await findGate(tx, templateId, gateId);
    const data = parse(GateEditSchema, input);
    const measureFields: { comparator?: string; threshold?: number } = {};
    if (gate.kind === "MEASURE") {
      const errors: Record<string, string> = {};
      if (!data.comparator) errors.comparator = "Choose a comparison.";
      if (data.threshold === undefined) errors.threshold = "Enter the threshold as a number.";
      else {
        const problem = thresholdProblem(gate.measure as MeasureKey, data.threshold);
        if (problem) errors.threshold = problem;
      }
      if (Object.keys(errors).length) throw new AppError("VALIDATION", "Some fields need attention.", errors);
      measureFields.comparator = data.comparator;
      measureFields.threshold = data.threshold;
    }
    const changed = [
      ...(gate.label !== data.label ? ["label"] : []),
      ...(gate.patientLabel !== data.patientLabel ? ["patientLabel"] : []),
      ...(gate.kind === "MEASURE" && gate.comparator !== data.comparator ? ["comparator"] : []),
      ...(gate.kind === "MEASURE" && Number(gate.threshold) !== data.threshold ? ["threshold"] : []),
    ];
    await tx.stageGate.update({
      where: { id: gate.id },
      data: {
        label: data.label,
        patientLabel: data.patientLabel,
        ...measureFields,
        ...(changed.includes("patientLabel") ? { translations: dropTranslated(gate.translations, ["patientLabel"]) } : {}),
      },
    });
    return { result: undefined, detail: { stageKey: gate.stage.key, gateKey: gate.key, changed } };
  });
}

export async function removeGate(actor: Actor, templateId: string, gateId: string): Promise<void> {
  await editDraft(actor, templateId, "remove_gate", async (tx) => {
    const gate = await findGate(tx, templateId, gateId);
    await tx.stageGate.delete({ where: { id: gate.id } });
    return { result: undefined, detail: { stageKey: gate.stage.key, gateKey: gate.key } };
  });
}

/** Adds a MEASURE gate (for every grade) at the end of the stage's gates. */
export async function addMeasureGate(actor: Actor, templateId: string, stageId: string, input: MeasureGateNew): Promise<{ id: string }> {
  return editDraft(actor, templateId, "add_gate", async (tx) => {
    const stage = await findStage(tx, templateId, stageId);
    const data = parse(MeasureGateNewSchema, input);
    const problem = thresholdProblem(data.measure, data.threshold);
    if (problem) throw new AppError("VALIDATION", "Some fields need attention.", { threshold: problem });
    const existing = await tx.stageGate.findMany({ where: { stageId: stage.id }, select: { key: true, position: true } });
    const keys = new Set(existing.map((g) => g.key));
    let key: string = data.measure;
    for (let n = 2; keys.has(key); n += 1) key = `${data.measure}-${n}`;
    const created = await tx.stageGate.create({
      data: {
        stageId: stage.id,
        position: Math.max(-1, ...existing.map((g) => g.position)) + 1,
        key,
        kind: "MEASURE",
        measure: data.measure,
        comparator: data.comparator,
        threshold: data.threshold,
        label: data.label,
        patientLabel: data.patientLabel,
        grades: [],
      },
      select: { id: true },
    });
    return { result: created, detail: { stageKey: stage.key, gateKey: key } };
  });
}

// ---------------------------------------------------------------------------------------------
// Import of a FHIR PlanDefinition (issue 15, decision 030)
// ---------------------------------------------------------------------------------------------

export type ImportResult = { imported: true; id: string; key: string; name: string } | { imported: false; problems: string[] };

/**
 * Stores a PlanDefinition (parsed JSON) as a new DRAFT of the clinic, version 1, keeping its key
 * when the clinic has no template with that key. Nothing is stored unless the whole template
 * reads back and passes the same checks as publishing (validateTemplate against the clinic's
 * library, doses and durations within the editor's limits); otherwise the problems are
 * returned, worded with the stage names.
 */
export async function importTemplate(actor: Actor, resource: unknown): Promise<ImportResult> {
  return audited(actor, { action: "template.import", entityId: "new" }, async () => {
    assertAdmin(actor);
    const read = readPlanDefinition(resource);
    const invalid = (problems: string[]) =>
      audit(actor, { action: "template.import", outcome: "INVALID", entityType: "ProtocolTemplate", detail: { problems: problems.length } }).then(
        (): ImportResult => ({ imported: false, problems }),
      );
    if (!read.ok) return invalid(read.problems);
    const { template } = read;
    const shapeProblems = template.stages.flatMap((stage) => [
      ...(GradeDurationsSchema.safeParse(stage.durationDays).success ? [] : [`Stage “${stage.name}”: durations must be whole days, min not above max.`]),
      ...stage.exercises.flatMap((e) => {
        const dose = DoseSchema.safeParse(e.dose);
        return dose.success ? [] : [`Stage “${stage.name}”, exercise ${e.exerciseKey}: ${dose.error.issues[0]?.message ?? "the dose is not valid"}`];
      }),
    ]);
    if (shapeProblems.length) return invalid(shapeProblems);

    const outcome = await db.$transaction(async (tx): Promise<ImportResult> => {
      await lockClinicTemplates(tx, actor);
      const problems = validateTemplate(template, await loadExercises(tx, actor.clinicId));
      if (problems.length) return { imported: false, problems: readableProblems(template, problems) };
      const key = await freeKey(tx, actor.clinicId, template.key);
      const id = await insertTemplate(tx, { ...template, key, version: 1 }, { clinicId: actor.clinicId, status: "DRAFT", createdById: actor.userId });
      await audit(
        actor,
        { action: "template.import", outcome: "SUCCESS", entityType: "ProtocolTemplate", entityId: id, detail: { key, stages: template.stages.length } },
        tx,
      );
      return { imported: true, id, key, name: template.name };
    });
    return outcome.imported ? outcome : invalid(outcome.problems);
  });
}

// ---------------------------------------------------------------------------------------------
// Publishing
// ---------------------------------------------------------------------------------------------

/**
 * Publishes the clinic's DRAFT if validateTemplate finds no problem: it becomes PUBLISHED and the
 * previously published version of the same key ARCHIVED, in one transaction. With problems
 * nothing changes and they are returned, worded with the stage names.
 */
export async function publishTemplate(actor: Actor, templateId: string): Promise<PublishResult> {
  return audited(actor, { action: "template.publish", entityId: templateId }, async () => {
    assertAdmin(actor);
    if (!isUuid(templateId)) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
    return db.$transaction(async (tx): Promise<PublishResult> => {
      await lockClinicTemplates(tx, actor);
      const draft = await lockDraft(tx, actor, templateId);
      const loaded = (await loadTemplate(tx, draft.id))!;
      const problems = validateTemplate(loaded.template, await loadExercises(tx, actor.clinicId));
      if (problems.length) {
        await audit(
          actor,
          { action: "template.publish", outcome: "INVALID", entityType: "ProtocolTemplate", entityId: draft.id, detail: { problems: problems.length } },
          tx,
        );
        return { published: false, problems: readableProblems(loaded.template, problems) };
      }
      const previous = await tx.protocolTemplate.findMany({
        where: { clinicId: actor.clinicId, key: draft.key, status: "PUBLISHED", id: { not: draft.id } },
        select: { id: true, version: true },
      });
      if (previous.length) {
        await tx.protocolTemplate.updateMany({
          where: { id: { in: previous.map((p) => p.id) }, clinicId: actor.clinicId, status: "PUBLISHED" },
          data: { status: "ARCHIVED" },
        });
      }
      await tx.protocolTemplate.update({ where: { id: draft.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
      const archivedVersions = previous.map((p) => p.version).sort((a, b) => a - b);
      await audit(
        actor,
        {
          action: "template.publish",
          outcome: "SUCCESS",
          entityType: "ProtocolTemplate",
          entityId: draft.id,
          detail: { version: draft.version, archivedVersions },
        },
        tx,
      );
      return { published: true, version: draft.version, archivedVersions };
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

const json = (v: unknown) => v as Prisma.InputJsonValue;

/** Non-admins get the same NOT_FOUND as a missing record; the refusal is audited as DENIED. */
async function requireAdmin(actor: Actor, action: string, entityId?: string): Promise<void> {
  try {
    assertAdmin(actor);
  } catch (err) {
    await audit(actor, { action, outcome: "DENIED", entityType: "ProtocolTemplate", entityId: entityId?.slice(0, 64), detail: { role: actor.role } });
    throw err;
  }
}

/** Refusals are audited after the rollback; a non-admin's refusal is recorded as DENIED. */
function audited<T>(actor: Actor, base: { action: string; entityId: string; detail?: Prisma.InputJsonValue }, fn: () => Promise<T>): Promise<T> {
  if (actor.role === "ADMIN") return auditRefusals(actor, { ...base, entityType: "ProtocolTemplate" }, fn);
  const detail = { ...(base.detail as object | undefined), role: actor.role };
  return auditRefusals(actor, { ...base, detail, entityType: "ProtocolTemplate", outcome: "DENIED" }, fn);
}

/** Locks and returns the clinic's DRAFT row; explains why anything else cannot be edited. */
async function lockDraft(tx: Tx, actor: Actor, templateId: string): Promise<{ id: string; key: string; version: number }> {
  const rows = await tx.$queryRaw<{ id: string; key: string; version: number; status: TemplateStatus }[]>`
    SELECT id, key, version, status::text AS status FROM protocol_template
    WHERE id = ${templateId}::uuid AND clinic_id = ${actor.clinicId}::uuid
    FOR UPDATE`;
  const row = rows[0];
  if (!row) return throwMissingOrShared(tx, templateId, SHARED_READ_ONLY_MESSAGE);
  if (row.status !== "DRAFT") throw new AppError("CONFLICT", PUBLISHED_IMMUTABLE_MESSAGE);
  return row;
}

/** A shared template is visible, so it gets an explanation; anything else is NOT_FOUND. */
async function throwMissingOrShared(tx: Tx, templateId: string, sharedMessage: string): Promise<never> {
  const shared = await tx.protocolTemplate.findFirst({ where: { id: templateId, clinicId: null }, select: { id: true } });
  if (shared) throw new AppError("CONFLICT", sharedMessage);
  throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
}

/** Serialises the operations that create or re-status versions within one clinic. */
async function lockClinicTemplates(tx: Tx, actor: Actor): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`restride:templates:${actor.clinicId}`}))`;
}

/** One draft edit: lock the clinic's DRAFT, change it, audit the change, all in one transaction. */
async function editDraft<T>(
  actor: Actor,
  templateId: string,
  op: string,
  fn: (tx: Tx, draft: { id: string; key: string; version: number }) => Promise<{ result: T; detail: Record<string, unknown> }>,
): Promise<T> {
  return audited(actor, { action: "template.update", entityId: templateId, detail: { op } }, async () => {
    assertAdmin(actor);
    if (!isUuid(templateId)) throw new AppError("NOT_FOUND", NOT_FOUND_MESSAGE);
    return db.$transaction(async (tx) => {
      const draft = await lockDraft(tx, actor, templateId);
      const { result, detail } = await fn(tx, draft);
      await audit(
        actor,
        { action: "template.update", outcome: "SUCCESS", entityType: "ProtocolTemplate", entityId: draft.id, detail: json({ op, ...detail }) },
        tx,
      );
      return result;
    });
  });
}

/** After a phase's durations changed: its stage's durations again as long as its slowest track. */
async function refreshTrackedStageDurations(tx: Tx, trackId: string): Promise<void> {
  const { stageId } = await tx.templateTrack.findUniqueOrThrow({ where: { id: trackId }, select: { stageId: true } });
  const tracks = await tx.templateTrack.findMany({
    where: { stageId },
    orderBy: { position: "asc" },
    select: { phases: { orderBy: { position: "asc" }, select: { durationDays: true } } },
  });
  const shaped = tracks.map((t) => ({ phases: t.phases.map((p) => ({ durationDays: p.durationDays as unknown as GradeDurations })) }));
  await tx.templateStage.update({ where: { id: stageId }, data: { durationDays: json(tracksDuration(shaped)) } });
}

async function findStage(tx: Tx, templateId: string, stageId: string) {
  const stage = isUuid(stageId) ? await tx.templateStage.findFirst({ where: { id: stageId, templateId } }) : null;
  if (!stage) throw new AppError("NOT_FOUND", "We could not find that stage in this template.");
  return stage;
}

async function findStageExercise(tx: Tx, templateId: string, stageExerciseId: string) {
  const item = isUuid(stageExerciseId)
    ? await tx.stageExercise.findFirst({
        where: { id: stageExerciseId, stage: { templateId } },
        select: { id: true, stage: { select: { key: true } }, exercise: { select: { key: true } } },
      })
    : null;
  if (!item) throw new AppError("NOT_FOUND", "We could not find that exercise in this template.");
  return item;
}

async function findGate(tx: Tx, templateId: string, gateId: string) {
  const gate = isUuid(gateId)
    ? await tx.stageGate.findFirst({ where: { id: gateId, stage: { templateId } }, include: { stage: { select: { key: true } } } })
    : null;
  if (!gate) throw new AppError("NOT_FOUND", "We could not find that gate in this template.");
  return gate;
}

function parse<S extends z.ZodType>(schema: S, input: unknown): z.infer<S> {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new AppError("VALIDATION", "Some fields need attention.", fieldErrors(parsed.error));
  return parsed.data;
}

/** Removes the given fields from every locale of a translations object (null when nothing is left). */
function dropTranslated(translations: Prisma.JsonValue | null, fields: readonly string[]): Prisma.InputJsonValue | typeof Prisma.DbNull {
  if (!translations || typeof translations !== "object" || Array.isArray(translations)) return Prisma.DbNull;
  const out: Record<string, Record<string, unknown>> = {};
  for (const [locale, value] of Object.entries(translations)) {
    if (!value || typeof value !== "object" || Array.isArray(value)) continue;
    const kept = Object.fromEntries(Object.entries(value).filter(([field]) => !fields.includes(field)));
    if (Object.keys(kept).length) out[locale] = kept;
  }
  return Object.keys(out).length ? json(out) : Prisma.DbNull;
}

async function freeKey(tx: Tx, clinicId: string, key: string): Promise<string> {
  const taken = new Set(
    (await tx.protocolTemplate.findMany({ where: { clinicId, key: { startsWith: key } }, select: { key: true }, distinct: ["key"] })).map((r) => r.key),
  );
  let candidate = key;
  for (let n = 2; taken.has(candidate); n += 1) candidate = `${key}-${n}`;
  return candidate;
}

function copyName(name: string, fromShared: boolean): string {
  const suffix = fromShared ? " (clinic copy)" : " (copy)";
  return `${name.slice(0, 120 - suffix.length)}${suffix}`;
}

/** validateTemplate's "key/stage: problem" lines, with the stage names an admin sees. */
function readableProblems(template: Template, problems: string[]): string[] {
  return problems.map((p) => {
    for (const stage of template.stages) {
      const prefix = `${template.key}/${stage.key}: `;
      if (p.startsWith(prefix)) return `Stage “${stage.name}”: ${p.slice(prefix.length)}`;
    }
    const own = `${template.key}: `;
    return p.startsWith(own) ? `Template: ${p.slice(own.length)}` : p;
  });
}

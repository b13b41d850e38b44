/**
 * Protocol templates in PostgreSQL ↔ the domain's Template type. Used by the seed, the data
 * layer and tests; takes any Prisma client or transaction, so it has no session logic itself.
 */
import type { Prisma, PrismaClient } from "@/lib/generated/prisma/client";
import type {
  CheckKey,
  ClinicalGrade,
  Comparator,
  Dose,
  EducationSection,
  ExerciseCategory,
  ExerciseEntry,
  ExerciseSide,
  GateTemplate,
  GradeDurations,
  KneeBias,
  MeasureKey,
  Muscle,
  PainRule,
  PhaseTemplate,
  SourceRef,
  StageKey,
  StageTemplate,
  Template,
  TrackTemplate,
  Translations,
} from "@/lib/domain/clinical/types";

type Client = PrismaClient | Prisma.TransactionClient;

const stageParts = {
  exercises: { orderBy: { position: "asc" }, include: { exercise: { select: { key: true } } } },
  gates: { orderBy: { position: "asc" } },
} satisfies Prisma.TemplateStageInclude;

/** A template's stages (not the phases, which are stage rows of a track), each with its tracks' phases. */
export const templateInclude = {
  stages: {
    where: { trackId: null },
    orderBy: { position: "asc" },
    include: {
      ...stageParts,
      tracks: { orderBy: { position: "asc" }, include: { phases: { orderBy: { position: "asc" }, include: stageParts } } },
    },
  },
} satisfies Prisma.ProtocolTemplateInclude;

export type TemplateRow = Prisma.ProtocolTemplateGetPayload<{ include: typeof templateInclude }>;
type StageRow = TemplateRow["stages"][number];
type PartsRow = Pick<StageRow, "exercises" | "gates">;

const grades = (values: number[]): ClinicalGrade[] | undefined =>
  values.length ? values.filter((g): g is ClinicalGrade => g === 1 || g === 2 || g === 3) : undefined;

function toDomainGate(g: PartsRow["gates"][number]): GateTemplate {
  const base = {
    key: g.key,
    label: g.label,
    patientLabel: g.patientLabel,
    ...(grades(g.grades) ? { grades: grades(g.grades) } : {}),
    ...(g.translations ? { translations: g.translations as GateTemplate["translations"] } : {}),
  };
  switch (g.kind) {
    case "MEASURE":
      return { ...base, kind: "MEASURE", measure: g.measure as MeasureKey, comparator: g.comparator as Comparator, threshold: Number(g.threshold) };
    case "CHECK":
      return { ...base, kind: "CHECK", check: g.checkKey as CheckKey };
    case "SESSIONS":
      return { ...base, kind: "SESSIONS", exerciseKey: g.exerciseKey!, count: g.sessionCount!, maxPain: Number(g.maxPain) };
    case "SUBJECTIVE":
      return { ...base, kind: "SUBJECTIVE", question: g.question!, minimum: Number(g.minimum) };
  }
}

/** The exercises and gates of a stage or phase row. */
function toDomainParts(row: PartsRow) {
  return {
    exercises: row.exercises.map((e) => ({
      exerciseKey: e.exercise.key,
      dose: e.dose as unknown as Dose,
      ...(grades(e.grades) ? { grades: grades(e.grades) } : {}),
    })),
    gates: row.gates.map(toDomainGate),
  };
}

function toDomainTrack(t: StageRow["tracks"][number]): TrackTemplate {
  return {
    key: t.key,
    name: t.name,
    purpose: t.purpose,
    ...(t.translations ? { translations: t.translations as TrackTemplate["translations"] } : {}),
    phases: t.phases.map((p): PhaseTemplate => ({
      key: p.key,
      name: p.name,
      purpose: p.purpose,
      goals: p.goals,
      precautions: p.precautions,
      education: p.education,
      durationDays: p.durationDays as unknown as GradeDurations,
      ...(p.doseStage ? { doseStage: p.doseStage as StageKey } : {}),
      ...(p.painRule ? { painRule: p.painRule as unknown as PainRule } : {}),
      ...(p.translations ? { translations: p.translations as PhaseTemplate["translations"] } : {}),
      ...toDomainParts(p),
    })),
  };
}

export function toDomainTemplate(row: TemplateRow): Template {
  return {
    key: row.key,
    name: row.name,
    muscles: row.muscles as Muscle[],
    grades: row.grades as ClinicalGrade[],
    version: row.version,
    sources: row.sources as unknown as SourceRef[],
    education: row.education as unknown as EducationSection[],
    ...(row.clinicianNotes.length ? { clinicianNotes: row.clinicianNotes } : {}),
    ...(row.translations ? { translations: row.translations as Translations<{ name: string }> } : {}),
    stages: row.stages.map((s) => ({
      key: s.key as StageKey,
      name: s.name,
      purpose: s.purpose,
      goals: s.goals,
      precautions: s.precautions,
      education: s.education,
      durationDays: s.durationDays as unknown as GradeDurations,
      ...(s.requiresSpecialistReview ? { requiresSpecialistReview: true } : {}),
      ...(s.painRule ? { painRule: s.painRule as unknown as PainRule } : {}),
      ...(s.translations ? { translations: s.translations as Template["stages"][number]["translations"] } : {}),
      ...toDomainParts(s),
      ...(s.tracks.length ? { tracks: s.tracks.map(toDomainTrack) } : {}),
    })),
  };
}

export function toDomainExercise(row: Prisma.ExerciseGetPayload<object>): ExerciseEntry {
  return {
    key: row.key,
    name: row.name,
    purpose: row.purpose,
    steps: row.steps,
    cues: row.cues,
    commonMistakes: row.commonMistakes,
    equipment: row.equipment,
    side: row.side as ExerciseSide,
    category: row.category as ExerciseCategory,
    kneeBias: (row.kneeBias as KneeBias | null) ?? null,
    ...(row.externalLoad ? { externalLoad: true } : {}),
    ...(row.translations ? { translations: row.translations as ExerciseEntry["translations"] } : {}),
  };
}

const json = (v: unknown) => v as Prisma.InputJsonValue;

/** Exercise ids by key, for the clinic's library (its own exercises shadow shared ones). */
export async function exerciseIdsByKey(db: Client, clinicId: string | null): Promise<Map<string, string>> {
  const rows = await db.exercise.findMany({
    where: { OR: [{ clinicId: null }, ...(clinicId ? [{ clinicId }] : [])] },
    select: { id: true, key: true, clinicId: true },
  });
  const map = new Map<string, string>();
  for (const r of rows.filter((r) => r.clinicId === null)) map.set(r.key, r.id);
  for (const r of rows.filter((r) => r.clinicId !== null)) map.set(r.key, r.id);
  return map;
}

/** A gate's stage_gate columns: the kind's own columns set, the others null. */
function gateColumns(g: GateTemplate, position: number) {
  return {
    position,
    key: g.key,
    kind: g.kind,
    measure: g.kind === "MEASURE" ? g.measure : null,
    comparator: g.kind === "MEASURE" ? g.comparator : null,
    threshold: g.kind === "MEASURE" ? g.threshold : null,
    checkKey: g.kind === "CHECK" ? g.check : null,
    exerciseKey: g.kind === "SESSIONS" ? g.exerciseKey : null,
    sessionCount: g.kind === "SESSIONS" ? g.count : null,
    maxPain: g.kind === "SESSIONS" ? g.maxPain : null,
    question: g.kind === "SUBJECTIVE" ? g.question : null,
    minimum: g.kind === "SUBJECTIVE" ? g.minimum : null,
    label: g.label,
    patientLabel: g.patientLabel,
    grades: g.grades ?? [],
    translations: g.translations ? json(g.translations) : undefined,
  };
}

/** Inserts a whole template (stages with their tracks' phases, exercises, gates) as one new version row. */
export async function insertTemplate(
  db: Client,
  template: Template,
  meta: { clinicId: string | null; status: "DRAFT" | "PUBLISHED"; basedOnId?: string | null; createdById?: string | null },
): Promise<string> {
  const exerciseIds = await exerciseIdsByKey(db, meta.clinicId);
  const created = await db.protocolTemplate.create({
    data: {
      clinicId: meta.clinicId,
      key: template.key,
      version: template.version,
      status: meta.status,
      name: template.name,
      muscles: template.muscles,
      grades: template.grades,
      sources: json(template.sources),
      education: json(template.education),
      translations: template.translations ? json(template.translations) : undefined,
      clinicianNotes: template.clinicianNotes ?? [],
      basedOnId: meta.basedOnId ?? null,
      createdById: meta.createdById ?? null,
      publishedAt: meta.status === "PUBLISHED" ? new Date() : null,
    },
    select: { id: true },
  });
  // The columns a stage and a phase share: text, durations, pain rule, translations, exercises, gates.
  const parts = (owner: StageTemplate | PhaseTemplate) => ({
    key: owner.key,
    name: owner.name,
    purpose: owner.purpose,
    goals: owner.goals,
    precautions: owner.precautions,
    education: owner.education,
    durationDays: json(owner.durationDays),
    painRule: owner.painRule ? json(owner.painRule) : undefined,
    translations: owner.translations ? json(owner.translations) : undefined,
    exercises: {
      create: owner.exercises.map((e, i) => {
        const exerciseId = exerciseIds.get(e.exerciseKey);
        if (!exerciseId) throw new Error(`Template ${template.key}: unknown exercise "${e.exerciseKey}"`);
        return { position: i, exerciseId, dose: json(e.dose), grades: e.grades ?? [] };
      }),
    },
    gates: { create: owner.gates.map((g, i) => gateColumns(g, i)) },
  });
  for (const [position, stage] of template.stages.entries()) {
    const stageRow = await db.templateStage.create({
      data: {
        templateId: created.id,
        position,
        requiresSpecialistReview: stage.requiresSpecialistReview ?? false,
        ...parts(stage),
      },
      select: { id: true },
    });
    for (const [trackPosition, track] of (stage.tracks ?? []).entries()) {
      const trackRow = await db.templateTrack.create({
        data: {
          stageId: stageRow.id,
          position: trackPosition,
          key: track.key,
          name: track.name,
          purpose: track.purpose,
          translations: track.translations ? json(track.translations) : undefined,
        },
        select: { id: true },
      });
      for (const [phasePosition, phase] of track.phases.entries()) {
        await db.templateStage.create({
          data: {
            templateId: created.id,
            trackId: trackRow.id,
            position: phasePosition,
            doseStage: phase.doseStage ?? null,
            ...parts(phase),
          },
        });
      }
    }
  }
  return created.id;
}

export async function loadTemplate(db: Client, id: string): Promise<{ row: TemplateRow; template: Template } | null> {
  const row = await db.protocolTemplate.findUnique({ where: { id }, include: templateInclude });
  return row ? { row, template: toDomainTemplate(row) } : null;
}

/** The exercises a template uses, as domain entries (for plan generation and snapshots). */
export async function loadExercises(db: Client, clinicId: string | null): Promise<ExerciseEntry[]> {
  const rows = await db.exercise.findMany({
    where: { OR: [{ clinicId: null }, ...(clinicId ? [{ clinicId }] : [])] },
    orderBy: { name: "asc" },
  });
  const byKey = new Map<string, ExerciseEntry>();
  for (const r of rows.filter((r) => r.clinicId === null)) byKey.set(r.key, toDomainExercise(r));
  for (const r of rows.filter((r) => r.clinicId !== null)) byKey.set(r.key, toDomainExercise(r));
  return [...byKey.values()];
}

/** JSON with object keys sorted and null / undefined members dropped, for content comparison. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>)
        .filter(([, v]) => v !== null && v !== undefined)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  }
  return value;
}

/** True when a stored template version holds other content than the seeded one of that version. */
function differs(stored: Template, seeded: Template): boolean {
  return JSON.stringify(canonical(stored)) !== JSON.stringify(canonical(seeded));
}

/**
 * Seeds the shared library: every exercise (inserted or refreshed by key) and every template
 * version not yet stored. Templates are insert-only by (key, version): an existing version is
 * never touched, so plans made from it keep pointing at exactly what they were made from. A
 * seeded template whose content differs from the stored row of the same version is reported in
 * `drifted` (the change only reaches clinics once its version number is raised); see
 * docs/decisions/010-content-seeding.md.
 */
export async function seedSharedLibrary(
  db: PrismaClient,
  templates: readonly Template[],
  exercises: readonly ExerciseEntry[],
): Promise<{ templatesAdded: number; drifted: { key: string; version: number }[] }> {
  return db.$transaction(
    async (tx) => {
      for (const e of exercises) {
        // One statement (ON CONFLICT on the NULLS NOT DISTINCT (clinic_id, key) index), so a
        // concurrent seed cannot make it fail between a look-up and an insert.
        await tx.$executeRaw`
          INSERT INTO "exercise" ("id", "clinic_id", "key", "name", "purpose", "steps", "cues", "common_mistakes", "equipment",
                                  "side", "category", "knee_bias", "external_load", "translations")
          VALUES (gen_random_uuid(), NULL, ${e.key}, ${e.name}, ${e.purpose}, ${e.steps}, ${e.cues}, ${e.commonMistakes},
                  ${e.equipment}, ${e.side}, ${e.category}, ${e.kneeBias ?? null}, ${e.externalLoad ?? false},
                  ${e.translations ? JSON.stringify(e.translations) : null}::jsonb)
          ON CONFLICT ("clinic_id", "key") DO UPDATE SET
            "name" = EXCLUDED."name", "purpose" = EXCLUDED."purpose", "steps" = EXCLUDED."steps", "cues" = EXCLUDED."cues",
            "common_mistakes" = EXCLUDED."common_mistakes", "equipment" = EXCLUDED."equipment", "side" = EXCLUDED."side",
            "category" = EXCLUDED."category", "knee_bias" = EXCLUDED."knee_bias", "external_load" = EXCLUDED."external_load",
            "translations" = EXCLUDED."translations"`;
      }
      let templatesAdded = 0;
      const drifted: { key: string; version: number }[] = [];
      for (const t of templates) {
        const exists = await tx.protocolTemplate.findFirst({
          where: { clinicId: null, key: t.key, version: t.version },
          include: templateInclude,
        });
        if (exists) {
          if (differs(toDomainTemplate(exists), t)) drifted.push({ key: t.key, version: t.version });
          continue;
        }
        await insertTemplate(tx, t, { clinicId: null, status: "PUBLISHED" });
        templatesAdded += 1;
      }
      return { templatesAdded, drifted };
    },
    { timeout: 60_000 },
  );
}

import "server-only";
import { SPECIALIST_CHECK } from "@/lib/domain/clinical/stage-prescription";
import type { Locale } from "@/lib/domain/clinical/types";
import type { PlanSnapshot } from "@/lib/domain/plan-edits";
import { localDate } from "@/lib/domain/progress";
import { foldForSearch } from "@/lib/domain/text";
import { handoutPictures, picturesStamp } from "@/lib/server/exercise-images";
import { buildHandout, type HandoutViewModel } from "@/lib/pdf/handout-model";
import { getHandoutPool, isHandoutRenderError } from "@/lib/pdf/pool";
import type { Prisma } from "@/lib/generated/prisma/client";
import { STAFF_ROLES, type Actor } from "@/lib/server/actor";
import { injuryOf } from "@/lib/db/episode-row";
import { audit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { latestForPatient } from "@/lib/server/measurements";
import { isUuid } from "@/lib/server/patients";
import { stageHistoryOf, stageMoveEvents } from "@/lib/server/plan-timeline";

export interface HandoutRequest {
  language: Locale;
  largePrint: boolean;
  /** Every stage: the long booklet. Otherwise the two-page sheet of the current stage. */
  allStages: boolean;
  /** Add the education leaflet after the sheet (the booklet always carries its education). */
  leaflet?: boolean;
}

/** What the download says while every render worker stays busy past the queue deadline. */
export const HANDOUT_BUSY_MESSAGE = "The handout is being prepared. Try again in a few seconds.";

/** Query string → options; anything unknown falls back to the default rather than failing. */
export function parseHandoutRequest(params: URLSearchParams): HandoutRequest {
  const flag = (name: string) => ["1", "true", "on", "yes"].includes((params.get(name) ?? "").toLowerCase());
  return { language: params.get("lang") === "es" ? "es" : "en", largePrint: flag("large"), allStages: flag("all"), leaflet: flag("leaflet") };
}

export function optionsKey(o: HandoutRequest): string {
  return `${o.language}-${o.largePrint ? "large" : "regular"}-${o.allStages ? "all" : o.leaflet ? "sheet+leaflet" : "sheet"}`;
}

/**
 * The cache key: the handout's date, options and whether the specialist has cleared loading. The
 * cover's time line depends on today (a window that has passed moves on; "made on" is printed),
 * so yesterday's bytes are never served; a complete rupture's handout changes the day the
 * specialist's clearance is recorded (lib/domain/clinical/stage-prescription.ts).
 */
export function cacheKey(madeOn: string, o: HandoutRequest, specialistCleared = false, pictures = ""): string {
  // The clinic's own exercise pictures are printed too (decision 031): a new one is a new handout.
  return `${madeOn}:${optionsKey(o)}${specialistCleared ? ":specialist-cleared" : ""}${pictures ? `:pictures-${pictures}` : ""}`;
}

function fileName(familyName: string, givenName: string, made: string, o: HandoutRequest): string {
  const slug =
    foldForSearch(`${givenName} ${familyName}`)
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "patient";
  return `restride-handout-${slug}-${made}${o.language === "es" ? "-es" : ""}${o.largePrint ? "-large-print" : ""}${o.allStages ? "-all-stages" : ""}.pdf`;
}

/** Published template rows never change, so their translated name is safe to use for old plans. */
function localizedTemplateName(name: string, translations: unknown, language: Locale): string {
  if (language === "en") return name;
  const translated = (translations as { [L in Locale]?: { name?: string } } | null)?.[language]?.name;
  return translated?.trim() ? translated : name;
}

/** Which plans an actor may export: staff, their clinic's; a patient, only their own. */
function planScope(actor: Actor, planId: string): Prisma.RehabPlanWhereInput | null {
  if (!isUuid(planId)) return null;
  if (STAFF_ROLES.includes(actor.role)) return { id: planId, clinicId: actor.clinicId };
  if (actor.role === "PATIENT" && actor.patientId) return { id: planId, clinicId: actor.clinicId, patientId: actor.patientId };
  return null;
}

const handoutSelect = {
  id: true,
  clinicId: true,
  version: true,
  patientId: true,
  startDate: true,
  currentStageIndex: true,
  stageStartedOn: true,
  templateVersion: true,
  content: true,
  patient: { select: { givenName: true, familyName: true, therapist: { select: { name: true } } } },
  clinic: { select: { name: true, address: true, timeZone: true, phone: true, emergencyNumber: true, paperSize: true } },
  template: { select: { name: true, translations: true } },
  episode: true,
  events: stageMoveEvents,
} satisfies Prisma.RehabPlanSelect;

/**
 * The portal's address for the sheet's QR code: the app's public URL (NEXTAUTH_URL), or none
 * when it is not configured (a code to a wrong address would be worse than no code).
 */
function portalUrl(): string | null {
  const base = process.env.NEXTAUTH_URL?.trim();
  if (!base || !/^https?:\/\//.test(base)) return null;
  return `${base.replace(/\/$/, "")}/portal`;
}

/**
 * Loads what the handout shows and builds its view model. The time line's inputs are the plan
 * page's: the episode's injury, the stage history and the clinic's today (the handout's date).
 */
async function loadHandout(where: Prisma.RehabPlanWhereInput, options: HandoutRequest, now: Date) {
  const plan = await db.rehabPlan.findFirst({ where, select: handoutSelect });
  if (!plan) return null;
  const latest = await latestForPatient(plan.clinicId, plan.patientId);
  const timeZone = plan.clinic.timeZone;
  const madeOn = localDate(now, timeZone);
  const snapshot = plan.content as unknown as PlanSnapshot;
  const vm = buildHandout(
    {
      plan: snapshot.plan,
      patient: { givenName: plan.patient.givenName, familyName: plan.patient.familyName },
      therapistName: plan.patient.therapist.name,
      clinicName: plan.clinic.name,
      clinicAddress: plan.clinic.address,
      clinicContact: { phone: plan.clinic.phone, emergencyNumber: plan.clinic.emergencyNumber },
      madeOn,
      injury: injuryOf(plan.episode),
      stageHistory: stageHistoryOf(plan, timeZone),
      templateName: localizedTemplateName(snapshot.plan.templateName, plan.template.translations, options.language),
      templateVersion: plan.templateVersion,
      education: snapshot.education,
      currentStageIndex: plan.currentStageIndex,
      exercises: snapshot.exercises,
      checks: latest.checks,
      portalUrl: portalUrl(),
      paperSize: plan.clinic.paperSize === "LETTER" ? "LETTER" : "A4",
      pictures: await handoutPictures(plan.clinicId),
    },
    options,
  );
  return { plan, vm, madeOn };
}

/** The handout's view model as it would be rendered now (what the PDF says), or NOT_FOUND. */
export async function getHandoutView(actor: Actor, planId: string, options: HandoutRequest, opts: { now?: Date } = {}): Promise<HandoutViewModel> {
  const where = planScope(actor, planId);
  const loaded = where ? await loadHandout(where, options, opts.now ?? new Date()) : null;
  await audit(actor, {
    action: "handout.view",
    outcome: loaded ? "SUCCESS" : "NOT_FOUND",
    entityType: "RehabPlan",
    entityId: planId.slice(0, 64),
    patientId: loaded?.plan.patientId,
  });
  if (!loaded) throw new AppError("NOT_FOUND", "We could not find that plan.");
  return loaded.vm;
}

/**
 * The handout PDF of a plan. Rendered in the worker pool the first time for this plan version,
 * day and options, then served from the cache; a plan edit (a stage move too) bumps the version
 * and a new day changes the key, so it renders anew. Rendering a new one deletes the plan's
 * rows for older versions and earlier days: they can never be served again.
 */
export async function getHandout(
  actor: Actor,
  planId: string,
  options: HandoutRequest,
  opts: { now?: Date } = {},
): Promise<{ bytes: Buffer; fileName: string; cached: boolean }> {
  const where = planScope(actor, planId);
  // Cheap first: the row's identity, version and clinic day, then the cache. The snapshot and
  // names are only loaded when the handout has to be rendered.
  const head = where
    ? await db.rehabPlan.findFirst({ where, select: { id: true, version: true, patientId: true, clinic: { select: { timeZone: true } } } })
    : null;
  if (!head) {
    await audit(actor, { action: "handout.export", outcome: "NOT_FOUND", entityType: "RehabPlan", entityId: planId.slice(0, 64) });
    throw new AppError("NOT_FOUND", "We could not find that plan.");
  }
  const now = opts.now ?? new Date();
  const madeOn = localDate(now, head.clinic.timeZone);
  const latest = await latestForPatient(actor.clinicId, head.patientId);
  const key = cacheKey(madeOn, options, latest.checks[SPECIALIST_CHECK] === true, await picturesStamp(actor.clinicId));
  const hit = await db.handoutCache.findUnique({
    where: { planId_planVersion_optionsKey: { planId: head.id, planVersion: head.version, optionsKey: key } },
    select: { bytes: true, fileName: true },
  });
  const detail = { ...options, planVersion: head.version, cached: Boolean(hit) };
  if (hit) {
    await audit(actor, { action: "handout.export", outcome: "SUCCESS", entityType: "RehabPlan", entityId: head.id, patientId: head.patientId, detail });
    return { bytes: Buffer.from(hit.bytes), fileName: hit.fileName, cached: true };
  }

  const loaded = await loadHandout({ id: head.id }, options, now);
  if (!loaded) throw new AppError("NOT_FOUND", "We could not find that plan.");
  const { plan, vm } = loaded;
  let bytes: Buffer;
  try {
    bytes = await getHandoutPool().render(vm);
  } catch (err) {
    await audit(actor, {
      action: "handout.export",
      outcome: "ERROR",
      entityType: "RehabPlan",
      entityId: plan.id,
      patientId: plan.patientId,
      detail: { ...detail, reason: isHandoutRenderError(err) ? err.code : "error" },
    });
    // Every worker busy past the queue deadline (or the queue full): a 503 the page can answer
    // with "try again in a few seconds" (Retry-After), not a request that waits without end.
    if (isHandoutRenderError(err) && (err.code === "queue_timeout" || err.code === "queue_full")) throw new AppError("UNAVAILABLE", HANDOUT_BUSY_MESSAGE);
    if (isHandoutRenderError(err)) throw new AppError("UNAVAILABLE", "The handout could not be made just now. Try again in a moment.");
    throw err;
  }
  const name = fileName(plan.patient.familyName, plan.patient.givenName, madeOn, options);
  await db.$transaction([
    // Older versions, earlier days, and keys from before the day was part of the key.
    db.handoutCache.deleteMany({
      where: {
        planId: plan.id,
        OR: [{ planVersion: { lt: plan.version } }, { optionsKey: { lt: `${madeOn}:` } }, { NOT: { optionsKey: { contains: ":" } } }],
      },
    }),
    db.handoutCache.createMany({
      data: [{ clinicId: actor.clinicId, planId: plan.id, planVersion: plan.version, optionsKey: key, fileName: name, bytes: new Uint8Array(bytes) }],
      skipDuplicates: true,
    }),
  ]);
  await audit(actor, { action: "handout.export", outcome: "SUCCESS", entityType: "RehabPlan", entityId: plan.id, patientId: plan.patientId, detail });
  return { bytes, fileName: name, cached: false };
}

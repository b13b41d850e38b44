/**
 * A clinic's own exercise pictures (issue 10, point 1; decision 031): an admin replaces
 * Restride's line drawing of an exercise with an image of their own, for their clinic only.
 *
 * - Only PNG and JPEG (what browsers and the PDF renderer both read), recognised by their first
 *   bytes, not by the name or the type the browser claims; at most MAX_IMAGE_BYTES.
 * - Alt text in English and Spanish is required: the portal and the handout speak both.
 * - Every query carries the actor's clinic: another clinic's picture is "not found". Staff and
 *   the clinic's patients may view; only admins change. Changes and refusals are audited.
 */
import "server-only";
import { createHash } from "node:crypto";
import type { Locale } from "@/lib/domain/clinical/types";
import { loadExercises } from "@/lib/db/template-store";
import { assertAdmin, STAFF_ROLES, type Actor } from "@/lib/server/actor";
import { audit, auditRefusals } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";

export const MAX_IMAGE_BYTES = 2 * 1024 * 1024;
export const ALT_MAX = 300;
export type ImageType = "image/png" | "image/jpeg";

/** The image's real type from its signature, or null for anything else (GIF, WebP, SVG, text…). */
export function sniffImage(bytes: Uint8Array): ImageType | null {
  const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
  if (bytes.length > png.length && png.every((b, i) => bytes[i] === b)) return "image/png";
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "image/jpeg";
  return null;
}

/** What pages need to show a clinic's picture: its address (changes with the content) and alt text. */
export interface ExercisePicture {
  src: string;
  alt: Record<Locale, string>;
}

const KEY = /^[a-z0-9][a-z0-9-]{0,79}$/;
const NOT_FOUND = "We could not find that exercise picture.";

const srcOf = (key: string, sha: string) => `/api/exercises/${key}/image?v=${sha.slice(0, 16)}`;

/** The clinic's own pictures by exercise key (one query; no image bytes). */
export async function clinicPictures(clinicId: string): Promise<Map<string, ExercisePicture>> {
  const rows = await db.exerciseImage.findMany({ where: { clinicId }, select: { exerciseKey: true, sha256: true, altEn: true, altEs: true } });
  return new Map(rows.map((r) => [r.exerciseKey, { src: srcOf(r.exerciseKey, r.sha256), alt: { en: r.altEn, es: r.altEs } }]));
}

/** The bytes of one picture, for staff of the clinic and its patients; anyone else: not found. */
export async function getExerciseImage(actor: Actor, exerciseKey: string): Promise<{ bytes: Uint8Array; contentType: ImageType; sha256: string }> {
  const allowed = STAFF_ROLES.includes(actor.role) || (actor.role === "PATIENT" && actor.patientId !== null);
  const row =
    allowed && KEY.test(exerciseKey)
      ? await db.exerciseImage.findUnique({
          where: { clinicId_exerciseKey: { clinicId: actor.clinicId, exerciseKey } },
          select: { bytes: true, contentType: true, sha256: true },
        })
      : null;
  if (!row) {
    await audit(actor, {
      action: "exercise_image.read",
      outcome: allowed ? "NOT_FOUND" : "DENIED",
      entityType: "ExerciseImage",
      entityId: exerciseKey.slice(0, 64),
    });
    throw new AppError("NOT_FOUND", NOT_FOUND);
  }
  return { bytes: row.bytes, contentType: row.contentType as ImageType, sha256: row.sha256 };
}

export interface PictureUpload {
  bytes: Uint8Array;
  altEn: string;
  altEs: string;
}

/** Checks an upload; field errors keyed by the form's input names (file, altEn, altEs). */
export function uploadProblems(upload: PictureUpload): Record<string, string> {
  const problems: Record<string, string> = {};
  if (upload.bytes.length === 0) problems.file = "Choose a picture: a PNG or JPEG file.";
  else if (upload.bytes.length > MAX_IMAGE_BYTES)
    problems.file = "This picture is over 2 MB. Save it smaller (about 1200 pixels wide is plenty) and try again.";
  else if (!sniffImage(upload.bytes)) problems.file = "This file is not a PNG or JPEG picture.";
  for (const [field, value, language] of [
    ["altEn", upload.altEn, "English"],
    ["altEs", upload.altEs, "Spanish"],
  ] as const) {
    const text = value.trim();
    if (!text) problems[field] = `Say in ${language} what the picture shows, for patients who use a screen reader.`;
    else if (text.length > ALT_MAX) problems[field] = `Keep it under ${ALT_MAX} characters.`;
    else if (/\p{Cc}/u.test(text)) problems[field] = "Use plain text only.";
  }
  return problems;
}

/** A refusal of someone who is not an admin is recorded as DENIED (the answer is still "not found"). */
const adminRefusal = (actor: Actor) => (actor.role === "ADMIN" ? {} : { outcome: "DENIED" as const });

async function assertLibraryKey(actor: Actor, exerciseKey: string): Promise<void> {
  if (!KEY.test(exerciseKey)) throw new AppError("NOT_FOUND", "We could not find that exercise.");
  const library = await loadExercises(db, actor.clinicId);
  if (!library.some((e) => e.key === exerciseKey)) throw new AppError("NOT_FOUND", "We could not find that exercise.");
}

/** Sets (or replaces) the clinic's picture for an exercise of its library. Admins only. */
export async function saveExerciseImage(actor: Actor, exerciseKey: string, upload: PictureUpload): Promise<ExercisePicture> {
  return auditRefusals(
    actor,
    { action: "exercise_image.save", ...adminRefusal(actor), entityType: "ExerciseImage", entityId: exerciseKey.slice(0, 64) },
    async () => {
      assertAdmin(actor);
      await assertLibraryKey(actor, exerciseKey);
      const problems = uploadProblems(upload);
      if (Object.keys(problems).length) throw new AppError("VALIDATION", "Check the picture and its descriptions.", problems);
      const contentType = sniffImage(upload.bytes)!;
      const sha256 = createHash("sha256").update(upload.bytes).digest("hex");
      const data = {
        contentType,
        bytes: Buffer.from(upload.bytes),
        byteSize: upload.bytes.length,
        sha256,
        altEn: upload.altEn.trim(),
        altEs: upload.altEs.trim(),
        createdById: actor.userId,
        updatedAt: new Date(),
      };
      await db.$transaction(async (tx) => {
        await tx.exerciseImage.upsert({
          where: { clinicId_exerciseKey: { clinicId: actor.clinicId, exerciseKey } },
          create: { clinicId: actor.clinicId, exerciseKey, ...data },
          update: data,
        });
        await audit(
          actor,
          {
            action: "exercise_image.save",
            outcome: "SUCCESS",
            entityType: "ExerciseImage",
            entityId: exerciseKey,
            detail: { contentType, bytes: data.byteSize },
          },
          tx,
        );
      });
      return { src: srcOf(exerciseKey, sha256), alt: { en: data.altEn, es: data.altEs } };
    },
  );
}

/** Goes back to Restride's drawing for this exercise. Admins only. */
export async function removeExerciseImage(actor: Actor, exerciseKey: string): Promise<void> {
  return auditRefusals(
    actor,
    { action: "exercise_image.remove", ...adminRefusal(actor), entityType: "ExerciseImage", entityId: exerciseKey.slice(0, 64) },
    async () => {
      assertAdmin(actor);
      if (!KEY.test(exerciseKey)) throw new AppError("NOT_FOUND", NOT_FOUND);
      await db.$transaction(async (tx) => {
        const { count } = await tx.exerciseImage.deleteMany({ where: { clinicId: actor.clinicId, exerciseKey } });
        if (count === 0) throw new AppError("NOT_FOUND", NOT_FOUND);
        await audit(actor, { action: "exercise_image.remove", outcome: "SUCCESS", entityType: "ExerciseImage", entityId: exerciseKey }, tx);
      });
    },
  );
}

/** The admin's list: every exercise of the clinic's library, with its own picture if it has one. */
export async function listExercisePictures(actor: Actor): Promise<{ key: string; name: string; picture: ExercisePicture | null }[]> {
  return auditRefusals(actor, { action: "exercise_image.list", ...adminRefusal(actor), entityType: "ExerciseImage" }, async () => {
    assertAdmin(actor);
    const [library, pictures] = await Promise.all([loadExercises(db, actor.clinicId), clinicPictures(actor.clinicId)]);
    return library.map((e) => ({ key: e.key, name: e.name, picture: pictures.get(e.key) ?? null })).sort((a, b) => a.name.localeCompare(b.name));
  });
}

/**
 * For the handout: the clinic's pictures as data URIs (the PDF embeds them), and a stamp that
 * changes whenever one is added, replaced or removed (part of the handout cache key).
 */
export async function handoutPictures(clinicId: string): Promise<Record<string, { src: string; alt: Record<Locale, string> }>> {
  const rows = await db.exerciseImage.findMany({
    where: { clinicId },
    select: { exerciseKey: true, contentType: true, bytes: true, altEn: true, altEs: true },
  });
  return Object.fromEntries(
    rows.map((r) => [r.exerciseKey, { src: `data:${r.contentType};base64,${Buffer.from(r.bytes).toString("base64")}`, alt: { en: r.altEn, es: r.altEs } }]),
  );
}

/** A short stamp of the clinic's pictures (their keys and hashes); "" when it has none. */
export async function picturesStamp(clinicId: string): Promise<string> {
  const rows = await db.exerciseImage.findMany({ where: { clinicId }, select: { exerciseKey: true, sha256: true }, orderBy: { exerciseKey: "asc" } });
  if (!rows.length) return "";
  return createHash("sha256")
    .update(rows.map((r) => `${r.exerciseKey}:${r.sha256}`).join("\n"))
    .digest("hex")
    .slice(0, 12);
}

import { NextResponse } from "next/server";
import { AppError } from "@/lib/server/errors";
import { getExerciseImage, MAX_IMAGE_BYTES, removeExerciseImage, saveExerciseImage } from "@/lib/server/exercise-images";
import { jsonError, withActor } from "@/lib/server/route";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Ctx = { params: Promise<{ exerciseKey: string }> };

/** GET /api/exercises/:exerciseKey/image → the clinic's own picture (staff and the clinic's patients). */
export const GET = withActor<Ctx>(async (actor, req, ctx) => {
  const { exerciseKey } = await ctx.params;
  const image = await getExerciseImage(actor, exerciseKey);
  const etag = `"${image.sha256.slice(0, 32)}"`;
  const headers = { ETag: etag, "Cache-Control": "private, max-age=86400", "X-Content-Type-Options": "nosniff" };
  if (req.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(Buffer.from(image.bytes), { status: 200, headers: { ...headers, "Content-Type": image.contentType } });
});

/** Room for the form's text fields and multipart framing beside the largest picture. */
const MAX_BODY = MAX_IMAGE_BYTES + 64 * 1024;

function tooLarge() {
  return NextResponse.json(
    { error: { code: "TOO_LARGE", message: "This picture is over 2 MB.", fields: { file: "This picture is over 2 MB. Save it smaller and try again." } } },
    { status: 413, headers: { "Cache-Control": "no-store" } },
  );
}

/** POST (multipart: file, altEn, altEs) → sets the clinic's picture. Admins only. */
export const POST = withActor<Ctx>(async (actor, req, ctx) => {
  const { exerciseKey } = await ctx.params;
  // Too large is 413 whether the request says so up front or the file turns out so.
  if (Number(req.headers.get("content-length") ?? "0") > MAX_BODY) return tooLarge();
  let form: FormData;
  try {
    form = await req.formData();
  } catch {
    return jsonError(new AppError("VALIDATION", "Send the picture as a form upload (multipart/form-data)."));
  }
  const file = form.get("file");
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : "";
  };
  if (file instanceof Blob && file.size > MAX_IMAGE_BYTES) return tooLarge();
  const bytes = file instanceof Blob ? new Uint8Array(await file.arrayBuffer()) : new Uint8Array();
  const picture = await saveExerciseImage(actor, exerciseKey, { bytes, altEn: text("altEn"), altEs: text("altEs") });
  return NextResponse.json({ picture }, { status: 200, headers: { "Cache-Control": "no-store" } });
});

/** DELETE → back to Restride's drawing. Admins only. */
export const DELETE = withActor<Ctx>(async (actor, _req, ctx) => {
  const { exerciseKey } = await ctx.params;
  await removeExerciseImage(actor, exerciseKey);
  return new Response(null, { status: 204, headers: { "Cache-Control": "no-store" } });
});

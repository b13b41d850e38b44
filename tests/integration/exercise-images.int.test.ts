// A clinic's own exercise pictures (issue 10, point 1; decision 031) against real PostgreSQL and
// through the route: type and size checked, alt text in both languages, clinic-scoped, audited.
// Only the session is stood in for (next-auth needs a request).
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { clinicPictures, MAX_IMAGE_BYTES } from "@/lib/server/exercise-images";
import { makeClinic, makePatient, makeUser } from "../support/factories";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock(import("@/lib/server/auth"), async (importOriginal) => ({ ...(await importOriginal()), getActor: async () => session.actor }));
const route = await import("@/app/api/exercises/[exerciseKey]/image/route");

beforeEach(() => {
  session.actor = null;
});

/** A 1 × 1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64");
const KEY = "seated-soleus-raise";
const ctx = (key = KEY) => ({ params: Promise.resolve({ exerciseKey: key }) });
const url = (key = KEY) => `http://localhost:3000/api/exercises/${key}/image`;

function upload(
  bytes: Uint8Array,
  alt: { en?: string; es?: string } = { en: "A person sits and lifts both heels", es: "Una persona sentada sube los talones" },
  key = KEY,
) {
  const form = new FormData();
  form.set("file", new Blob([Buffer.from(bytes)], { type: "image/png" }), "picture.png");
  form.set("altEn", alt.en ?? "");
  form.set("altEs", alt.es ?? "");
  return route.POST(new Request(url(key), { method: "POST", body: form }), ctx(key));
}

describe("a clinic's own exercise picture", () => {
  it("an admin uploads a PNG; staff and the clinic's patients see it; another clinic finds nothing", async () => {
    const a = await makeClinic();
    const b = await makeClinic();
    session.actor = a.admin;
    const saved = await upload(PNG);
    expect(saved.status).toBe(200);
    const { picture } = (await saved.json()) as { picture: { src: string; alt: { en: string; es: string } } };
    expect(picture.src).toMatch(new RegExp(`^/api/exercises/${KEY}/image\\?v=[0-9a-f]{16}$`));
    expect((await clinicPictures(a.clinic.id)).get(KEY)).toEqual(picture);

    const patient = await makePatient(a.clinic.id, a.therapist.userId);
    for (const who of [a.therapist, (await makeUser(a.clinic.id, "PATIENT", { patientId: patient.id })).actor]) {
      session.actor = who;
      const res = await route.GET(new Request(url()), ctx());
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("image/png");
      expect(Buffer.from(await res.arrayBuffer()).equals(PNG)).toBe(true);
    }
    session.actor = b.admin;
    expect((await route.GET(new Request(url()), ctx())).status).toBe(404);
    expect(await clinicPictures(b.clinic.id)).toEqual(new Map());

    session.actor = a.admin;
    expect((await route.DELETE(new Request(url(), { method: "DELETE" }), ctx())).status).toBe(204);
    expect((await clinicPictures(a.clinic.id)).size).toBe(0);
    const rows = await db.auditEvent.findMany({ where: { clinicId: a.clinic.id, action: { startsWith: "exercise_image." } }, orderBy: { id: "asc" } });
    expect(rows.map((r) => [r.action, r.outcome])).toEqual([
      ["exercise_image.save", "SUCCESS"],
      ["exercise_image.remove", "SUCCESS"],
    ]);
  });

  it("refuses what is not a PNG or JPEG, a picture over 2 MB, and missing alt text, beside the fields", async () => {
    const a = await makeClinic();
    session.actor = a.admin;
    const svg = await upload(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'));
    expect(svg.status).toBe(422);
    expect(await svg.json()).toMatchObject({ error: { code: "VALIDATION", fields: { file: "This file is not a PNG or JPEG picture." } } });

    const big = Buffer.concat([PNG, Buffer.alloc(MAX_IMAGE_BYTES)]);
    const tooBig = await upload(big);
    expect(tooBig.status).toBe(413);
    expect(await tooBig.json()).toMatchObject({ error: { fields: { file: expect.stringMatching(/over 2 MB/) } } });

    const noAlt = await upload(PNG, { en: "A person sits", es: "" });
    expect(noAlt.status).toBe(422);
    expect(await noAlt.json()).toMatchObject({ error: { fields: { altEs: expect.stringMatching(/in Spanish/) } } });
    expect(await db.exerciseImage.count({ where: { clinicId: a.clinic.id } })).toBe(0);
  });

  it("only admins change pictures, only for exercises of the clinic's library; refusals are audited", async () => {
    const a = await makeClinic();
    session.actor = a.therapist;
    expect((await upload(PNG)).status).toBe(404);
    session.actor = a.admin;
    expect((await upload(PNG, undefined, "no-such-exercise")).status).toBe(404);
    expect((await upload(PNG, undefined, "../../etc")).status).toBe(404);
    const rows = await db.auditEvent.findMany({ where: { clinicId: a.clinic.id, action: "exercise_image.save" }, orderBy: { id: "asc" } });
    expect(rows.map((r) => r.outcome)).toEqual(["DENIED", "NOT_FOUND", "NOT_FOUND"]);
  });
});

// The handout route under load: past the render queue's deadline it answers 503 with
// Retry-After and a message the download shows, instead of waiting without end. Issue 12.
import { afterAll, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { closeHandoutPool, getHandoutPool } from "@/lib/pdf/pool";
import { HANDOUT_BUSY_MESSAGE } from "@/lib/server/handouts";
import { createPlan } from "@/lib/server/plans";
import { makeEpisode, sharedTemplateId } from "../support/clinical";
import { makeClinic } from "../support/factories";

const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock(import("@/lib/server/auth"), async (importOriginal) => ({ ...(await importOriginal()), getActor: async () => session.actor }));
const { GET } = await import("@/app/api/plans/[planId]/handout/route");

afterAll(async () => closeHandoutPool());

it("answers 503 + Retry-After with 'being prepared' when no render worker is free in time", async () => {
  // This file's app pool: one worker, and a queue deadline no second request can meet.
  await getHandoutPool({ size: 1, queueTimeoutMs: 1 }).warm();
  const c = await makeClinic();
  session.actor = c.therapist;
  const templateId = await sharedTemplateId();
  const plans = await Promise.all(
    [0, 1, 2].map(async () => {
      const { episodeId } = await makeEpisode(c.therapist);
      return (await createPlan(c.therapist, episodeId, { templateId, startDate: "2026-11-02" })).id;
    }),
  );
  const responses = await Promise.all(
    plans.map((planId) => GET(new Request(`http://localhost/api/plans/${planId}/handout?all=1`), { params: Promise.resolve({ planId }) })),
  );
  const statuses = responses.map((r) => r.status);
  expect(statuses).toContain(200);
  expect(statuses).toContain(503);
  const busy = responses.find((r) => r.status === 503)!;
  expect(busy.headers.get("retry-after")).toBe("5");
  expect(await busy.json()).toEqual({ error: { code: "UNAVAILABLE", message: HANDOUT_BUSY_MESSAGE } });
});

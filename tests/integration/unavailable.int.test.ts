// Unavailable is a state, not a crash: with the database unreachable or every connection busy,
// server actions answer a typed UNAVAILABLE result (the form keeps its input), route handlers a
// 503 with Retry-After, and the log says one line when the database goes and one when it is
// back. Issue 12, decision 020.
import { afterEach, beforeEach, expect, it, vi, type MockInstance } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { db } from "@/lib/server/db";
import { BUSY_MESSAGE, UNREACHABLE_MESSAGE } from "@/lib/server/error-map";
import { makeClinic, makePatient } from "../support/factories";
import { freePort } from "../../scripts/test-db";

// The session is read from the database as the real getActor does, so it fails like it would.
const session = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock(import("@/lib/server/auth"), async (importOriginal) => {
  const { db } = await import("@/lib/server/db");
  return {
    ...(await importOriginal()),
    getActor: async () => {
      await db.$queryRaw`SELECT 1`;
      return session.actor;
    },
  };
});
vi.mock(import("next/cache"), async (importOriginal) => ({ ...(await importOriginal()), revalidatePath: () => {} }));

const { updatePatientAction } = await import("@/app/(app)/patients/actions");
const handoutRoute = await import("@/app/api/plans/[planId]/handout/route");

const g = globalThis as { restrideDb?: { $disconnect: () => Promise<void> }; restridePool?: unknown };
const realEnv = { ...process.env };

/** A fresh app client for the environment as it is now (the next query opens the pool). */
async function reconnect(env: Record<string, string>) {
  await g.restrideDb?.$disconnect().catch(() => {});
  delete g.restrideDb;
  delete g.restridePool;
  Object.assign(process.env, env);
}

let warn: MockInstance<typeof console.warn>;
beforeEach(() => {
  warn = vi.spyOn(console, "warn").mockImplementation(() => {});
});
afterEach(async () => {
  warn.mockRestore();
  await reconnect({ DATABASE_URL: realEnv.DATABASE_URL! });
  for (const k of ["DATABASE_POOL_MAX", "DATABASE_CONNECT_TIMEOUT_MS", "DATABASE_SHED_QUEUE", "DATABASE_SHED_STALL_MS"]) {
    if (realEnv[k] === undefined) delete process.env[k];
    else process.env[k] = realEnv[k];
  }
});

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

const warned = (pattern: RegExp) => warn.mock.calls.filter((c) => pattern.test(String(c[0]))).length;

it("with the database unreachable: actions answer UNAVAILABLE, routes 503 + Retry-After, one log line each way", async () => {
  const a = await makeClinic();
  const patient = await makePatient(a.clinic.id, a.therapist.userId);
  session.actor = a.therapist;
  const fields = form({ givenName: "Zoë", familyName: "Changed", dateOfBirth: "1988-04-12", sex: "FEMALE", therapistId: a.therapist.userId, version: "1" });

  await reconnect({ DATABASE_URL: `postgresql://nobody:nothing@127.0.0.1:${await freePort()}/restride` });
  for (let i = 0; i < 5; i++) {
    const t0 = Date.now();
    const result = await updatePatientAction(patient.id, fields);
    expect(result).toEqual({ ok: false, code: "UNAVAILABLE", message: UNREACHABLE_MESSAGE });
    expect(Date.now() - t0).toBeLessThan(5_000);
  }
  const res = await handoutRoute.GET(new Request(`http://localhost/api/plans/${patient.id}/handout`), {
    params: Promise.resolve({ planId: patient.id }),
  });
  expect(res.status).toBe(503);
  expect(res.headers.get("retry-after")).toBe("5");
  expect(await res.json()).toEqual({ error: { code: "UNAVAILABLE", message: UNREACHABLE_MESSAGE } });
  expect(warned(/database is unreachable/)).toBe(1);
  expect(warned(/reachable again/)).toBe(0);

  await reconnect({ DATABASE_URL: realEnv.DATABASE_URL! });
  const saved = await updatePatientAction(patient.id, fields);
  expect(saved.ok).toBe(true);
  expect(warned(/database is unreachable/)).toBe(1);
  expect(warned(/reachable again after \d+\.\d s/)).toBe(1);
});

it("with every connection busy: an action answers UNAVAILABLE (busy) after the pool wait, not a 500", async () => {
  const a = await makeClinic();
  const patient = await makePatient(a.clinic.id, a.therapist.userId);
  session.actor = a.therapist;
  await reconnect({ DATABASE_URL: realEnv.DATABASE_URL!, DATABASE_POOL_MAX: "1", DATABASE_CONNECT_TIMEOUT_MS: "300" });
  const busy = db.$transaction(async (tx) => tx.$executeRaw`SELECT pg_sleep(1.5)`, { timeout: 10_000 });
  await new Promise((r) => setTimeout(r, 200));
  const t0 = Date.now();
  const result = await updatePatientAction(patient.id, form({ givenName: "Zoë" }));
  expect(result).toEqual({ ok: false, code: "UNAVAILABLE", message: BUSY_MESSAGE });
  expect(Date.now() - t0).toBeLessThan(1_200);
  await busy;
  expect(warned(/pool is saturated/)).toBeLessThanOrEqual(1);
});

it("sheds load when the pool is stuck: a request waits while no connection comes free, so a new one is turned away at once", async () => {
  const { shedIfOverloaded } = await import("@/lib/server/db");
  await reconnect({ DATABASE_URL: realEnv.DATABASE_URL!, DATABASE_POOL_MAX: "1", DATABASE_CONNECT_TIMEOUT_MS: "3000", DATABASE_SHED_STALL_MS: "300" });
  const holding = db.$transaction(async (tx) => tx.$executeRaw`SELECT pg_sleep(1)`, { timeout: 10_000 });
  await new Promise((r) => setTimeout(r, 100));
  expect(() => shedIfOverloaded()).not.toThrow(); // nobody waiting yet
  const waiting = db.clinic.count().then((n) => n); // a PrismaPromise runs once awaited: queue it now
  await new Promise((r) => setTimeout(r, 50));
  expect(() => shedIfOverloaded()).not.toThrow(); // waiting, but not for long
  await new Promise((r) => setTimeout(r, 400));
  const t0 = Date.now();
  expect(() => shedIfOverloaded()).toThrow(BUSY_MESSAGE);
  expect(Date.now() - t0).toBeLessThan(50);
  await Promise.all([holding, waiting]); // the queued request still runs once the connection is free
  expect(() => shedIfOverloaded()).not.toThrow();
});

it("a long queue that moves is served: 40 reads on 2 connections all answer, none is shed", async () => {
  const { shedIfOverloaded } = await import("@/lib/server/db");
  await reconnect({ DATABASE_URL: realEnv.DATABASE_URL!, DATABASE_POOL_MAX: "2" });
  let shed = 0;
  // Each asks a few milliseconds after the one before, while the earlier ones still queue.
  const reads = Array.from({ length: 40 }, async (_, i) => {
    await new Promise((r) => setTimeout(r, i * 5));
    try {
      shedIfOverloaded();
    } catch {
      shed++;
      return null;
    }
    return db.$queryRaw<{ n: number }[]>`SELECT 1 AS n FROM pg_sleep(0.02)`;
  });
  const answers = await Promise.all(reads);
  expect(shed).toBe(0);
  expect(answers.every((a) => a?.[0]?.n === 1)).toBe(true);
});

it("pages during an outage: the proxy answers 503 + Retry-After (Spanish if preferred) until the database answers again", async () => {
  const { proxy } = await import("@/proxy");
  const { NextRequest } = await import("next/server");
  const page = (method = "GET") =>
    proxy(new NextRequest("http://localhost:3000/patients", { method, headers: { "accept-language": "es-MX,es;q=0.9", accept: "text/html" } }));
  const a = await makeClinic();
  session.actor = a.therapist;

  // Before any failure the proxy does not ask the database: a signed-out visitor is redirected.
  expect((await page()).status).toBe(307);

  await reconnect({ DATABASE_URL: `postgresql://nobody:nothing@127.0.0.1:${await freePort()}/restride` });
  expect(await updatePatientAction(a.therapist.userId, form({ givenName: "x" }))).toMatchObject({ code: "UNAVAILABLE" });
  const down = await page();
  expect(down.status).toBe(503);
  expect(down.headers.get("retry-after")).toBe("5");
  const html = await down.text();
  expect(html).toContain('lang="es"');
  expect(html).toContain("No se perdió nada de lo que escribió.");
  // A server action (POST) still runs, so its form gets UNAVAILABLE and keeps what was typed.
  expect((await page("POST")).status).not.toBe(503);
  const api = await proxy(new NextRequest("http://localhost:3000/api/plans/x/handout"));
  expect(api.status).toBe(503);
  expect(await api.json()).toMatchObject({ error: { code: "UNAVAILABLE" } });

  await reconnect({ DATABASE_URL: realEnv.DATABASE_URL! });
  await new Promise((r) => setTimeout(r, 1_100)); // the proxy asks the database at most once a second
  expect((await page()).status).toBe(307);
  expect(warned(/reachable again/)).toBe(1);
});

import pg from "pg";
import { poolWaitsOf } from "@/lib/db/pool-waits";
import { RETRY_AFTER_SECONDS } from "@/lib/server/errors";
import { dbOutage } from "@/lib/server/log";

// Pages during a database outage (issue 12, decision 020): Next's error boundaries cannot set a
// status, so the proxy answers page requests itself with 503 + Retry-After while the database is
// known to be down, instead of rendering a page that would fail. It does not guess: the outage
// flag is set where a query finds the server unreachable (lib/server/db.ts) or the pool loses
// its connections (PostgreSQL shutting down), and a probe of its own, at most once a second,
// clears it as soon as the server answers again.

const PROBE_TIMEOUT_MS = 1_500;
const PROBE_INTERVAL_MS = 1_000;

/**
 * Opens a connection of its own (not from the app's pool, which may be saturated) and runs
 * SELECT 1. Resolves to the error's code when the database does not answer, or null when it does
 * (and then ends the outage).
 */
export async function probeDatabase(timeoutMs = PROBE_TIMEOUT_MS): Promise<{ ok: true } | { ok: false; code: string | null }> {
  const client = new pg.Client({
    connectionString: process.env.DATABASE_URL,
    connectionTimeoutMillis: timeoutMs,
    statement_timeout: timeoutMs,
    application_name: "restride-probe",
  });
  client.on("error", () => {}); // a server going away mid-check is answered below, not thrown
  try {
    await client.connect();
    await client.query("SELECT 1");
    dbOutage.up();
    return { ok: true };
  } catch (err) {
    return { ok: false, code: (err as { code?: string })?.code ?? null };
  } finally {
    await client.end().catch(() => {});
  }
}

const state = globalThis as unknown as { restrideProbe?: { at: number; pending: Promise<boolean> | null; last: boolean } };
const probe = (state.restrideProbe ??= { at: 0, pending: null, last: true });

/** Whether the database answers, asking it at most once a second however many requests wait. */
async function databaseAnswers(): Promise<boolean> {
  if (probe.pending) return probe.pending;
  if (Date.now() - probe.at < PROBE_INTERVAL_MS) return probe.last;
  probe.pending = probeDatabase().then((r) => {
    probe.at = Date.now();
    probe.last = r.ok;
    probe.pending = null;
    return r.ok;
  });
  return probe.pending;
}

const PAGE = {
  en: {
    lang: "en",
    title: "Restride can't reach its database",
    body: "Nothing you typed is lost. This page will try again by itself in a few seconds, or you can try now.",
    retry: "Try again",
    busyTitle: "Restride is very busy right now",
  },
  es: {
    lang: "es",
    title: "Restride no puede conectarse con su base de datos",
    body: "No se perdió nada de lo que escribió. Esta página volverá a intentarlo sola en unos segundos, o puede intentarlo ahora.",
    retry: "Intentar de nuevo",
    busyTitle: "Restride está muy ocupado en este momento",
  },
} as const;

const escape = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The outage page, in Spanish when the browser prefers it (there is no database to ask). */
export function unavailableHtml(acceptLanguage: string | null, reason: "down" | "busy" = "down"): string {
  const page = /^\s*es\b/i.test(acceptLanguage ?? "") ? PAGE.es : PAGE.en;
  const t = { ...page, title: reason === "busy" ? page.busyTitle : page.title };
  return `<!doctype html>
<html lang="${t.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS * 2}"><title>${escape(t.title)}</title>
<style>body{font-family:system-ui,sans-serif;font-size:1.125rem;line-height:1.6;color:#0f172a;max-width:36rem;margin:4rem auto;padding:0 1rem;text-align:center}
a{display:inline-block;margin-top:1.5rem;background:#1d4ed8;color:#fff;padding:.75rem 1.25rem;border-radius:.375rem;text-decoration:none}
a:focus-visible{outline:3px solid #0f172a;outline-offset:2px}</style></head>
<body><main><h1>${escape(t.title)}</h1><p>${escape(t.body)}</p><a href="">${escape(t.retry)}</a></main></body></html>`;
}

/** Why a new request should be turned away now (load shedding), or null to let it in. */
export type Overload = { reason: "stalled" | "slow" | "queue"; detail: string };

const envMs = (name: string, fallback: number): number => {
  const raw = process.env[name];
  const n = raw === undefined || raw === "" ? fallback : Number(raw);
  return Number.isFinite(n) && n > 0 ? n : 0;
};

/**
 * Admission rule (decision 038): whether the app's pool is overloaded, not merely busy. The pool
 * is read from globalThis, where lib/server/db.ts keeps it, so the proxy need not load Prisma;
 * lib/db/pool-waits.ts times its waiters. A new request is turned away when
 * - the pool is stalled: someone has waited DATABASE_SHED_STALL_MS (default 1 s) and no
 *   connection was handed out in that time either (a stuck database: nothing finishes), or
 * - the oldest waiter has waited DATABASE_SHED_WAIT_MS (default half the connect timeout,
 *   2.5 s): a newcomer queues behind it and would likely time out as a 500, or
 * - DATABASE_SHED_QUEUE is set and that many statements wait (off by default: fifty requests
 *   with a few parallel statements each queue hundreds on a server that keeps up).
 * A long queue that moves is load the pool is serving; 0 turns a rule off.
 */
export function poolOverload(now = Date.now()): Overload | null {
  const pool = (globalThis as { restridePool?: pg.Pool }).restridePool;
  if (!pool) return null;
  const queueLimit = envMs("DATABASE_SHED_QUEUE", 0);
  if (queueLimit && pool.waitingCount >= queueLimit) return { reason: "queue", detail: `${pool.waitingCount} requests waiting for a connection` };
  const waits = poolWaitsOf(pool);
  if (!waits) return null;
  const oldest = waits.oldestWaitMs(now);
  if (!oldest) return null;
  const stall = envMs("DATABASE_SHED_STALL_MS", 1_000);
  if (stall && oldest >= stall && waits.sinceGrantMs(now) >= stall) {
    return { reason: "stalled", detail: `no connection freed for ${waits.sinceGrantMs(now)} ms, ${waits.waiting()} waiting` };
  }
  const slow = envMs("DATABASE_SHED_WAIT_MS", (pool.options.connectionTimeoutMillis || 5_000) / 2);
  if (slow && oldest >= slow) return { reason: "slow", detail: `the oldest of ${waits.waiting()} requests has waited ${oldest} ms for a connection` };
  return null;
}

function busyAnswer(req: { headers: Headers; nextUrl: { pathname: string } }): Response {
  const headers = { "Retry-After": "2", "Cache-Control": "no-store" };
  if (req.nextUrl.pathname.startsWith("/api/")) {
    return Response.json({ error: { code: "UNAVAILABLE", message: "Restride is very busy. Try again in a moment." } }, { status: 503, headers });
  }
  return new Response(unavailableHtml(req.headers.get("accept-language"), "busy"), {
    status: 503,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
  });
}

/**
 * For the proxy: a 503 answer while the database is down, or null to go on. Only reads are
 * answered here: a server action (a POST) still runs, so its form gets the UNAVAILABLE result and
 * keeps what was typed.
 */
export async function answerIfUnavailable(req: { method: string; headers: Headers; nextUrl: { pathname: string } }): Promise<Response | null> {
  if (req.method !== "GET" && req.method !== "HEAD") return null;
  // The pool is overloaded (poolOverload): turn a page read away now with a 503 it can retry,
  // rather than let it fail inside the render as a 500.
  if (poolOverload()) return busyAnswer(req);
  if (!dbOutage.isDown) return null;
  if (await databaseAnswers()) return null;
  const headers = { "Retry-After": String(RETRY_AFTER_SECONDS), "Cache-Control": "no-store" };
  if (req.nextUrl.pathname.startsWith("/api/")) {
    return Response.json({ error: { code: "UNAVAILABLE", message: "Restride can't reach its database. Try again in a moment." } }, { status: 503, headers });
  }
  return new Response(unavailableHtml(req.headers.get("accept-language")), {
    status: 503,
    headers: { ...headers, "Content-Type": "text/html; charset=utf-8" },
  });
}

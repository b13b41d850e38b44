import pg from "pg";
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

/**
 * Whether too many requests already wait for a database connection (load shedding): the app's
 * pool is read from globalThis, where lib/server/db.ts keeps it, so the proxy need not load
 * Prisma. DATABASE_SHED_QUEUE, default ten times the pool size; 0 turns it off.
 */
export function poolQueueFull(): boolean {
  const pool = (globalThis as { restridePool?: pg.Pool }).restridePool;
  if (!pool) return false;
  const raw = process.env.DATABASE_SHED_QUEUE;
  const limit = raw === undefined || raw === "" ? 10 * (pool.options.max ?? 10) : Number(raw);
  return Number.isFinite(limit) && limit > 0 && pool.waitingCount >= limit;
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
  // Too many requests already wait for a connection (lib/server/db.ts): turn a page read away
  // now with a 503 it can retry, rather than let it fail inside the render as a 500.
  if (poolQueueFull()) return busyAnswer(req);
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

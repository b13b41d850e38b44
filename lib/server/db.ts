import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import type pg from "pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPool } from "@/lib/db/pool";
import { trackPoolWaits } from "@/lib/db/pool-waits";
import { dbFailureError, dbFailureOf } from "@/lib/server/error-map";
import { dbOutage } from "@/lib/server/log";
import { poolOverload } from "@/lib/server/unavailable";

// One PrismaClient (and one pg pool) per process. Dev hot reload re-evaluates modules, so the
// instance lives on globalThis. It is created on first use, so `next build` (which loads route
// modules) needs no database.
const globalForDb = globalThis as unknown as { restrideDb?: PrismaClient; restrideDbRaw?: PrismaClient; restridePool?: pg.Pool };

/**
 * A database failure the user cannot fix (server unreachable, pool exhausted, row locked)
 * becomes an AppError here (UNAVAILABLE or CONFLICT, lib/server/error-map.ts): server actions
 * and route handlers answer it as such, and a page that throws it shows the "try again in a
 * moment" boundary (its digest, app/error.tsx) instead of a raw Prisma error.
 */
function rethrow(err: unknown): never {
  const failure = dbFailureOf(err);
  if (!failure) throw err;
  if (failure === "unreachable") dbOutage.down();
  if (failure === "busy") {
    const s = poolStats();
    dbOutage.busy(s ? `${s.total} of ${s.max} connections in use, ${s.waiting} waiting` : "no pool yet");
  }
  throw dbFailureError(failure);
}

/**
 * Load shedding, called once per request where it starts (the action and route wrappers, before
 * the session check): while the pool is overloaded (poolOverload in lib/server/unavailable.ts:
 * its queue has stopped moving, or its oldest waiter is close to the connect timeout), a new
 * request is answered "busy" (503, Retry-After) at once instead of joining a queue it would
 * likely time out in. Requests already running (a transaction half done) are never cut.
 */
export function shedIfOverloaded(): void {
  const overload = poolOverload();
  if (!overload) return;
  dbOutage.busy(`${overload.detail}; new requests are turned away`);
  throw dbFailureError("busy");
}

function client(): PrismaClient {
  if (globalForDb.restrideDb) return globalForDb.restrideDb;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database)");
  const pool = createPool(url);
  trackPoolWaits(pool); // how long requests wait for a connection: load shedding reads it
  // A connection that opens means the database is back (one log line ends the outage).
  pool.on("connect", () => dbOutage.up());
  // Idle connections closed by the server (PostgreSQL stopping) start the outage before any
  // request fails, so the proxy answers the next page with 503 instead of rendering it.
  pool.on("error", (err) => {
    if (dbFailureOf(err) === "unreachable") dbOutage.down();
  });
  globalForDb.restridePool = pool;
  const raw = new PrismaClient({ adapter: new PrismaPg(pool) });
  globalForDb.restrideDbRaw = raw;
  const extended = raw.$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return (await query(args)) as unknown;
        } catch (err) {
          rethrow(err);
        }
      },
    },
  });
  // The extension's type adds nothing the rest of the code uses.
  globalForDb.restrideDb = extended as unknown as PrismaClient;
  return globalForDb.restrideDb;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    if (prop === "$disconnect") return () => globalForDb.restrideDbRaw!.$disconnect();
    const value = Reflect.get(c, prop, c) as unknown;
    if (typeof value !== "function") return value;
    const fn = (value as (...a: unknown[]) => unknown).bind(c);
    // Starting an interactive transaction needs a connection first; that wait is not a query.
    if (prop === "$transaction") return (...a: unknown[]) => (fn(...a) as Promise<unknown>).catch(rethrow);
    return fn;
  },
});

/** The app pool's occupancy, for /api/health and load shedding. Null before the first query. */
export function poolStats(): { max: number; total: number; idle: number; waiting: number } | null {
  const pool = globalForDb.restridePool;
  if (!pool) return null;
  return { max: pool.options.max ?? 10, total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount };
}

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

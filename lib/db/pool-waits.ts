import type pg from "pg";

/**
 * How long requests wait for a connection of a pg pool (decision 038). pg counts its waiters
 * (`waitingCount`) but not how long they have waited, and the length of the queue says little:
 * under 50 connections each page's parallel statements queue up by the hundred on a server that
 * is merely busy. The age of the oldest waiter and the time since the pool last handed out a
 * connection tell a busy pool (the queue moves) from a stuck one (it does not).
 */
export interface PoolWaits {
  /** Milliseconds the oldest request still waiting for a connection has waited (0: nobody waits). */
  oldestWaitMs(now?: number): number;
  /** Milliseconds since the pool last handed out a connection (or since tracking began). */
  sinceGrantMs(now?: number): number;
  /** Requests waiting for a connection now. */
  waiting(): number;
}

const tracked = new WeakMap<object, PoolWaits>();

type ConnectCallback = (err: Error | undefined, client: pg.PoolClient | undefined, release: (err?: Error | boolean) => void) => void;

/**
 * Wraps the pool's connect() (pg's own query() goes through it too, as does Prisma's adapter)
 * to note when each request began waiting and when it got its connection. Idempotent.
 */
export function trackPoolWaits(pool: pg.Pool): PoolWaits {
  const existing = tracked.get(pool);
  if (existing) return existing;
  // Insertion order is arrival order, so the first entry is always the oldest waiter.
  const pending = new Map<number, number>();
  let seq = 0;
  let lastGrant = Date.now();
  const original = pool.connect.bind(pool) as (cb?: ConnectCallback) => Promise<pg.PoolClient> | void;
  const settled = (id: number, granted: boolean) => {
    pending.delete(id);
    if (granted) lastGrant = Date.now();
  };
  const connect = (cb?: ConnectCallback) => {
    const id = ++seq;
    pending.set(id, Date.now());
    if (cb) {
      return original((err, client, release) => {
        settled(id, !err);
        cb(err, client, release);
      });
    }
    return (original() as Promise<pg.PoolClient>).then(
      (client) => {
        settled(id, true);
        return client;
      },
      (err: unknown) => {
        settled(id, false);
        throw err;
      },
    );
  };
  (pool as unknown as { connect: typeof connect }).connect = connect;
  const waits: PoolWaits = {
    oldestWaitMs(now = Date.now()) {
      const first = pending.values().next();
      return first.done ? 0 : Math.max(0, now - first.value);
    },
    sinceGrantMs(now = Date.now()) {
      return Math.max(0, now - lastGrant);
    },
    waiting: () => pending.size,
  };
  tracked.set(pool, waits);
  return waits;
}

/** The tracker of a pool, if trackPoolWaits wrapped it. */
export function poolWaitsOf(pool: object): PoolWaits | undefined {
  return tracked.get(pool);
}

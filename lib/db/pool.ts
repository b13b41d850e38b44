import pg from "pg";

/**
 * The pg pool settings every Restride process uses. pg's defaults wait forever for a
 * connection while the database is down, and crash the process when an idle client errors
 * (for example when PostgreSQL restarts). These settings fail fast and recover instead.
 */
export function createPool(connectionString: string, overrides: pg.PoolConfig = {}): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max: Number(process.env.DATABASE_POOL_MAX ?? 10),
    connectionTimeoutMillis: Number(process.env.DATABASE_CONNECT_TIMEOUT_MS ?? 5_000),
    idleTimeoutMillis: 30_000,
    // A statement may not outlive the wait for a connection (a request queued behind it would
    // give up first), and waiting for a row lock is a conflict after 2 s, not a hang that holds
    // the connection: see docs/decisions/020-fail-soft.md.
    statement_timeout: Number(process.env.DATABASE_STATEMENT_TIMEOUT_MS ?? 5_000),
    lock_timeout: Number(process.env.DATABASE_LOCK_TIMEOUT_MS ?? 2_000),
    application_name: "restride",
    ...overrides,
  });
  let lastWarning = 0;
  pool.on("error", (err) => {
    // An idle client lost its connection (PostgreSQL restarting or shutting down). The pool
    // drops it and opens a new one on demand. One line per burst; only the error code is
    // logged, since messages can quote data.
    if (Date.now() - lastWarning < 5_000) return;
    lastWarning = Date.now();
    const code = (err as { code?: string }).code ?? err.name;
    console.warn(`restride: the database closed idle connections (${code}); new ones open on the next request`);
  });
  return pool;
}

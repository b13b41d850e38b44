/**
 * Applies Prisma-layout migrations (prisma/migrations/<name>/migration.sql) over plain `pg`,
 * because Prisma 7's migrate engine cannot be downloaded here. It writes `_prisma_migrations`
 * exactly as `prisma migrate deploy` does, so the two agree wherever the engine is available.
 * See docs/decisions/002-migration-runner.md.
 */
import { createHash, randomUUID } from "node:crypto";
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

/** Prisma's own advisory-lock key: the runner and `prisma migrate` exclude each other. */
export const MIGRATION_LOCK_KEY = 72707369;

export const DEFAULT_MIGRATIONS_DIR = path.resolve(process.cwd(), "prisma", "migrations");

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export interface MigrateResult {
  applied: string[];
  alreadyApplied: number;
}

export class MigrationError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "MigrationError";
  }
}

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export function checksum(content: string | Buffer): string {
  return createHash("sha256").update(content).digest("hex");
}

export async function readMigrations(dir = DEFAULT_MIGRATIONS_DIR): Promise<MigrationFile[]> {
  const entries = await readdir(dir);
  const files: MigrationFile[] = [];
  for (const name of entries.sort()) {
    const file = path.join(dir, name, "migration.sql");
    if (!(await stat(path.join(dir, name))).isDirectory()) continue;
    const bytes = await readFile(file);
    files.push({ name, sql: bytes.toString("utf8"), checksum: checksum(bytes) });
  }
  return files;
}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Brings the database at `connectionString` up to date. Each migration runs in its own
 * transaction together with its `_prisma_migrations` row; an advisory lock makes concurrent
 * runners wait for each other, and the second one then finds nothing to do.
 */
export async function migrate(connectionString: string, opts: { dir?: string; log?: (line: string) => void } = {}): Promise<MigrateResult> {
  const log = opts.log ?? (() => {});
  const migrations = await readMigrations(opts.dir);
  return withMigrationLock(connectionString, async (client) => {
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at
           FROM "_prisma_migrations" ORDER BY started_at`,
    );
    const done = new Map<string, AppliedRow>();
    for (const row of rows) {
      if (row.rolled_back_at) continue;
      if (!row.finished_at) {
        throw new MigrationError(
          `Migration ${row.migration_name} started earlier but never finished. ` +
            `Inspect the database, then mark it rolled back (rolled_back_at) before retrying.`,
        );
      }
      done.set(row.migration_name, row);
    }
    for (const m of migrations) {
      const row = done.get(m.name);
      if (row && row.checksum !== m.checksum) {
        throw new MigrationError(
          `Migration ${m.name} was edited after it was applied (checksum ${row.checksum.slice(0, 12)}… ` +
            `in the database, ${m.checksum.slice(0, 12)}… on disk). Restore the file and put the change ` +
            `in a new migration.`,
        );
      }
    }
    const pending = migrations.filter((m) => !done.has(m.name));
    for (const m of pending) {
      const id = randomUUID();
      await client.query("BEGIN");
      try {
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, applied_steps_count)
             VALUES ($1, $2, $3, now(), 0)`,
          [id, m.checksum, m.name],
        );
        await client.query(m.sql);
        await client.query(`UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`, [id]);
        await client.query("COMMIT");
        log(`applied migration ${m.name}`);
      } catch (err) {
        await client.query("ROLLBACK").catch(() => {});
        const reason = err instanceof Error ? err.message : String(err);
        throw new MigrationError(`Migration ${m.name} failed and was rolled back: ${reason}`);
      }
    }
    return { applied: pending.map((m) => m.name), alreadyApplied: migrations.length - pending.length };
  });
}

/**
 * Runs `fn` while holding the migration advisory lock on a connection of its own (handed to
 * `fn`). The migration runner and the seed both take it, so instances starting together on one
 * database migrate and seed one after the other: the second finds everything in place.
 */
export async function withMigrationLock<T>(connectionString: string, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_KEY]);
    try {
      return await fn(client);
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_KEY]).catch(() => {});
    }
  } finally {
    await client.end().catch(() => {});
  }
}

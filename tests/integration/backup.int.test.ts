// npm run db:backup / db:restore: a round trip through an empty database keeps every row of
// every table (handout_cache is left out: rendered PDFs are made again). Issue 12, decision 020.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, expect, inject, it } from "vitest";
import { verifyAuditChain } from "@/lib/db/audit-verify";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { migrate } from "@/lib/db/migrate";
import { seed } from "@/lib/db/seed";
import { createThrowawayDatabase, dropDatabase } from "../../scripts/test-db";

const serverUrl = inject("serverUrl");
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

async function counts(url: string): Promise<Record<string, number>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = (await client.query<{ t: string }>(`SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1`)).rows.map((r) => r.t);
    const out: Record<string, number> = {};
    for (const t of tables) out[t] = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM "${t}"`)).rows[0]!.n);
    return out;
  } finally {
    await client.end();
  }
}

it("restores a backup into an empty database with the same rows in every table", async () => {
  const source = await createThrowawayDatabase(serverUrl, "restride_bk_src");
  const target = await createThrowawayDatabase(serverUrl, "restride_bk_dst");
  const dir = mkdtempSync(path.join(os.tmpdir(), "restride-backup-"));
  cleanups.push(
    () => dropDatabase(serverUrl, source),
    () => dropDatabase(serverUrl, target),
    () => rmSync(dir, { recursive: true, force: true }),
  );
  await migrate(source);
  await seed(source, { demo: true }); // the demo clinic: users, patients, plans, logs, alerts
  const writer = new pg.Client({ connectionString: source });
  await writer.connect();
  for (const action of ["patient.read", "plan.update", "handout.download"]) {
    await writer.query(`INSERT INTO audit_event (clinic_id, action, outcome) SELECT id, $1, 'SUCCESS' FROM clinic LIMIT 1`, [action]);
  }
  await writer.end();

  const file = path.join(dir, "restride.backup.gz");
  const written = await backupDatabase(source, file);
  expect(written.handout_cache).toBeUndefined();
  const restored = await restoreDatabase(target, file);
  expect(restored).toEqual(written);

  const before = await counts(source);
  const after = await counts(target);
  expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
  for (const table of Object.keys(before)) {
    if (table === "handout_cache") expect(after[table]).toBe(0);
    else expect({ table, rows: after[table] }).toEqual({ table, rows: before[table] });
  }
  expect(before.rehab_plan).toBeGreaterThan(0);
  // The audit log comes back exactly: its hash chains verify in the restored database (decision 026).
  expect(before.audit_event).toBeGreaterThan(0);
  expect((await verifyAuditChain(target)).problems).toEqual([]);
  // A restored database is a working one: restoring again into it is refused, not merged.
  await expect(restoreDatabase(target, file)).rejects.toThrow(/empty database/);
});

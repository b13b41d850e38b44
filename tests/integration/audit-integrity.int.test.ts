// The audit log nobody can rewrite (issue 11, point 5; decision 026): append-only by trigger, a
// hash chain per clinic that `npm run audit:verify` checks, and the client's address and user
// agent on rows written for a request.
import pg from "pg";
import { afterAll, describe, expect, inject, it, vi } from "vitest";
import { verifyAuditChain } from "@/lib/db/audit-verify";
import { migrate } from "@/lib/db/migrate";
import { createThrowawayDatabase, dropDatabase } from "../../scripts/test-db";

const request = vi.hoisted(() => ({ headers: null as Headers | null }));
vi.mock(import("next/headers"), async (importOriginal) => ({
  ...(await importOriginal()),
  headers: async () => {
    if (!request.headers) throw new Error("outside a request");
    return request.headers;
  },
}));
const { audit } = await import("@/lib/server/audit");
const { db } = await import("@/lib/server/db");
const { makeClinic } = await import("../support/factories");
const { installPeerAddressHeader, peerHeaderName } = await import("@/lib/net/peer-address.mjs");

const serverUrl = inject("serverUrl");
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const c of cleanups) await c();
});

async function sql(url: string, text: string, values: unknown[] = []): Promise<Record<string, unknown>[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Record<string, unknown>>(text, values)).rows;
  } finally {
    await client.end();
  }
}

describe("the audit log", () => {
  it("refuses UPDATE, DELETE and TRUNCATE, whoever asks", async () => {
    const a = await makeClinic();
    await audit(a.admin, { action: "test.append_only", outcome: "SUCCESS" });
    const row = await db.auditEvent.findFirstOrThrow({ where: { clinicId: a.clinic.id, action: "test.append_only" } });
    await expect(db.$executeRaw`UPDATE audit_event SET outcome = 'DENIED' WHERE id = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`DELETE FROM audit_event WHERE id = ${row.id}`).rejects.toThrow(/append-only/);
    await expect(db.$executeRaw`TRUNCATE audit_event`).rejects.toThrow(/append-only/);
    expect(await db.auditEvent.count({ where: { id: row.id, outcome: "SUCCESS" } })).toBe(1);
  });

  it("chains concurrent writes of one clinic one after another", async () => {
    const a = await makeClinic();
    await Promise.all(Array.from({ length: 25 }, (_, i) => audit(a.admin, { action: "test.concurrent", outcome: "SUCCESS", detail: { i } })));
    const rows = await db.auditEvent.findMany({ where: { clinicId: a.clinic.id }, select: { prevHash: true, hash: true } });
    expect(rows).toHaveLength(25);
    // One start, one successor per row: a single line, no forks.
    expect(rows.filter((r) => r.prevHash === "")).toHaveLength(1);
    expect(new Set(rows.map((r) => r.prevHash)).size).toBe(25);
    const verified = await verifyAuditChain(process.env.DATABASE_URL!);
    expect(verified.problems.filter((p) => p.chain === a.clinic.id)).toEqual([]);
  });

  it("records the client's address and user agent for a request, nothing outside one", async () => {
    installPeerAddressHeader();
    const a = await makeClinic();
    request.headers = new Headers({ [peerHeaderName()!]: "203.0.113.7", "user-agent": "Mozilla/5.0 (Test)", "x-forwarded-for": "198.51.100.1" });
    await audit(a.admin, { action: "test.request", outcome: "SUCCESS" });
    request.headers = null;
    await audit(a.admin, { action: "test.script", outcome: "SUCCESS" });
    const rows = await db.auditEvent.findMany({ where: { clinicId: a.clinic.id }, orderBy: { id: "asc" }, select: { ip: true, userAgent: true } });
    // The socket's address, not the header the client sent (no trusted proxy configured).
    expect(rows).toEqual([
      { ip: "203.0.113.7", userAgent: "Mozilla/5.0 (Test)" },
      { ip: null, userAgent: null },
    ]);
  });

  it("audit:verify finds an edited row, a deleted row and a row slipped in without the trigger", { timeout: 60_000 }, async () => {
    const url = await createThrowawayDatabase(serverUrl, "restride_audit");
    cleanups.push(() => dropDatabase(serverUrl, url));
    await migrate(url);
    const clinic = "7d3a1c2b-0000-4000-8000-000000000aaa";
    await sql(url, `INSERT INTO clinic (id, name) VALUES ($1, 'Chain clinic')`, [clinic]);
    for (let i = 1; i <= 5; i++) await sql(url, `INSERT INTO audit_event (clinic_id, action, outcome) VALUES ($1, $2, 'SUCCESS')`, [clinic, `test.${i}`]);
    expect(await verifyAuditChain(url)).toMatchObject({ rows: 5, chains: 1, problems: [] });
    const ids = (await sql(url, `SELECT id::text AS id FROM audit_event ORDER BY id`)).map((r) => (r as { id: string }).id);

    // Someone with the power to disable the guard edits row 2: its hash no longer matches.
    await sql(url, `ALTER TABLE audit_event DISABLE TRIGGER audit_event_no_update`);
    await sql(url, `UPDATE audit_event SET outcome = 'DENIED' WHERE id = $1`, [ids[1]]);
    const edited = await verifyAuditChain(url);
    expect(edited.problems[0]).toMatchObject({ id: ids[1], problem: expect.stringMatching(/does not match its hash/) });

    // Deleting row 4 leaves row 5 off the chain.
    await sql(url, `DELETE FROM audit_event WHERE id = $1`, [ids[3]]);
    const deleted = await verifyAuditChain(url);
    expect(deleted.problems.map((p) => p.id)).toEqual([ids[1], ids[4]]);

    // A row inserted with the chain trigger off is not on the chain.
    await sql(url, `ALTER TABLE audit_event DISABLE TRIGGER audit_event_chain`);
    await sql(url, `INSERT INTO audit_event (clinic_id, action, outcome, prev_hash, hash) VALUES ($1, 'test.forged', 'SUCCESS', 'x', 'y')`, [clinic]);
    const forged = await verifyAuditChain(url);
    expect(forged.problems.at(-1)).toMatchObject({ problem: expect.stringMatching(/does not match its hash|not on its chain/) });
  });
});

/**
 * `npm run audit:verify`: checks the audit log's hash chains (decision 026). Every row's hash is
 * recomputed in PostgreSQL with the same function the insert trigger used, and each chain (one
 * per clinic, "-" for rows without one) is followed from its start ("") through `prev_hash`
 * links to its head in audit_chain_head. An edited row fails its hash; a deleted row leaves the
 * next one pointing at nothing; a row inserted without the trigger is not on the chain.
 */
import pg from "pg";

export interface AuditProblem {
  id: string;
  chain: string;
  problem: string;
}

export interface AuditVerification {
  rows: number;
  chains: number;
  /** Ordered by row id: the first is the earliest broken row. */
  problems: AuditProblem[];
}

interface Row {
  id: string;
  chain: string;
  prev_hash: string;
  hash: string;
  expected: string;
}

export async function verifyAuditChain(url: string): Promise<AuditVerification> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const { rows } = await client.query<Row>(
      `SELECT e.id::text AS id, audit_chain_of(e.clinic_id) AS chain, e.prev_hash, e.hash, audit_event_hash(e, e.prev_hash) AS expected
         FROM audit_event e ORDER BY e.id`,
    );
    const heads = new Map((await client.query<{ chain: string; hash: string }>(`SELECT chain, hash FROM audit_chain_head`)).rows.map((h) => [h.chain, h.hash]));
    await client.query("COMMIT");
    return checkChains(rows, heads);
  } finally {
    await client.end();
  }
}

/** The pure part: hashes, then links, per chain. */
export function checkChains(rows: readonly Row[], heads: ReadonlyMap<string, string>): AuditVerification {
  const problems: AuditProblem[] = [];
  const byChain = new Map<string, Row[]>();
  for (const r of rows) {
    if (r.hash !== r.expected) problems.push({ id: r.id, chain: r.chain, problem: "its content does not match its hash (edited after it was written)" });
    byChain.set(r.chain, [...(byChain.get(r.chain) ?? []), r]);
  }
  for (const [chain, chainRows] of byChain) {
    const next = new Map<string, Row[]>();
    for (const r of chainRows) next.set(r.prev_hash, [...(next.get(r.prev_hash) ?? []), r]);
    const seen = new Set<string>();
    let link = "";
    for (let candidates = next.get(link); candidates?.length; candidates = next.get(link)) {
      if (candidates.length > 1) {
        for (const r of candidates.slice(1)) problems.push({ id: r.id, chain, problem: "a second row claims the same predecessor (inserted out of band)" });
      }
      const r = candidates[0]!;
      if (seen.has(r.id)) break;
      seen.add(r.id);
      link = r.hash;
    }
    for (const r of chainRows) {
      if (!seen.has(r.id) && !problems.some((p) => p.id === r.id)) {
        problems.push({ id: r.id, chain, problem: "it is not on its chain (the row before it was deleted or changed)" });
      }
    }
    const head = heads.get(chain);
    if (head !== undefined && head !== link) {
      const last = chainRows[chainRows.length - 1]!;
      problems.push({ id: last.id, chain, problem: "the chain ends before its recorded head (rows at its end were deleted)" });
    }
  }
  const first = new Map<string, AuditProblem>();
  for (const p of problems) if (!first.has(p.id)) first.set(p.id, p);
  problems.length = 0;
  problems.push(...first.values());
  problems.sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : BigInt(a.id) > BigInt(b.id) ? 1 : 0));
  return { rows: rows.length, chains: byChain.size, problems };
}

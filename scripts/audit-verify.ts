/**
 * `npm run audit:verify`: checks the audit log's hash chains (lib/db/audit-verify.ts, decision
 * 026) in DATABASE_URL, or in npm start's embedded database when it is unset and running.
 * Exit code 0 when intact, 1 with the first broken row otherwise.
 */
import { verifyAuditChain } from "@/lib/db/audit-verify";
import { log } from "./lib";

async function main() {
  const url = process.env.DATABASE_URL ?? `postgresql://postgres:restride-local@127.0.0.1:${process.env.RESTRIDE_PG_PORT ?? 54329}/restride`;
  const result = await verifyAuditChain(url);
  if (!result.problems.length) {
    log(`audit log intact: ${result.rows} rows in ${result.chains} chains`);
    return;
  }
  const first = result.problems[0]!;
  log(`audit log BROKEN: ${result.problems.length} problem(s) in ${result.rows} rows; first: row ${first.id} (chain ${first.chain}): ${first.problem}`);
  process.exitCode = 1;
}

main().catch((err: unknown) => {
  process.stderr.write(`restride: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exitCode = 1;
});

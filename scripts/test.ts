/**
 * `npm test`: every tier, in order, stopping at the first failure.
 *   typecheck → unit (vitest) → integration (vitest, real PostgreSQL) → e2e (Playwright, Chromium)
 * Without DATABASE_URL the integration and e2e tiers start embedded PostgreSQL servers of their
 * own; with it they create throwaway databases on that server. `--only <tier>` runs one tier.
 */
import { existsSync } from "node:fs";
import { bin, ensurePrismaClient, log, run } from "./lib";

const TIERS = ["typecheck", "unit", "integration", "e2e"] as const;
type Tier = (typeof TIERS)[number];

const onlyIndex = process.argv.indexOf("--only");
const only = onlyIndex >= 0 ? (process.argv[onlyIndex + 1] as Tier) : undefined;
if (only && !TIERS.includes(only)) {
  process.stderr.write(`restride: --only takes one of ${TIERS.join(", ")}\n`);
  process.exit(2);
}

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const commands: Record<Tier, () => Promise<void>> = {
  typecheck: () => run(bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]),
  unit: () => run(bin("vitest"), ["run", "--project", "unit"]),
  integration: () => run(bin("vitest"), ["run", "--project", "integration"]),
  e2e: async () => {
    if (!existsSync(chromium)) {
      throw new Error(`Chromium not found at ${chromium}. Install Debian's browser (apt-get install -y chromium) or set CHROMIUM_PATH.`);
    }
    await run(bin("playwright"), ["test"]);
  },
};

async function main() {
  await ensurePrismaClient();
  const started = Date.now();
  const timings: string[] = [];
  for (const tier of only ? [only] : TIERS) {
    const t0 = Date.now();
    log(`── ${tier} ──`);
    await commands[tier]();
    timings.push(`${tier} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  log(`all tiers passed in ${((Date.now() - started) / 1000).toFixed(1)} s (${timings.join(", ")})`);
}

main().catch((err: unknown) => {
  process.stderr.write(`restride: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

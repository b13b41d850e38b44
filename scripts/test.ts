/**
 * `npm test` (and `npm run validate`): every tier, in order, stopping at the first failure.
 *   typecheck → lint (ESLint, then Prettier's check) → unit (vitest) → integration (vitest, real PostgreSQL) → e2e (Playwright, Chromium)
 * lint is pass/fail: it adds nothing to the closing "tests: N passed, N failed" line.
 * Without DATABASE_URL the integration and e2e tiers start embedded PostgreSQL servers of their
 * own; with it they create throwaway databases on that server. `--only <tier>` runs one tier.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { bin, DATA_DIR, ensurePrismaClient, log, run } from "./lib";

const TIERS = ["typecheck", "lint", "unit", "integration", "e2e"] as const;
type Tier = (typeof TIERS)[number];

const onlyIndex = process.argv.indexOf("--only");
const only = onlyIndex >= 0 ? (process.argv[onlyIndex + 1] as Tier) : undefined;
if (only && !TIERS.includes(only)) {
  process.stderr.write(`restride: --only takes one of ${TIERS.join(", ")}\n`);
  process.exit(2);
}

const chromium = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const RESULTS = path.join(DATA_DIR, "test-results");
const resultFile = (tier: Tier) => path.join(RESULTS, `${tier}.json`);
const counts = { passed: 0, failed: 0, skipped: 0 };

/**
 * Adds a tier's counts from its JSON report (vitest's jest-style summary or Playwright's stats)
 * and returns the tier's own failures. The report, not only the exit code, decides: embedded-
 * postgres installs an exit hook (async-exit-hook) that calls process.exit(0) on "beforeExit",
 * so vitest's integration tier used to exit 0 with a failing test.
 */
function tally(tier: Tier): number {
  const file = resultFile(tier);
  if (!existsSync(file)) return 0;
  const r = JSON.parse(readFileSync(file, "utf8")) as {
    numPassedTests?: number;
    numFailedTests?: number;
    numFailedTestSuites?: number;
    numPendingTests?: number;
    numTodoTests?: number;
    stats?: { expected: number; unexpected: number; flaky: number; skipped: number };
  };
  if (r.stats) {
    counts.passed += r.stats.expected + r.stats.flaky;
    counts.failed += r.stats.unexpected;
    counts.skipped += r.stats.skipped;
    return r.stats.unexpected;
  }
  counts.passed += r.numPassedTests ?? 0;
  counts.failed += r.numFailedTests ?? 0;
  counts.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // A file that fails to load has no failed test but a failed suite.
  return r.numFailedTests || r.numFailedTestSuites || 0;
}

const vitest = (project: string, tier: Tier) =>
  run(bin("vitest"), ["run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${resultFile(tier)}`]);

const commands: Record<Tier, () => Promise<void>> = {
  typecheck: () => run(bin("tsc"), ["--noEmit", "-p", "tsconfig.json"]),
  // `npm run lint` and `npm run format:check`: a lint error or an unformatted file fails the tier.
  lint: async () => {
    await run(bin("eslint"), ["."]);
    await run(bin("prettier"), ["--check", "--log-level", "warn", "."]);
  },
  unit: () => vitest("unit", "unit"),
  integration: () => vitest("integration", "integration"),
  e2e: async () => {
    if (!existsSync(chromium)) {
      throw new Error(`Chromium not found at ${chromium}. Install Debian's browser (apt-get install -y chromium) or set CHROMIUM_PATH.`);
    }
    await run(bin("playwright"), ["test"], { env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: resultFile("e2e") } });
  },
};

async function main() {
  await ensurePrismaClient();
  rmSync(RESULTS, { recursive: true, force: true });
  mkdirSync(RESULTS, { recursive: true });
  const started = Date.now();
  const timings: string[] = [];
  for (const tier of only ? [only] : TIERS) {
    const t0 = Date.now();
    log(`── ${tier} ──`);
    let failed = 0;
    try {
      await commands[tier]();
    } finally {
      failed = tally(tier);
    }
    if (failed > 0) throw new Error(`${tier}: ${failed} failed (see above)`);
    timings.push(`${tier} ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  log(`all tiers passed in ${((Date.now() - started) / 1000).toFixed(1)} s (${timings.join(", ")})`);
}

main()
  .catch((err: unknown) => {
    process.stderr.write(`restride: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  })
  .finally(() => {
    // One closing line over every tier that ran.
    process.stdout.write(`tests: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ""}\n`);
  });

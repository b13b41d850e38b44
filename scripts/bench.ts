/**
 * `npm run bench`: measures what the issues set targets for, prints the figures and writes them
 * to docs/benchmarks.md. Numbers, never assertions. Runs on its own embedded PostgreSQL.
 * `npm run bench -- pages`: only the staff pages on demo and scale data (scripts/bench-pages.ts),
 * written to the "Pages at clinic scale" section under BENCH_LABEL (default: the commit);
 * `npm run bench -- pdf`: only the figures above that section; `npm run bench -- portal`: only the
 * patient portal on an emulated phone (scripts/bench-portal.ts). Each keeps the others' sections.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { seed } from "@/lib/db/seed";
import { generatePlan } from "@/lib/domain/clinical";
import { EXERCISE_LIBRARY, SOLEUS_TEMPLATE } from "@/lib/domain/injuries/calf/content";
import { freePort } from "./test-db";
import { ROOT } from "./lib";
import { PAGES_HEADING, pagesRuns, pagesSection, withoutPages, withRun } from "./bench-doc";
import { execFileSync } from "node:child_process";
import { DEMO_PASSWORD, DEMO_USERS } from "@/lib/db/seed";
import { SCALE_COUNTS, SCALE_PASSWORD, SCALE_THERAPIST, longPatient } from "@/lib/db/seed-scale";
import pg from "pg";

const NOTES = `## Reading these numbers

- **PDF throughput is below the 50/s goal, by design of the handout, not of the pool.** The goal
  came from a 2-page handout (environment.md: 24 ms a render). Ours is the full handout the issue
  describes: the current stage's exercises (12 in the seeded strength stage) with steps, cues and a
  dose table each, a weekly tick sheet, a progress log, the care box and 13 education sections,
  i.e. 12 pages; react-pdf costs about 30 ms of CPU a page, and "Page X of Y" needs a second
  layout pass. The compact 3-page handout shows the per-page cost. Every handout is rendered once
  per plan version and options, then served from the cache.
- **Pool size.** With 2 workers on 2 cores, throughput was 20.1 (compact) and 5.2 (standard)
  handouts/s, but /api/health p99 rose to 2.3× its idle figure. The default is therefore one
  worker on 2 cores (p99 under load ≈ idle); \`RESTRIDE_PDF_WORKERS=2\` trades latency for throughput.
- **Cached download** (about 12 ms) is a session check (JWT + user row), the plan's version, the
  cached bytes and an audit row: four short queries plus Next's routing, whose floor here is the
  /api/health median (about 4 ms). The 5 ms goal would need dropping the per-request user check or
  the audit row, which the standards require.
- **Memory.** The main thread's heap is flat over 5,000 renders because rendering happens in worker
  threads that are replaced every 200 renders (react-pdf leaks about 56 KB a render).
`;

const SHEET_NOTES = (ratios: string) => `- **The two-page sheet** (the default handout since issue 10) is measured beside the old
  booklet of the same stage and beside two other ways of making the same sheet, all in this run:
  pdfkit 0.20 (react-pdf's own PDF writer) laying out the same content by hand, and Chromium
  printing an HTML rendering of it with page.pdf on a reused page (\`scripts/bench-sheet.ts\`).
  Ratios this run: ${ratios || "not measured"}. The sheet has no "Page X of Y" render prop (a known
  length needs no second layout pass). pdfkit and Chromium figures are for comparison only: the
  app renders with react-pdf in its worker pool (decision 006). On these 2 shared cores the
  figures move by ±30% between runs.
`;

/** BENCH_SKIP_PDF=1 skips the long PDF pool run (for a quick look at the other figures). */
class SkipPdf extends Error {}

export function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95), p99: at(0.99), n: sorted.length };
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);

function benchPlanGeneration() {
  const injury = {
    muscle: "SOLEUS",
    side: "LEFT",
    injuryDate: "2026-11-01",
    onset: "SUDDEN",
    duringRunning: true,
    repeatInjury: false,
    clinicalGrade: 2,
  } as const;
  for (let i = 0; i < 100; i++) generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, {}, injury, "2026-11-02"); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t0 = performance.now();
    generatePlan(SOLEUS_TEMPLATE, EXERCISE_LIBRARY, { weeklyRunningKm: 40 }, injury, "2026-11-02", {
      baseline: { painRest: 2, painWalking: 4, heelRaisesStraight: { affected: 10, unaffected: 28 } },
    });
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

async function benchCreatePlan(databaseUrl: string) {
  process.env.DATABASE_URL = databaseUrl;
  const { makeClinic } = await import("../tests/support/factories");
  const { makeEpisode, sharedTemplateId } = await import("../tests/support/clinical");
  const { createPlan } = await import("@/lib/server/plans");
  const a = await makeClinic();
  const templateId = await sharedTemplateId();
  const samples: number[] = [];
  const planIds: string[] = [];
  for (let i = 0; i < 60; i++) {
    const { episodeId } = await makeEpisode(a.therapist);
    const t0 = performance.now();
    planIds.push((await createPlan(a.therapist, episodeId, { templateId, startDate: "2026-11-02" })).id);
    if (i >= 10) samples.push(performance.now() - t0); // the first 10 warm the pool and JIT
  }
  const { db } = await import("@/lib/server/db");
  const { TEST_PASSWORD } = await import("../tests/support/factories");
  const therapist = await db.user.findUniqueOrThrow({ where: { id: a.therapist.userId }, select: { email: true } });
  return { stats: stats(samples), planIds, email: therapist.email, password: TEST_PASSWORD };
}

/** The figures above the pages section: plan generation, create plan, handouts, PDFs. */
async function benchCore(): Promise<string> {
  const rows: [string, string, string][] = [];
  let sheetRatios = "";
  const plan = benchPlanGeneration();
  console.log(`plan generation: median ${fmt(plan.median)}, p95 ${fmt(plan.p95)} over ${plan.n} runs`);
  rows.push(["Plan generation (`generatePlan`, soleus grade 2 with baseline)", `median ${fmt(plan.median)}, p95 ${fmt(plan.p95)} (${plan.n} runs)`, "< 1 ms"]);

  const tmp = mkdtempSync(path.join(os.tmpdir(), "restride-bench-"));
  chmodSync(tmp, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: await freePort(), database: "restride_bench" });
  try {
    await migrate(pg.url);
    await seed(pg.url, { demo: false });
    const created = await benchCreatePlan(pg.url);
    const create = created.stats;
    console.log(`create plan (data layer, one transaction, embedded PostgreSQL): median ${fmt(create.median)}, p95 ${fmt(create.p95)} over ${create.n}`);
    rows.push([
      "Create plan (`createPlan`: load template + library, generate, insert plan, history, audit)",
      `median ${fmt(create.median)}, p95 ${fmt(create.p95)} (${create.n} requests)`,
      "—",
    ]);

    const { benchHttp } = await import("./bench-http");
    const http = await benchHttp({ databaseUrl: pg.url, email: created.email, password: created.password, planIds: created.planIds });
    const targets: Record<string, string> = {
      "Cached handout download (HTTP, session check, cache read, audit row)": "< 5 ms",
      "/api/health latency while handouts render (4 in flight, uncached)": "p99 < 2 × idle",
    };
    for (const [k, v] of Object.entries(http)) {
      console.log(`${k}: ${v}`);
      rows.push([k, v, targets[k] ?? ""]);
    }

    // The two-page sheet beside the booklet, pdfkit and Chromium, in this same run (issue 10).
    const { benchSheet } = await import("./bench-sheet");
    const sheet = await benchSheet();
    rows.push(...sheet.rows);
    sheetRatios = sheet.ratios;

    if (process.env.BENCH_SKIP_PDF === "1") throw new SkipPdf();
    const { benchPdf } = await import("./bench-pdf");
    const pdfTargets: [RegExp, string][] = [
      [/throughput/i, ">= 50 handouts/s (2-page handout)"],
      [/heap/i, "flat (within 5%)"],
    ];
    for (const [k, v] of Object.entries(await benchPdf())) {
      console.log(`${k}: ${v}`);
      rows.push([k, String(v), pdfTargets.find(([re]) => re.test(k))?.[1] ?? ""]);
    }
  } catch (err) {
    if (!(err instanceof SkipPdf)) throw err;
  } finally {
    const { db } = await import("@/lib/server/db");
    await db.$disconnect().catch(() => {});
    await pg.stop();
    rmSync(tmp, { recursive: true, force: true });
  }

  const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "CPU"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  const md = [
    "# Benchmarks",
    "",
    `Written by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)} (${machine}). Figures vary with the machine; compare runs on the same one.`,
    "",
    "| what | measured | target |",
    "|---|---|---|",
    ...rows.map((r) => `| ${r.join(" | ")} |`),
    "",
    NOTES,
    SHEET_NOTES(sheetRatios),
  ].join("\n");
  return md;
}

const DOC = path.join(ROOT, "docs", "benchmarks.md");

const PAGES_INTRO = `${PAGES_HEADING}

Written by \`npm run bench -- pages\` (issue 13): the staff pages a therapist opens all day, under
${process.env.BENCH_CONNECTIONS ?? "1 and 50"} keep-alive connections for ${process.env.BENCH_SECONDS ?? 10} s each, with \`/api/health\` (a query on a connection of its
own) driven in the same run as the floor. **Ratios to the floor are what count**: the machine has
2 cores shared with other work (the load average is given with each table), so absolute figures
move between runs. Demo data is the seeded demo clinic (signed in as its therapist Tomás Ortega,
his patient Małgorzata's pages); scale data is \`npm run db:seed-scale\` (${SCALE_COUNTS.patients.toLocaleString("en")} patients, ${SCALE_COUNTS.plans.toLocaleString("en")} active plans,
${SCALE_COUNTS.logs.toLocaleString("en")} daily logs, ${SCALE_COUNTS.measurements.toLocaleString("en")} measurements; signed in as the therapist with 5,000 of the patients;
the pages of the patient with 365 days of logs). Errors are responses other than 200 (503 = the
app shed load, 500 = a failure or the app's "busy" page, network/timeout = no answer within 60 s);
p50, p99 and pages/s are of the 200 answers only. The floor is run first and again last; ratios
are to the mean of the two (p50 × floor: how many floors a page's median takes; floor req/s ÷
pages/s: how many health checks the server answers in the time of one page). SQL statements: one
request of the page, counted by a proxy between the app and PostgreSQL (each simple query or
extended-protocol execute, session check included; the fewest of three requests). RSS: the
\`next start\` process tree, sampled every 250 ms through each level's run.
Each run is kept under its label (\`BENCH_LABEL="after (abc1234)" npm run bench -- pages\`; default
the commit); a run with the same label replaces its table.
`;

async function benchPagesSection(previous: string): Promise<string> {
  const { benchPages, pagesFor, pagesTable } = await import("./bench-pages");
  const { openScaleDatabase } = await import("./seed-scale");
  const label = process.env.BENCH_LABEL ?? `run at ${execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT }).toString().trim()}`;

  const tmp = mkdtempSync(path.join(os.tmpdir(), "restride-bench-pages-"));
  chmodSync(tmp, 0o755);
  const demoPg = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: await freePort(), database: "restride_demo" });
  let scale: Awaited<ReturnType<typeof openScaleDatabase>> | undefined;
  try {
    await migrate(demoPg.url);
    await seed(demoPg.url, { demo: true });
    console.log("scale data: opening (loading it first if needed; about a minute)…");
    scale = await openScaleDatabase({ log: (l) => console.log(`  ${l}`) });
    const client = new pg.Client({ connectionString: scale.url });
    await client.connect();
    const long = await longPatient(client).finally(() => client.end());
    const results = await benchPages([
      {
        name: "Demo data",
        describe: "the seeded demo clinic",
        databaseUrl: demoPg.url,
        email: DEMO_USERS[1].email,
        password: DEMO_PASSWORD,
        pages: await pagesFor(demoPg.url, "00000000-0000-4000-8000-0000000000c1"),
      },
      {
        name: "Scale data",
        describe: `${SCALE_COUNTS.patients.toLocaleString("en")} patients, ${SCALE_COUNTS.logs.toLocaleString("en")} logs; the 365-day patient`,
        databaseUrl: scale.url,
        email: SCALE_THERAPIST.email,
        password: SCALE_PASSWORD,
        pages: await pagesFor(scale.url, long.patientId),
      },
    ]);
    const table = pagesTable(label, results);
    console.log(table);
    return pagesSection(PAGES_INTRO, withRun(pagesRuns(previous), label, table));
  } finally {
    await scale?.embedded?.stop().catch(() => {});
    await demoPg.stop().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function main() {
  const mode = process.argv[2] ?? "all";
  if (!["all", "pages", "pdf", "portal"].includes(mode)) throw new Error(`unknown bench "${mode}": use pages, pdf, portal or nothing (all)`);
  const previous = existsSync(DOC) ? readFileSync(DOC, "utf8") : "# Benchmarks\n";
  const { PORTAL_HEADING, PORTAL_INTRO, benchPortal } = await import("./bench-portal");
  const label = process.env.BENCH_LABEL ?? `run at ${execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT }).toString().trim()}`;
  const top = mode === "pages" || mode === "portal" ? withoutPages(withoutPages(previous), PORTAL_HEADING) : (await benchCore()).trimEnd();
  const portalRuns = pagesRuns(previous, PORTAL_HEADING);
  const portal =
    mode === "all" || mode === "portal"
      ? pagesSection(PORTAL_INTRO, withRun(portalRuns, label, await benchPortal(label)))
      : portalRuns.length
        ? pagesSection(PORTAL_INTRO, portalRuns)
        : "";
  const pages =
    mode === "pdf" || mode === "portal"
      ? pagesRuns(previous).length
        ? pagesSection(PAGES_INTRO, pagesRuns(previous))
        : ""
      : await benchPagesSection(previous);
  writeFileSync(DOC, [top, portal, pages].filter(Boolean).join("\n\n").trimEnd() + "\n");
  console.log("written to docs/benchmarks.md");
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);

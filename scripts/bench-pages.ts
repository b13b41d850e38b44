/**
 * `npm run bench -- pages` (issue 13): the therapist's pages under load, on the demo data and on
 * the scale clinic (`npm run db:seed-scale`, loaded here when missing), with /api/health as the
 * floor in the same run. For each data set: `next start` on a port of its own, signed in as a
 * therapist, every URL driven for BENCH_SECONDS (10) at each of BENCH_CONNECTIONS ("1,50") keep-alive
 * connections; p50/p99, requests/s, errors (anything but a 200), ratios to the floor, the
 * server's peak RSS, the HTML size, and the SQL statements one request of each page sends (a
 * counting proxy between the app and PostgreSQL, scripts/pg-count-proxy.mjs). Numbers, never
 * assertions. The load generator is node:http (decision 036).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { closeSync, mkdirSync, openSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { Worker } from "node:worker_threads";
import pg from "pg";
import { bin, buildIfNeeded, DATA_DIR, log, ROOT, signInForCookie as signIn, waitForHttp } from "./lib";
import { portIsFree } from "@/lib/db/embedded";
import { serverNodeOptions } from "./server-flags";

export interface PageTarget {
  name: string;
  path: string;
}

export interface DataSet {
  name: string;
  databaseUrl: string;
  email: string;
  password: string;
  pages: PageTarget[];
  /** What the data set holds, for the table's heading. */
  describe: string;
}

export interface PageFigure {
  dataSet: string;
  name: string;
  path: string;
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
  errorKinds: string;
  bytes: number;
  statements: number | null;
  /** Of the statements, transaction control (BEGIN/COMMIT/ROLLBACK/SAVEPOINT). */
  control: number | null;
}

export interface LevelFigures {
  connections: number;
  pages: PageFigure[];
  peakRssMb: number;
  loadBefore: string;
  loadAfter: string;
}

export interface DataSetFigures {
  dataSet: string;
  describe: string;
  levels: LevelFigures[];
}

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
/** Concurrency levels, lowest first: 1 shows each page's own cost, 50 the server under load. */
const LEVELS = (process.env.BENCH_CONNECTIONS ?? "1,50").split(",").map(Number);
const REQUEST_TIMEOUT_MS = 60_000;
/** BENCH_ONLY=demo or scale: one data set only, while iterating (the other is left out of the table). */
const ONLY = (process.env.BENCH_ONLY ?? "").trim().toLowerCase();
const chosen = (set: DataSet) => !ONLY || set.name.toLowerCase().startsWith(ONLY);
const loadavg = () =>
  os
    .loadavg()
    .map((x) => x.toFixed(2))
    .join(" / ");

/** One GET on a keep-alive agent: status, bytes and milliseconds. */
function get(agent: http.Agent, port: number, urlPath: string, cookie: string): Promise<{ status: number; bytes: number; ms: number }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const req = http.get({ host: "127.0.0.1", port, path: urlPath, agent, headers: { Cookie: cookie }, timeout: REQUEST_TIMEOUT_MS }, (res) => {
      let bytes = 0;
      res.on("data", (c: Buffer) => (bytes += c.length));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, bytes, ms: performance.now() - t0 }));
      res.on("error", () => resolve({ status: -1, bytes, ms: performance.now() - t0 }));
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", () => resolve({ status: -1, bytes: 0, ms: performance.now() - t0 }));
  });
}

const pct = (sorted: number[], q: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN);

/** `connections` closed loops on one URL for `seconds`; requests in flight at the end are waited for and counted. */
async function drive(port: number, urlPath: string, cookie: string, connections: number, seconds = SECONDS) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const latencies: number[] = [];
  const statuses = new Map<number, number>();
  let bytes = 0;
  const t0 = performance.now();
  const deadline = t0 + seconds * 1000;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() < deadline) {
        const r = await get(agent, port, urlPath, cookie);
        if (r.status === 200) latencies.push(r.ms);
        statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
        if (r.status === 200) bytes = r.bytes;
      }
    }),
  );
  const elapsed = (performance.now() - t0) / 1000;
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const errors = [...statuses].filter(([s]) => s !== 200);
  // Latencies and requests/s are of the pages answered (200): a fast "busy" 500 is no page.
  return {
    p50: pct(latencies, 0.5),
    p99: pct(latencies, 0.99),
    rps: latencies.length / elapsed,
    requests: latencies.length,
    errors: errors.reduce((a, [, n]) => a + n, 0),
    errorKinds: errors.map(([s, n]) => `${n}× ${s === -1 ? "network/timeout" : s}`).join(", "),
    bytes,
  };
}

/** Resident memory of a process and its descendants, in MB (Linux /proc). */
function treeRssMb(rootPid: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const status = readFileSync(`/proc/${entry}/status`, "utf8");
      const ppid = Number(/PPid:\s+(\d+)/.exec(status)?.[1]);
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      rss.set(Number(entry), kb);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total / 1024;
}

/** The statement-counting proxy in a worker thread, in front of the database in `databaseUrl`. */
async function startCountingProxy(databaseUrl: string) {
  const target = new URL(databaseUrl);
  const worker = new Worker(path.join(ROOT, "scripts", "pg-count-proxy.mjs"), {
    workerData: { targetHost: target.hostname, targetPort: Number(target.port || 5432) },
  });
  const port = await new Promise<number>((resolve, reject) => {
    worker.once("error", reject);
    worker.on("message", (m: { type: string; port?: number }) => {
      if (m.type === "listening") resolve(m.port!);
    });
  });
  const count = () =>
    new Promise<{ n: number; control: number }>((resolve) => {
      const onMessage = (m: { type: string; n?: number; control?: number }) => {
        if (m.type !== "count") return;
        worker.off("message", onMessage);
        resolve({ n: m.n!, control: m.control! });
      };
      worker.on("message", onMessage);
      worker.postMessage({ type: "count" });
    });
  const proxied = new URL(databaseUrl);
  proxied.hostname = "127.0.0.1";
  proxied.port = String(port);
  return { url: proxied.toString(), count, stop: () => worker.terminate() };
}

/** `next start` on the data set; its output (errors under load included) goes to `logFile`. */
export async function startApp(port: number, databaseUrl: string, logFile: string): Promise<ChildProcess> {
  if (!(await portIsFree(port, "0.0.0.0"))) throw new Error(`port ${port} is in use; set BENCH_PAGES_PORT to a free one`);
  const base = `http://127.0.0.1:${port}`;
  mkdirSync(path.dirname(logFile), { recursive: true });
  const out = openSync(logFile, "w");
  const server = spawn(bin("next"), ["start", "-p", String(port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      NEXTAUTH_SECRET: "bench-secret",
      NEXTAUTH_URL: base,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      // The same node flags as `npm start` (scripts/server-flags.ts).
      NODE_OPTIONS: serverNodeOptions(),
    },
    stdio: ["ignore", out, out],
  });
  closeSync(out);
  await waitForHttp(`${base}/api/health`, 60_000);
  return server;
}

export async function stopApp(server: ChildProcess) {
  if (server.exitCode !== null) return;
  const exited = new Promise((r) => server.once("exit", r));
  server.kill("SIGTERM");
  const timer = setTimeout(() => server.kill("SIGKILL"), 15_000);
  await exited;
  clearTimeout(timer);
}

export async function benchDataSet(set: DataSet, port: number): Promise<DataSetFigures> {
  const proxy = await startCountingProxy(set.databaseUrl);
  const logFile = path.join(DATA_DIR, `bench-pages-${set.name.toLowerCase().replace(/\W+/g, "-")}.log`);
  log(`${set.name}: next start on port ${port}, its output in ${path.relative(ROOT, logFile)}`);
  const server = await startApp(port, proxy.url, logFile);
  let peak = 0;
  const sampler = setInterval(() => (peak = Math.max(peak, treeRssMb(server.pid!))), 250);
  try {
    const base = `http://127.0.0.1:${port}`;
    const cookie = await signIn(base, set.email, set.password);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const floorTarget = { name: "/api/health (floor)", path: "/api/health" };
    const targets: PageTarget[] = [floorTarget, ...set.pages];

    // Warm-up (compiles nothing in production, but fills caches and the pool), then statements:
    // one request at a time, the smallest count of three (a background task may add a few).
    const statements = new Map<string, { n: number; control: number }>();
    for (const t of targets) {
      for (let i = 0; i < 3; i++) {
        const r = await get(agent, port, t.path, cookie);
        if (r.status !== 200) throw new Error(`${set.name}: ${t.path} answered ${r.status} while warming up`);
      }
      let least = { n: Infinity, control: 0 };
      for (let i = 0; i < 3; i++) {
        const before = await proxy.count();
        await get(agent, port, t.path, cookie);
        const after = await proxy.count();
        if (after.n - before.n < least.n) least = { n: after.n - before.n, control: after.control - before.control };
      }
      statements.set(t.path, least);
      log(`${set.name}: ${t.path} sends ${least.n} SQL statements (${least.control} of them BEGIN/COMMIT)`);
    }
    agent.destroy();

    const levels: LevelFigures[] = [];
    for (const connections of LEVELS) {
      const loadBefore = loadavg();
      peak = 0;
      const pages: PageFigure[] = [];
      for (const t of targets) {
        const r = await drive(port, t.path, cookie, connections);
        log(
          `${set.name}, ${connections} conn.: ${t.name} p50 ${r.p50.toFixed(0)} ms, p99 ${r.p99.toFixed(0)} ms, ${r.rps.toFixed(1)} req/s, ${r.errors} errors${r.errorKinds ? ` (${r.errorKinds})` : ""}`,
        );
        pages.push({
          dataSet: set.name,
          name: t.name,
          path: t.path,
          statements: statements.get(t.path)?.n ?? null,
          control: statements.get(t.path)?.control ?? null,
          ...r,
        });
      }
      // The floor again at the end: how much the machine's load moved during the run.
      const again = await drive(port, floorTarget.path, cookie, connections);
      log(`${set.name}, ${connections} conn.: /api/health again p50 ${again.p50.toFixed(0)} ms, ${again.rps.toFixed(1)} req/s`);
      pages.push({ dataSet: set.name, name: "/api/health (floor, again at the end)", path: floorTarget.path, statements: null, control: null, ...again });
      levels.push({ connections, pages, peakRssMb: peak, loadBefore, loadAfter: loadavg() });
    }
    return { dataSet: set.name, describe: set.describe, levels };
  } finally {
    clearInterval(sampler);
    await stopApp(server);
    await proxy.stop();
  }
}

const f0 = (x: number) => (Number.isFinite(x) ? x.toFixed(0) : "—");
const f1 = (x: number) => (Number.isFinite(x) ? x.toFixed(1) : "—");

/** The Markdown table of one run (one label, every data set). */
export function pagesTable(label: string, results: DataSetFigures[]): string {
  const lines = [
    `### ${label}`,
    "",
    `${new Date().toISOString().slice(0, 16).replace("T", " ")} UTC, ${SECONDS} s per URL at each level, ${os.cpus().length} CPUs shared with other work; server NODE_OPTIONS \`${serverNodeOptions() || "(none)"}\`.`,
    "",
  ];
  for (const r of results.flatMap((d) => d.levels.map((l) => ({ ...l, dataSet: d.dataSet, describe: d.describe })))) {
    const floors = r.pages.filter((p) => p.path === "/api/health");
    // The floor is the mean of its two runs (first and last), so a load change midway counts half.
    const floor = { p50: floors.reduce((a, p) => a + p.p50, 0) / floors.length, rps: floors.reduce((a, p) => a + p.rps, 0) / floors.length };
    lines.push(
      `**${r.dataSet}, ${r.connections} connection${r.connections === 1 ? "" : "s"}** (${r.describe}); next-server peak RSS ${f0(r.peakRssMb)} MB; load average (1/5/15 min) ${r.loadBefore} before, ${r.loadAfter} after.`,
      "",
      "| page | p50 ms | p99 ms | pages/s | errors | p50 × floor | floor req/s ÷ pages/s | SQL statements (BEGIN/COMMIT) | HTML KB |",
      "|---|---|---|---|---|---|---|---|---|",
    );
    for (const p of r.pages) {
      const isFloor = p.path === "/api/health";
      lines.push(
        `| ${p.name} | ${f0(p.p50)} | ${f0(p.p99)} | ${f1(p.rps)} | ${p.errors}${p.errorKinds ? ` (${p.errorKinds})` : ""} | ${isFloor ? "(floor)" : f1(p.p50 / floor.p50)} | ${isFloor ? "(floor)" : f1(floor.rps / p.rps)} | ${p.statements ?? "—"} (${p.control ?? "—"}) | ${f0(p.bytes / 1024)} |`,
      );
    }
    lines.push("");
  }
  return lines.join("\n");
}

/** The scale clinic's URLs: the dashboard, and the 365-day patient's page, plan and progress. */
export async function pagesFor(databaseUrl: string, patientId: string): Promise<PageTarget[]> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(
      `SELECT id FROM rehab_plan WHERE patient_id = $1 AND status = 'ACTIVE' ORDER BY created_at DESC LIMIT 1`,
      [patientId],
    );
    if (!rows[0]) throw new Error(`patient ${patientId} has no active plan`);
    return [
      { name: "Dashboard", path: "/dashboard" },
      { name: "Patient page", path: `/patients/${patientId}` },
      { name: "Plan page", path: `/plans/${rows[0].id}` },
      { name: "Progress page", path: `/patients/${patientId}/progress` },
    ];
  } finally {
    await client.end();
  }
}

export async function benchPages(sets: DataSet[]): Promise<DataSetFigures[]> {
  await buildIfNeeded();
  const port = Number(process.env.BENCH_PAGES_PORT ?? 3441);
  const out: DataSetFigures[] = [];
  for (const set of sets.filter(chosen)) out.push(await benchDataSet(set, port));
  return out;
}

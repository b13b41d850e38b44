/**
 * Patient handout PDF benchmark: render latency and throughput through the worker pool, and the
 * main process's memory over many renders (react-pdf leaks ~56 KB per render; the pool recycles
 * its workers so the main process should stay flat). Numbers, never assertions.
 *
 * Two handouts, both from the seeded soleus template (grade 2, English):
 * - "standard": the real handout for the strength stage (12 exercises, education): ~12 pages;
 * - "compact": one exercise, no education (cover, care box, schedule): 3 pages, comparable to the
 *   2-page handout of the measured baselines. The long runs use it to stay within ~4 minutes.
 *
 * Run alone: `npx tsx scripts/bench-pdf.ts` (set BENCH_PDF_MEMORY_RENDERS etc. to change counts;
 * run node with --expose-gc to force GC before the memory readings).
 */
import os from "node:os";
import { performance } from "node:perf_hooks";
import { pathToFileURL } from "node:url";
import { buildHandout } from "../lib/pdf/handout-model";
import { HandoutPool } from "../lib/pdf/pool";
import { sampleHandoutInput } from "../lib/pdf/sample";
import type { HandoutViewModel } from "../lib/pdf/types";

export interface BenchPdfOptions {
  poolSize?: number;
  maxRendersPerWorker?: number;
  /** Sequential renders of the compact handout for median / p95. */
  latencyRenders?: number;
  /** Sequential renders of the standard handout. */
  standardLatencyRenders?: number;
  /** Renders at `concurrency` in flight for handouts per second. */
  throughputRenders?: number;
  standardThroughputRenders?: number;
  concurrency?: number;
  /** Renders between the two memory readings. */
  memoryRenders?: number;
  /**
   * Wall-clock budget for the whole benchmark, seconds (default 225). Every phase stops starting
   * renders when its share runs out, so a busy machine gives fewer samples, not a longer run;
   * the figures say how many renders each one took.
   */
  budgetSeconds?: number;
  log?: (line: string) => void;
}

function envInt(name: string): number | undefined {
  const value = Number(process.env[name]);
  return Number.isInteger(value) && value > 0 ? value : undefined;
}

function percentile(sorted: number[], q: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

const ms = (value: number) => `${value.toFixed(0)} ms`;
const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;

/** Pages in a PDF made by react-pdf (page dictionaries are not compressed). */
function pageCount(pdf: Buffer): number {
  return pdf.toString("latin1").match(/\/Type\s*\/Page\b/g)?.length ?? 0;
}

export function benchHandouts(): { standard: HandoutViewModel; compact: HandoutViewModel } {
  const standardInput = sampleHandoutInput({ currentStageIndex: 1 });
  const compactInput = sampleHandoutInput({ currentStageIndex: 0 });
  const stages = compactInput.plan.stages.map((stage, i) => (i === 0 ? { ...stage, exercises: stage.exercises.slice(0, 1) } : stage));
  return {
    // The long booklet (the handout before the two-page sheet), so the figures stay comparable.
    standard: buildHandout(standardInput, { language: "en", format: "booklet" }),
    compact: buildHandout({ ...compactInput, plan: { ...compactInput.plan, stages }, education: [] }, { language: "en", format: "booklet" }),
  };
}

/** Up to `n` renders one after another, starting none after `budgetMs`; sorted latencies. */
async function sequential(pool: HandoutPool, vm: HandoutViewModel, n: number, budgetMs: number): Promise<number[]> {
  const samples: number[] = [];
  const start = performance.now();
  for (let i = 0; i < n && performance.now() - start < budgetMs; i++) {
    const t0 = performance.now();
    await pool.render(vm);
    samples.push(performance.now() - t0);
  }
  return samples.sort((a, b) => a - b);
}

/** Up to `n` renders with `concurrency` in flight, starting none after `budgetMs`. */
async function concurrent(
  pool: HandoutPool,
  vm: HandoutViewModel,
  n: number,
  concurrency: number,
  budgetMs = Number.POSITIVE_INFINITY,
): Promise<{ renders: number; seconds: number; perSecond: number }> {
  let started = 0;
  const t0 = performance.now();
  const lane = async () => {
    while (started < n && performance.now() - t0 < budgetMs) {
      started += 1;
      await pool.render(vm);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  const seconds = (performance.now() - t0) / 1000;
  return { renders: started, seconds, perSecond: started / seconds };
}

function memory() {
  (globalThis as { gc?: () => void }).gc?.();
  const usage = process.memoryUsage();
  return { heap: usage.heapUsed, rss: usage.rss };
}

export async function benchPdf(options: BenchPdfOptions = {}): Promise<Record<string, string | number>> {
  const o = {
    poolSize: options.poolSize ?? envInt("BENCH_PDF_POOL_SIZE"),
    maxRendersPerWorker: options.maxRendersPerWorker ?? envInt("BENCH_PDF_MAX_RENDERS") ?? 200,
    latencyRenders: options.latencyRenders ?? envInt("BENCH_PDF_LATENCY_RENDERS") ?? 200,
    standardLatencyRenders: options.standardLatencyRenders ?? envInt("BENCH_PDF_STANDARD_RENDERS") ?? 20,
    throughputRenders: options.throughputRenders ?? envInt("BENCH_PDF_THROUGHPUT_RENDERS") ?? 300,
    standardThroughputRenders: options.standardThroughputRenders ?? envInt("BENCH_PDF_STANDARD_THROUGHPUT_RENDERS") ?? 40,
    concurrency: options.concurrency ?? envInt("BENCH_PDF_CONCURRENCY") ?? 4,
    memoryRenders: options.memoryRenders ?? envInt("BENCH_PDF_MEMORY_RENDERS") ?? 5000,
    budgetSeconds: options.budgetSeconds ?? envInt("BENCH_PDF_BUDGET_S") ?? 225,
  };
  // Shares of the budget for the fixed-size phases; the memory run gets what is left.
  const share = (fraction: number) => o.budgetSeconds * fraction * 1000;
  const log = options.log ?? ((line: string) => process.stdout.write(`bench-pdf: ${line}\n`));
  const started = performance.now();
  const { standard, compact } = benchHandouts();
  const pool = new HandoutPool({ size: o.poolSize, maxRendersPerWorker: o.maxRendersPerWorker, timeoutMs: 60_000 });
  const figures: Record<string, string | number> = {};
  try {
    await pool.warm();
    const standardPages = pageCount(await pool.render(standard));
    const compactPages = pageCount(await pool.render(compact));
    for (let i = 0; i < 4; i++) await Promise.all([pool.render(compact), pool.render(standard)]); // JIT warm-up
    log(`pool of ${pool.size} workers, recycled every ${pool.maxRendersPerWorker} renders; standard handout ${standardPages} pages, compact ${compactPages}`);

    const lat = await sequential(pool, compact, o.latencyRenders, share(0.17));
    figures[`PDF render in the pool, compact ${compactPages}-page handout (1 in flight)`] =
      `median ${ms(percentile(lat, 0.5))}, p95 ${ms(percentile(lat, 0.95))} (${lat.length} renders)`;
    log(`compact latency done`);
    const std = await sequential(pool, standard, o.standardLatencyRenders, share(0.08));
    figures[`PDF render in the pool, standard ${standardPages}-page handout (1 in flight)`] =
      `median ${ms(percentile(std, 0.5))}, p95 ${ms(percentile(std, 0.95))} (${std.length} renders)`;
    log(`standard latency done`);

    const rate = await concurrent(pool, compact, o.throughputRenders, o.concurrency, share(0.15));
    figures[`PDF throughput, compact handout, ${o.concurrency} in flight`] = `${rate.perSecond.toFixed(1)} handouts/s (${rate.renders} renders)`;
    const stdRate = await concurrent(pool, standard, o.standardThroughputRenders, o.concurrency, share(0.08));
    figures[`PDF throughput, standard handout, ${o.concurrency} in flight`] = `${stdRate.perSecond.toFixed(1)} handouts/s (${stdRate.renders} renders)`;
    log(`throughput done`);

    const before = memory();
    const left = Math.max(20_000, o.budgetSeconds * 1000 - (performance.now() - started));
    const run = await concurrent(pool, compact, o.memoryRenders, o.concurrency, left);
    const after = memory();
    const gc = typeof (globalThis as { gc?: unknown }).gc === "function" ? "forced GC" : "no forced GC: run node with --expose-gc";
    const count = run.renders < o.memoryRenders ? `${run.renders} (of ${o.memoryRenders}: time budget)` : `${run.renders}`;
    figures[`Main thread heap before → after ${count} pool renders`] = `${mb(before.heap)} → ${mb(after.heap)} MB (${gc})`;
    // Worker threads live in the same process: RSS includes them (2 workers of ~150 MB each).
    figures[`Process RSS (workers included) before → after ${count} pool renders`] = `${mb(before.rss)} → ${mb(after.rss)} MB`;
    figures[`PDF memory run throughput (compact, ${o.concurrency} in flight)`] = `${run.perSecond.toFixed(1)} handouts/s over ${run.seconds.toFixed(0)} s`;
    log(`memory run done`);

    const stats = pool.stats();
    figures["PDF pool workers started / recycled"] = `${stats.workersStarted} / ${stats.workersRecycled} (failed renders: ${stats.failed})`;
    figures["PDF benchmark machine"] =
      `${os.availableParallelism()} CPUs, load average ${os.loadavg()[0]!.toFixed(1)} at the end, Node ${process.versions.node}, total ${((performance.now() - started) / 1000).toFixed(0)} s`;
    return figures;
  } finally {
    await pool.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  benchPdf()
    .then((figures) => {
      for (const [key, value] of Object.entries(figures)) process.stdout.write(`${key}: ${value}\n`);
    })
    .catch((err: unknown) => {
      process.stderr.write(`bench-pdf: ${err instanceof Error ? err.stack : String(err)}\n`);
      process.exit(1);
    });
}

// A small pool of worker threads that render handout PDFs off the main thread.
// Why: @react-pdf/renderer 4.9 leaks about 56 KB of heap per render and blocks its thread for
// tens of milliseconds (docs: /work/shared/reference/environment.md). Each worker is recycled
// after a bounded number of renders, so the leak dies with it; a render over its time limit
// terminates its worker (rejecting with HandoutRenderError "timeout") and the pool replaces it.
//
// The worker entry is lib/pdf/worker.mjs: plain JavaScript that Node loads from disk, found at
// <cwd>/lib/pdf/worker.mjs (the app runs from the repository root), then beside this module.
// Override with the `workerPath` option or RESTRIDE_PDF_WORKER_PATH.
import { existsSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker, type ResourceLimits } from "node:worker_threads";
import { HandoutRenderError } from "./errors";
import type { HandoutViewModel } from "./types";

export { HandoutRenderError, isHandoutRenderError, type HandoutRenderErrorCode } from "./errors";

export const POOL_DEFAULTS = {
  maxRendersPerWorker: 200,
  timeoutMs: 15_000,
  /** A worker that has not loaded react-pdf and its fonts by then is treated as crashed. */
  startupTimeoutMs: 30_000,
  maxQueue: 1_000,
  /** A request that waits longer than this for a free worker is turned away ("queue_timeout"). */
  queueTimeoutMs: 10_000,
} as const;

export interface HandoutPoolOptions {
  /** Worker threads; default min(2, CPU count). */
  size?: number;
  /** Renders before a worker is terminated and replaced; default 200. */
  maxRendersPerWorker?: number;
  /** Default time limit per render, ms; default 15 000. */
  timeoutMs?: number;
  startupTimeoutMs?: number;
  /** Requests allowed to wait for a worker; more are rejected with "queue_full". Default 1 000. */
  maxQueue?: number;
  /**
   * Longest wait for a free worker, ms; past it the request is rejected with "queue_timeout"
   * (the caller answers "try again in a few seconds"). Default 10 000.
   */
  queueTimeoutMs?: number;
  /** Absolute path of worker.mjs; see defaultWorkerPath(). */
  workerPath?: string;
  /** Folder with the font files, passed to the workers; found automatically by default. */
  fontDir?: string;
  /** V8 limits per worker (e.g. { maxOldGenerationSizeMb: 256 }). */
  resourceLimits?: ResourceLimits;
  /**
   * NODE_ENV inside the workers; "production" by default so React's production build renders
   * (faster, no dev-only checks) even under `next dev`, tsx or vitest.
   */
  workerNodeEnv?: string;
}

export interface RenderRequestOptions {
  /** Time limit for this render, ms; the pool's default otherwise. */
  timeoutMs?: number;
}

export interface HandoutPoolStats {
  size: number;
  workers: number;
  busy: number;
  queued: number;
  rendered: number;
  failed: number;
  timeouts: number;
  crashes: number;
  /** Requests turned away after waiting queueTimeoutMs for a worker. */
  queueTimeouts: number;
  workersStarted: number;
  /** Workers terminated after maxRendersPerWorker renders. */
  workersRecycled: number;
}

interface Job {
  id: number;
  vm: HandoutViewModel;
  timeoutMs: number;
  /** Rejects the job if it is still waiting for a worker at its queue deadline. */
  queueTimer: NodeJS.Timeout | null;
  resolve: (pdf: Buffer) => void;
  reject: (err: HandoutRenderError) => void;
}

interface Slot {
  worker: Worker;
  state: "starting" | "idle" | "busy";
  renders: number;
  job: Job | null;
  timer: NodeJS.Timeout | null;
}

/** The protocol with worker.mjs (which type-checks its side against these). */
export interface WorkerStartData {
  fontDir: string | null;
}
export interface RenderRequest {
  type: "render";
  id: number;
  vm: HandoutViewModel;
}
export type WorkerMessage =
  { type: "ready" } | { type: "done"; id: number; pdf: ArrayBuffer } | { type: "error"; id: number; error: { name?: string; message: string; stack?: string } };

function positiveInt(value: number | undefined, fallback: number): number {
  return typeof value === "number" && Number.isFinite(value) && value >= 1 ? Math.floor(value) : fallback;
}

function moduleDir(): string | null {
  try {
    const url = import.meta.url;
    return url?.startsWith("file:") ? path.dirname(fileURLToPath(url)) : null;
  } catch {
    return null;
  }
}

/** Where the worker entry is looked for, in order. An explicit path is the only candidate. */
export function workerPathCandidates(explicit?: string): string[] {
  if (explicit) return [explicit];
  const here = moduleDir();
  return [
    process.env.RESTRIDE_PDF_WORKER_PATH,
    path.join(process.cwd(), "lib", "pdf", "worker.mjs"),
    here ? path.join(/*turbopackIgnore: true*/ here, "worker.mjs") : undefined,
  ].filter((p): p is string => typeof p === "string" && p.length > 0);
}

/** The first existing worker entry; throws when there is none. */
export function defaultWorkerPath(explicit?: string): string {
  const candidates = workerPathCandidates(explicit);
  const found = candidates.find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`Handout worker not found; looked in: ${candidates.join(", ")}`);
  return found;
}

export class HandoutPool {
  readonly size: number;
  readonly maxRendersPerWorker: number;
  readonly timeoutMs: number;
  readonly startupTimeoutMs: number;
  readonly maxQueue: number;
  readonly queueTimeoutMs: number;
  private readonly options: HandoutPoolOptions;
  private readonly slots = new Set<Slot>();
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private startFailures = 0;
  private workerPath: string | null = null;
  private readonly counters = { rendered: 0, failed: 0, timeouts: 0, crashes: 0, queueTimeouts: 0, workersStarted: 0, workersRecycled: 0 };

  constructor(options: HandoutPoolOptions = {}) {
    this.options = options;
    // One core stays free for the request thread: renders are CPU-bound, and on a 2-core
    // server two busy workers more than double other routes' tail latency (docs/benchmarks.md).
    this.size = positiveInt(options.size, Math.max(1, Math.min(2, (os.availableParallelism?.() ?? os.cpus().length) - 1)));
    this.maxRendersPerWorker = positiveInt(options.maxRendersPerWorker, POOL_DEFAULTS.maxRendersPerWorker);
    this.timeoutMs = positiveInt(options.timeoutMs, POOL_DEFAULTS.timeoutMs);
    this.startupTimeoutMs = positiveInt(options.startupTimeoutMs, POOL_DEFAULTS.startupTimeoutMs);
    this.maxQueue = positiveInt(options.maxQueue, POOL_DEFAULTS.maxQueue);
    this.queueTimeoutMs = positiveInt(options.queueTimeoutMs, POOL_DEFAULTS.queueTimeoutMs);
  }

  /** Renders a view model in a worker. Rejects with HandoutRenderError. */
  render(vm: HandoutViewModel, options: RenderRequestOptions = {}): Promise<Buffer> {
    if (this.closed) return Promise.reject(new HandoutRenderError("closed", "The handout pool is closed"));
    if (this.queue.length >= this.maxQueue) {
      this.counters.failed += 1;
      return Promise.reject(new HandoutRenderError("queue_full", `More than ${this.maxQueue} handouts are waiting to render`));
    }
    return new Promise<Buffer>((resolve, reject) => {
      const job: Job = { id: this.nextId++, vm, timeoutMs: positiveInt(options.timeoutMs, this.timeoutMs), queueTimer: null, resolve, reject };
      job.queueTimer = setTimeout(() => {
        const index = this.queue.indexOf(job);
        if (index < 0) return; // already rendering
        this.queue.splice(index, 1);
        this.counters.failed += 1;
        this.counters.queueTimeouts += 1;
        reject(new HandoutRenderError("queue_timeout", `No render worker was free within ${this.queueTimeoutMs} ms`));
      }, this.queueTimeoutMs);
      job.queueTimer.unref?.();
      this.queue.push(job);
      this.fill();
      this.pump();
    });
  }

  /** Starts the workers now (instead of on the first render) and waits until they are ready. */
  async warm(): Promise<void> {
    if (this.closed) return;
    while (this.slots.size < this.size) {
      if (!this.spawn()) return;
    }
    const deadline = Date.now() + this.startupTimeoutMs;
    while ([...this.slots].some((slot) => slot.state === "starting") && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  stats(): HandoutPoolStats {
    const slots = [...this.slots];
    return {
      size: this.size,
      workers: slots.length,
      busy: slots.filter((slot) => slot.state === "busy").length,
      queued: this.queue.length,
      ...this.counters,
    };
  }

  /** Rejects waiting requests and in-flight renders with "closed" and terminates every worker. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const job of this.queue.splice(0)) {
      if (job.queueTimer) clearTimeout(job.queueTimer);
      job.reject(new HandoutRenderError("closed", "The handout pool was closed"));
    }
    const exits = [...this.slots].map((slot) => {
      this.failJob(slot, new HandoutRenderError("closed", "The handout pool was closed"));
      return this.terminate(slot);
    });
    await Promise.all(exits);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  // -------------------------------------------------------------------------------------------

  /** Keeps `size` workers while there is work waiting. */
  private fill(): void {
    if (this.closed) return;
    const waiting = this.queue.length;
    const available = [...this.slots].filter((slot) => slot.state !== "busy").length;
    let missing = Math.min(this.size - this.slots.size, waiting - available);
    while (missing-- > 0) {
      if (!this.spawn()) return;
    }
  }

  private spawn(): Slot | null {
    let file: string;
    try {
      file = this.workerPath ?? defaultWorkerPath(this.options.workerPath);
      this.workerPath = file;
    } catch (err) {
      this.rejectQueue(new HandoutRenderError("worker_crashed", (err as Error).message, { cause: err }));
      return null;
    }
    let worker: Worker;
    try {
      worker = new Worker(file, {
        workerData: { fontDir: this.options.fontDir ?? null } satisfies WorkerStartData,
        env: { ...process.env, NODE_ENV: this.options.workerNodeEnv ?? "production" },
        // No loaders or flags from the parent (tsx, vitest): the entry is plain JavaScript.
        execArgv: [],
        resourceLimits: this.options.resourceLimits,
      });
    } catch (err) {
      this.rejectQueue(new HandoutRenderError("worker_crashed", `Could not start the handout worker: ${(err as Error).message}`, { cause: err }));
      return null;
    }
    worker.unref();
    this.counters.workersStarted += 1;
    const slot: Slot = { worker, state: "starting", renders: 0, job: null, timer: null };
    this.slots.add(slot);
    slot.timer = setTimeout(() => this.onCrash(slot, new Error(`did not start within ${this.startupTimeoutMs} ms`)), this.startupTimeoutMs);
    slot.timer.unref();

    worker.on("message", (message: WorkerMessage) => this.onMessage(slot, message));
    worker.on("error", (err) => this.onCrash(slot, err));
    worker.on("exit", (code) => {
      if (this.slots.has(slot)) this.onCrash(slot, new Error(`exited with code ${code}`));
    });
    return slot;
  }

  private onMessage(slot: Slot, message: WorkerMessage): void {
    if (!this.slots.has(slot)) return;
    if (message.type === "ready") {
      this.clearTimer(slot);
      slot.state = "idle";
      this.startFailures = 0;
      this.pump();
      return;
    }
    const job = slot.job;
    if (!job || message.id !== job.id) return;
    this.clearTimer(slot);
    slot.job = null;
    slot.renders += 1;
    if (message.type === "done") {
      this.counters.rendered += 1;
      job.resolve(Buffer.from(message.pdf));
    } else {
      this.counters.failed += 1;
      job.reject(new HandoutRenderError("render_failed", `Handout render failed: ${message.error.message}`, { cause: message.error }));
    }
    if (slot.renders >= this.maxRendersPerWorker) {
      this.counters.workersRecycled += 1;
      void this.terminate(slot);
      this.replace();
    } else {
      slot.state = "idle";
      this.pump();
    }
  }

  private onCrash(slot: Slot, err: Error): void {
    if (!this.slots.has(slot)) return;
    const starting = slot.state === "starting";
    this.counters.crashes += 1;
    this.failJob(slot, new HandoutRenderError("worker_crashed", `Handout worker failed: ${err.message}`, { cause: err }));
    void this.terminate(slot);
    if (starting) {
      this.startFailures += 1;
      // A worker that cannot even start (missing file, broken install) would fail forever:
      // give up on what is waiting instead of respawning in a loop.
      if (this.startFailures >= 3) {
        this.startFailures = 0;
        this.rejectQueue(new HandoutRenderError("worker_crashed", `Handout worker could not start: ${err.message}`, { cause: err }));
        return;
      }
    }
    this.replace();
  }

  private onTimeout(slot: Slot): void {
    if (!this.slots.has(slot) || !slot.job) return;
    this.counters.timeouts += 1;
    this.counters.failed += 1;
    const job = slot.job;
    slot.job = null;
    job.reject(new HandoutRenderError("timeout", `Handout render took longer than ${job.timeoutMs} ms`));
    void this.terminate(slot);
    this.replace();
  }

  /** After a worker left: start another one right away while the pool is in use. */
  private replace(): void {
    if (this.closed) return;
    if (this.slots.size < this.size) this.spawn();
    this.pump();
  }

  private pump(): void {
    if (this.closed) return;
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.state !== "idle") continue;
      const job = this.queue.shift()!;
      if (job.queueTimer) clearTimeout(job.queueTimer);
      job.queueTimer = null;
      slot.state = "busy";
      slot.job = job;
      slot.timer = setTimeout(() => this.onTimeout(slot), job.timeoutMs);
      try {
        slot.worker.postMessage({ type: "render", id: job.id, vm: job.vm } satisfies RenderRequest);
      } catch (err) {
        // A view model that cannot be cloned (functions, symbols) never reaches the worker.
        this.clearTimer(slot);
        slot.job = null;
        slot.state = "idle";
        this.counters.failed += 1;
        job.reject(new HandoutRenderError("render_failed", `Handout view model could not be sent: ${(err as Error).message}`, { cause: err }));
      }
    }
    this.fill();
  }

  private failJob(slot: Slot, err: HandoutRenderError): void {
    this.clearTimer(slot);
    const job = slot.job;
    slot.job = null;
    if (job) {
      this.counters.failed += 1;
      job.reject(err);
    }
  }

  private rejectQueue(err: HandoutRenderError): void {
    for (const job of this.queue.splice(0)) {
      if (job.queueTimer) clearTimeout(job.queueTimer);
      this.counters.failed += 1;
      job.reject(err);
    }
  }

  private clearTimer(slot: Slot): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
  }

  private terminate(slot: Slot): Promise<void> {
    this.clearTimer(slot);
    this.slots.delete(slot);
    slot.worker.removeAllListeners("message");
    // Keep an error listener: a late "error" event with no listener would crash the process.
    slot.worker.removeAllListeners("error");
    slot.worker.on("error", () => {});
    return slot.worker.terminate().then(
      () => undefined,
      () => undefined,
    );
  }
}

// ---------------------------------------------------------------------------------------------
// App singleton
// ---------------------------------------------------------------------------------------------

const POOL_KEY = Symbol.for("restride.handoutPool");
type PoolGlobal = typeof globalThis & { [POOL_KEY]?: HandoutPool };

function envInt(name: string): number | undefined {
  const raw = process.env[name];
  if (!raw) return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 1 ? value : undefined;
}

/** Pool options from RESTRIDE_PDF_WORKERS, _MAX_RENDERS, _TIMEOUT_MS, _QUEUE_TIMEOUT_MS and _WORKER_PATH. */
export function poolOptionsFromEnv(): HandoutPoolOptions {
  const options: HandoutPoolOptions = {};
  const size = envInt("RESTRIDE_PDF_WORKERS");
  const maxRenders = envInt("RESTRIDE_PDF_MAX_RENDERS");
  const timeout = envInt("RESTRIDE_PDF_TIMEOUT_MS");
  if (size) options.size = size;
  if (maxRenders) options.maxRendersPerWorker = maxRenders;
  if (timeout) options.timeoutMs = timeout;
  const queueTimeout = envInt("RESTRIDE_PDF_QUEUE_TIMEOUT_MS");
  if (queueTimeout) options.queueTimeoutMs = queueTimeout;
  if (process.env.RESTRIDE_PDF_WORKER_PATH) options.workerPath = process.env.RESTRIDE_PDF_WORKER_PATH;
  return options;
}

/**
 * The process-wide pool (kept on globalThis so hot reload does not start more workers).
 * `options` only apply when the pool is created.
 */
export function getHandoutPool(options?: HandoutPoolOptions): HandoutPool {
  const g = globalThis as PoolGlobal;
  let pool = g[POOL_KEY];
  if (!pool || pool.isClosed) {
    pool = new HandoutPool(options ?? poolOptionsFromEnv());
    g[POOL_KEY] = pool;
  }
  return pool;
}

/** Closes the process-wide pool, if any (tests, graceful shutdown). */
export async function closeHandoutPool(): Promise<void> {
  const g = globalThis as PoolGlobal;
  const pool = g[POOL_KEY];
  delete g[POOL_KEY];
  await pool?.close();
}

/** Renders through the process-wide pool. */
export function renderHandoutInPool(vm: HandoutViewModel, options?: RenderRequestOptions): Promise<Buffer> {
  return getHandoutPool().render(vm, options);
}

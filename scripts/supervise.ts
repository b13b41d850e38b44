/**
 * How `npm start` stops its child (next start or next dev), wherever the signal arrives:
 * - a SIGINT/SIGTERM/SIGHUP to the start process is passed on to the child as SIGTERM, which
 *   stops accepting connections and lets in-flight requests finish; past the drain deadline the
 *   child is killed, so the process always exits within RESTRIDE_SHUTDOWN_TIMEOUT_MS;
 * - when the start process's own parent goes away (SIGTERM to npm alone, whose `sh -c` then
 *   exits without passing it on), the start process notices within half a second and stops too;
 * - the child watches the start process the same way (instrumentation.ts, RESTRIDE_PARENT_PID),
 *   so even a start process killed outright does not leave next-server holding the port.
 */
import type { ChildProcess } from "node:child_process";

export const DEFAULT_SHUTDOWN_MS = 10_000;

/** RESTRIDE_SHUTDOWN_TIMEOUT_MS, or 10 s. */
export function shutdownDeadlineMs(env: Record<string, string | undefined> = process.env): number {
  const value = Number(env.RESTRIDE_SHUTDOWN_TIMEOUT_MS);
  return Number.isFinite(value) && value >= 1_000 ? value : DEFAULT_SHUTDOWN_MS;
}

/**
 * Sends SIGTERM and waits for the child to exit; after `drainMs` it is sent SIGKILL. Resolves
 * with how it ended ("exited" on its own after SIGTERM, "killed" at the deadline).
 */
export async function stopChild(child: ChildProcess, drainMs: number): Promise<"not-running" | "exited" | "killed"> {
  if (child.exitCode !== null || child.signalCode !== null) return "not-running";
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  child.kill("SIGTERM");
  let killed = false;
  const timer = setTimeout(() => {
    killed = true;
    child.kill("SIGKILL");
  }, drainMs);
  await exited;
  clearTimeout(timer);
  return killed ? "killed" : "exited";
}

/** Calls `onOrphaned` once when this process's parent changes (the parent exited). */
export function watchParent(onOrphaned: () => void, everyMs = 500): () => void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid !== parent) {
      clearInterval(timer);
      onOrphaned();
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

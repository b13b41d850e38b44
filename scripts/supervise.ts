/**
 * How `npm start` stops its child (next start or next dev), wherever the signal arrives:
 * - a SIGINT/SIGTERM/SIGHUP to the start process is passed on to the child as SIGTERM, which
 *   stops accepting connections and lets in-flight requests finish; past the drain deadline the
 *   child is killed, so the process always exits within RESTRIDE_SHUTDOWN_TIMEOUT_MS;
 * - when one of the start process's nearest ancestors goes away (SIGTERM to npm alone, which
 *   exits without its `sh -c` and tsx passing it on), the start process notices within half a
 *   second and stops too;
 * - the child watches the start process the same way (instrumentation.ts, RESTRIDE_PARENT_PID),
 *   so even a start process killed outright does not leave next-server holding the port.
 */
import type { ChildProcess } from "node:child_process";
import { readFileSync } from "node:fs";

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

/** The parent of `pid` (Linux /proc), or null when it cannot be read. */
function parentOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // pid (comm) state ppid …: comm may contain spaces, so read after its closing parenthesis.
    const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
    return Number.isInteger(ppid) ? ppid : null;
  } catch {
    return null;
  }
}

/** This process's ancestors, nearest first, up to `depth` (fewer where /proc is unavailable). */
export function ancestors(depth = 3): number[] {
  const chain = [process.ppid];
  while (chain.length < depth) {
    const next = parentOf(chain[chain.length - 1]!);
    if (next === null || next <= 1) break;
    chain.push(next);
  }
  return chain;
}

/**
 * Calls `onOrphaned` once when one of this process's nearest ancestors goes away: `npm start`
 * runs npm → sh → tsx → this script, and a SIGTERM to npm alone ends npm while sh and tsx carry
 * on, so the direct parent alone would never change.
 */
export function watchParent(onOrphaned: () => void, everyMs = 500): () => void {
  const chain = ancestors();
  const timer = setInterval(() => {
    const now = ancestors(chain.length);
    if (now.length !== chain.length || now.some((pid, i) => pid !== chain[i])) {
      clearInterval(timer);
      onOrphaned();
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}

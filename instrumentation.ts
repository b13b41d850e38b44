/**
 * Next.js calls register() once when the server starts. Under `npm start` (scripts/start.ts,
 * which sets RESTRIDE_PARENT_PID), the server watches that process and shuts itself down
 * (SIGTERM: stop accepting, finish in-flight requests) when it is gone, so a start process that
 * was killed outright never leaves next-server holding the port. See scripts/supervise.ts.
 */
export function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const parent = Number(process.env.RESTRIDE_PARENT_PID);
  if (!Number.isInteger(parent) || parent <= 1) return;
  const timer = setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      clearInterval(timer);
      process.kill(process.pid, "SIGTERM");
    }
  }, 1_000);
  timer.unref();
}

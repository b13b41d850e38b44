/**
 * Next.js calls register() once when the server starts. Under `npm start` (scripts/start.ts,
 * which sets RESTRIDE_PARENT_PID), the server watches that process and shuts itself down
 * (SIGTERM: stop accepting, finish in-flight requests) when it is gone, so a start process that
 * was killed outright never leaves next-server holding the port. See scripts/supervise.ts.
 * It also starts the worklist's scheduled summary refresh.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  // The worklist's time-based rules (inactivity, the adherence week): one unref'd interval per
  // server, safe with several (lib/server/plan-summary.ts, decision 027). Off with RESTRIDE_SUMMARY_REFRESH_MS=0.
  if (process.env.DATABASE_URL && process.env.RESTRIDE_SUMMARY_REFRESH_MS !== "0") {
    const { startSummaryRefresh } = await import("@/lib/server/plan-summary");
    startSummaryRefresh();
  }
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

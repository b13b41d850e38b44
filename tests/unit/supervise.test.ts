// npm start's shutdown (scripts/supervise.ts): the app gets SIGTERM and time to drain, and is
// killed at the deadline if it does not stop. Issue 12, decision 020.
import { spawn } from "node:child_process";
import { expect, it } from "vitest";
import { DEFAULT_SHUTDOWN_MS, shutdownDeadlineMs, stopChild } from "@/scripts/supervise";

/** A node child that logs "ready" once its SIGTERM handler is in place. */
function child(onSigterm: string) {
  const p = spawn(process.execPath, ["-e", `process.on("SIGTERM", () => { ${onSigterm} }); setInterval(() => {}, 1000); console.log("ready");`], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise<typeof p>((resolve) => p.stdout.once("data", () => resolve(p)));
}

it("passes SIGTERM on and waits for the app to finish draining", async () => {
  const app = await child("setTimeout(() => process.exit(0), 300);");
  const t0 = Date.now();
  expect(await stopChild(app, 5_000)).toBe("exited");
  expect(Date.now() - t0).toBeGreaterThanOrEqual(250);
  expect(Date.now() - t0).toBeLessThan(3_000);
});

it("kills an app that does not stop within the drain deadline", async () => {
  const app = await child("/* ignores it */");
  const t0 = Date.now();
  expect(await stopChild(app, 400)).toBe("killed");
  expect(Date.now() - t0).toBeLessThan(2_000);
  expect(app.signalCode).toBe("SIGKILL");
});

it("reads the deadline from RESTRIDE_SHUTDOWN_TIMEOUT_MS (10 s by default)", () => {
  expect(shutdownDeadlineMs({})).toBe(DEFAULT_SHUTDOWN_MS);
  expect(DEFAULT_SHUTDOWN_MS).toBe(10_000);
  expect(shutdownDeadlineMs({ RESTRIDE_SHUTDOWN_TIMEOUT_MS: "4000" })).toBe(4000);
  expect(shutdownDeadlineMs({ RESTRIDE_SHUTDOWN_TIMEOUT_MS: "nonsense" })).toBe(DEFAULT_SHUTDOWN_MS);
});

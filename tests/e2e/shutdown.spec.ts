// Shutdown (issue 12, decision 020): SIGTERM to the `npm start` process alone, as a container
// stop sends it, and Ctrl-C (SIGINT to the whole process group, as a terminal sends it; npm itself
// ignores a SIGINT sent to it alone and waits for its script) must stop the app and its embedded
// PostgreSQL and free the port within the 10 s deadline. Uses the build the e2e server made.
import { spawn } from "node:child_process";
import net from "node:net";
import { expect, test } from "@playwright/test";

const portFree = (port: number) =>
  new Promise<boolean>((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "0.0.0.0", () => server.close(() => resolve(true)));
  });

async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 200));
  }
  return check();
}

for (const signal of ["SIGTERM", "SIGINT"] as const) {
  test(`${signal} to npm start frees the port within the 10 s deadline`, async () => {
    test.setTimeout(180_000);
    const port = signal === "SIGTERM" ? 3991 : 3992;
    // Its own process group, as in a terminal.
    const npm = spawn("npm", ["start", "--", "--e2e"], { env: { ...process.env, PORT: String(port) }, stdio: "ignore", detached: true });
    const up = await until(async () => {
      const res = await fetch(`http://127.0.0.1:${port}/api/health`).catch(() => null);
      return res?.status === 200;
    }, 150_000);
    expect(up, "npm start answered /api/health").toBe(true);

    if (signal === "SIGTERM")
      npm.kill(signal); // to npm only, as `docker stop` does
    else process.kill(-npm.pid!, signal); // Ctrl-C: the whole foreground group
    expect(await until(() => portFree(port), 10_000), `port ${port} free within 10 s of ${signal}`).toBe(true);
    expect(await until(async () => npm.exitCode !== null || npm.signalCode !== null, 5_000)).toBe(true);
  });
}

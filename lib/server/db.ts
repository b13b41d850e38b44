import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { createPool } from "@/lib/db/pool";

// One PrismaClient (and one pg pool) per process. Dev hot reload re-evaluates modules, so the
// instance lives on globalThis. It is created on first use, so `next build` (which loads route
// modules) needs no database.
const globalForDb = globalThis as unknown as { restrideDb?: PrismaClient };

function client(): PrismaClient {
  if (globalForDb.restrideDb) return globalForDb.restrideDb;
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database)");
  globalForDb.restrideDb = new PrismaClient({ adapter: new PrismaPg(createPool(url)) });
  return globalForDb.restrideDb;
}

export const db: PrismaClient = new Proxy({} as PrismaClient, {
  get(_target, prop) {
    const c = client();
    const value = Reflect.get(c, prop, c) as unknown;
    return typeof value === "function" ? (value as (...a: unknown[]) => unknown).bind(c) : value;
  },
});

export type Db = PrismaClient;
export type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

// @ts-check
// Generates the Prisma client (lib/generated/prisma) and stamps what it was generated from, so
// `npm start` and `npm test` can regenerate it when prisma/schema.prisma changes.
//   node scripts/prisma-generate.mjs             generate now (`npm run db:generate`)
//   node scripts/prisma-generate.mjs --if-stale  only when the stamp does not match
// Imported by postinstall.mjs and scripts/lib.ts (ensurePrismaClient). Plain JavaScript: it runs
// from postinstall, before anything else is set up.
//
// `prisma generate` needs no native engine in Prisma 7, but the CLI still checks for one and
// would download it from Prisma's CDN (unreachable here): point it at any existing file.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(ROOT, "node_modules", "prisma", "build", "index.js");
/** Inputs of the generated client: the schema, the CLI's config and the CLI itself. */
const INPUTS = [path.join(ROOT, "prisma", "schema.prisma"), path.join(ROOT, "prisma.config.ts"), path.join(ROOT, "node_modules", "prisma", "package.json")];
export const CLIENT_ENTRY = path.join(ROOT, "lib", "generated", "prisma", "client.ts");
/** Beside the generated folder, not in it: `prisma generate` may empty its output folder. */
export const STAMP_FILE = path.join(ROOT, "lib", "generated", "prisma-client.sha256");

/** sha256 over the inputs' contents (a missing file counts as empty). */
export function clientStamp() {
  const hash = createHash("sha256");
  for (const file of INPUTS) {
    hash.update(`${path.relative(ROOT, file)}\0`);
    hash.update(existsSync(file) ? readFileSync(file) : "");
    hash.update("\0");
  }
  return hash.digest("hex");
}

/** True when there is no client, or it was generated from other inputs (or before stamps existed). */
export function prismaClientIsStale() {
  if (!existsSync(CLIENT_ENTRY) || !existsSync(STAMP_FILE)) return true;
  return readFileSync(STAMP_FILE, "utf8").trim() !== clientStamp();
}

/**
 * Runs `prisma generate` and writes the stamp on success.
 * @returns {number} the CLI's exit status (0: generated; 0 with a warning when the CLI is absent)
 */
export function generatePrismaClient() {
  if (!existsSync(CLI)) {
    console.warn("restride: prisma CLI not installed; skipping client generation");
    return 0;
  }
  const stamp = clientStamp();
  const env = {
    ...process.env,
    PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath,
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
  };
  const r = spawnSync(process.execPath, [CLI, "generate"], { cwd: ROOT, env, stdio: "inherit" });
  if (r.status !== 0) return r.status ?? 1;
  writeFileSync(STAMP_FILE, `${stamp}\n`);
  return 0;
}

const isMain = process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const ifStale = process.argv.includes("--if-stale");
  if (ifStale && !prismaClientIsStale()) {
    console.log("restride: Prisma client is up to date");
  } else {
    process.exitCode = generatePrismaClient();
  }
}

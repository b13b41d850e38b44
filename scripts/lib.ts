/** Helpers shared by the npm scripts (start, test, migrate, seed, bench). */
import { spawn, type SpawnOptions } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CLIENT_ENTRY, prismaClientIsStale } from "./prisma-generate.mjs";

export const ROOT = path.resolve(import.meta.dirname, "..");
export const DATA_DIR = path.join(ROOT, ".data");

export function log(line: string) {
  process.stdout.write(`restride: ${line}\n`);
}

/** Runs a command, inheriting stdio; rejects on a non-zero exit. */
export function run(cmd: string, args: string[], opts: SpawnOptions = {}): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { stdio: "inherit", cwd: ROOT, ...opts });
    child.on("error", reject);
    child.on("exit", (code, signal) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} exited with ${code ?? signal}`))));
  });
}

export function bin(name: string) {
  return path.join(ROOT, "node_modules", ".bin", name);
}

/** A secret kept under .data so sessions survive restarts; NEXTAUTH_SECRET overrides it. */
export function localSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  mkdirSync(DATA_DIR, { recursive: true });
  const file = path.join(DATA_DIR, "auth-secret");
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64url"), { mode: 0o600 });
  return readFileSync(file, "utf8").trim();
}

const BUILD_INPUTS = [
  "app",
  "components",
  "lib",
  "types",
  "proxy.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package-lock.json",
  "prisma/schema.prisma",
  "public",
];

/** A fingerprint of everything `next build` reads: sizes and mtimes of the source files. */
export function sourceFingerprint(): string {
  const hash = createHash("sha256");
  const walk = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const name of readdirSync(p).sort()) walk(path.join(p, name));
    } else {
      hash.update(`${path.relative(ROOT, p)}:${st.size}:${st.mtimeMs}\n`);
    }
  };
  for (const input of BUILD_INPUTS) walk(path.join(ROOT, input));
  return hash.digest("hex");
}

const FINGERPRINT_FILE = path.join(ROOT, ".next", "restride-build-fingerprint");

/** Builds the production bundle unless the last build saw exactly these sources. */
export async function buildIfNeeded(): Promise<boolean> {
  const fingerprint = sourceFingerprint();
  const built = existsSync(path.join(ROOT, ".next", "BUILD_ID")) && existsSync(FINGERPRINT_FILE) ? readFileSync(FINGERPRINT_FILE, "utf8") : null;
  if (built === fingerprint) return false;
  log("building the app (first run or sources changed; takes a minute or two)…");
  await run(bin("next"), ["build"], { env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  writeFileSync(FINGERPRINT_FILE, fingerprint);
  return true;
}

/**
 * Makes sure the generated Prisma client exists and matches prisma/schema.prisma (and
 * prisma.config.ts and the Prisma version): postinstall normally generated it; after a schema
 * change (a pull, a merge, an edit) the stamp no longer matches and it is generated again.
 */
export async function ensurePrismaClient() {
  if (!existsSync(CLIENT_ENTRY)) {
    // Never generated (npm skipped our postinstall?): run all of postinstall.
    await run(process.execPath, [path.join(ROOT, "scripts", "postinstall.mjs")]);
    return;
  }
  if (!prismaClientIsStale()) return;
  log("the Prisma schema changed since the client was generated; regenerating it (npm run db:generate)…");
  await run(process.execPath, [path.join(ROOT, "scripts", "prisma-generate.mjs")]);
}

export async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url);
      if (res.status < 500) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs / 1000} s`);
}

/** Signs in through next-auth's credentials endpoint (as the benchmarks do); returns the session cookie. */
export async function signInForCookie(base: string, email: string, password: string): Promise<string> {
  const csrfRes = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const csrfCookie = csrfRes.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: csrfCookie },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .find((c) => c?.startsWith("next-auth.session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed (${res.status})`);
  return session;
}

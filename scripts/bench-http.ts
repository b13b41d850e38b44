/**
 * HTTP-level figures for `npm run bench`: the app served by `next start` on the bench database.
 * - cached handout download time (the route answering from handout_cache);
 * - another route's latency (/api/health, which queries PostgreSQL) idle and while uncached
 *   handouts render 4 at a time, to show the worker pool keeps the request thread free.
 */
import { spawn } from "node:child_process";
import { performance } from "node:perf_hooks";
import { bin, buildIfNeeded, ROOT, waitForHttp } from "./lib";
import { signInForCookie as signIn } from "./lib";
import { freePort } from "./test-db";

const pct = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const ms = (x: number) => `${x.toFixed(1)} ms`;

async function timed(url: string, cookie?: string) {
  const t0 = performance.now();
  const res = await fetch(url, { headers: cookie ? { Cookie: cookie } : {} });
  await res.arrayBuffer();
  const elapsed = performance.now() - t0;
  if (res.status !== 200) throw new Error(`${url} answered ${res.status}`);
  return { elapsed, cache: res.headers.get("x-restride-handout-cache") };
}

export async function benchHttp(opts: { databaseUrl: string; email: string; password: string; planIds: string[] }): Promise<Record<string, string>> {
  await buildIfNeeded();
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(bin("next"), ["start", "-p", String(port)], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATABASE_URL: opts.databaseUrl,
      NEXTAUTH_SECRET: "bench-secret",
      NEXTAUTH_URL: base,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
    },
    stdio: ["ignore", "ignore", "inherit"],
  });
  const figures: Record<string, string> = {};
  try {
    await waitForHttp(`${base}/api/health`, 60_000);
    const cookie = await signIn(base, opts.email, opts.password);
    for (let i = 0; i < 50; i++) await timed(`${base}/api/health`); // warm-up

    const idle: number[] = [];
    for (let i = 0; i < 400; i++) idle.push((await timed(`${base}/api/health`)).elapsed);

    const [first, ...rest] = opts.planIds;
    const handoutUrl = (id: string) => `${base}/api/plans/${id}/handout?lang=en`;
    await timed(handoutUrl(first!), cookie); // renders and caches
    const cached: number[] = [];
    for (let i = 0; i < 200; i++) {
      const r = await timed(handoutUrl(first!), cookie);
      if (r.cache !== "hit") throw new Error("expected a cached handout");
      cached.push(r.elapsed);
    }
    figures["Cached handout download (HTTP, session check, cache read, audit row)"] =
      `median ${ms(pct(cached, 0.5))}, p95 ${ms(pct(cached, 0.95))} (200 requests)`;

    // Uncached renders, 4 in flight, while /api/health is polled one request at a time.
    let index = 0;
    let rendered = 0;
    const t0 = performance.now();
    const renderers = Array.from({ length: 4 }, async () => {
      while (index < rest.length) {
        const id = rest[index++]!;
        await timed(handoutUrl(id), cookie);
        rendered += 1;
      }
    });
    const loaded: number[] = [];
    let done = false;
    const poller = (async () => {
      while (!done) loaded.push((await timed(`${base}/api/health`)).elapsed);
    })();
    await Promise.all(renderers);
    const seconds = (performance.now() - t0) / 1000;
    done = true;
    await poller;
    figures["/api/health latency, idle"] = `median ${ms(pct(idle, 0.5))}, p99 ${ms(pct(idle, 0.99))} (${idle.length} requests)`;
    figures["/api/health latency while handouts render (4 in flight, uncached)"] =
      `median ${ms(pct(loaded, 0.5))}, p99 ${ms(pct(loaded, 0.99))} (${loaded.length} requests)`;
    figures["Uncached handout downloads over HTTP, 4 in flight"] =
      `${(rendered / seconds).toFixed(1)} handouts/s (${rendered} seeded-plan handouts, ${seconds.toFixed(0)} s)`;
    return figures;
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
}

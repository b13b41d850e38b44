/**
 * `npm run bench -- portal` (issue 13): the patient portal's Today page on a phone, as
 * Lighthouse's mobile preset would load it: a 412 × 823 screen at 1.75 device pixels, the CPU
 * slowed 4 times and a slow 4G network (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up),
 * emulated in Chromium through the DevTools protocol (Lighthouse itself is not installed here).
 * Each load is cold (a new browser context). Figures: the JavaScript the page downloads
 * (uncompressed bytes, as Lighthouse's "JavaScript" weight counts them), its files, the Largest
 * Contentful Paint and the total blocking time (long tasks' time over 50 ms). Numbers, never
 * assertions.
 */
import { mkdtempSync, rmSync, chmodSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, type Browser } from "@playwright/test";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { DEMO_PASSWORD, DEMO_PATIENT_USER, seed } from "@/lib/db/seed";
import { startApp, stopApp } from "./bench-pages";
import { buildIfNeeded, DATA_DIR, log, signInForCookie } from "./lib";
import { freePort } from "./test-db";

export const PORTAL_HEADING = "## Portal on a phone";

const RUNS = 5;
const MOBILE = { width: 412, height: 823, deviceScaleFactor: 1.75 };
const NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };
const CPU_SLOWDOWN = 4;

export interface PortalLoad {
  jsBytes: number;
  jsFiles: number;
  lcpMs: number;
  tbtMs: number;
  /** The chunks by size, largest first (path and bytes), for finding what to cut. */
  chunks: [string, number][];
}

async function loadOnce(browser: Browser, base: string, cookie: string, pathname: string): Promise<PortalLoad> {
  const context = await browser.newContext({
    viewport: { width: MOBILE.width, height: MOBILE.height },
    deviceScaleFactor: MOBILE.deviceScaleFactor,
    isMobile: true,
    hasTouch: true,
  });
  const [name, ...value] = cookie.split("=");
  await context.addCookies([{ name: name!, value: value.join("="), url: base }]);
  await context.addInitScript(() => {
    const w = window as unknown as { __lcp: number; __tbt: number };
    w.__lcp = 0;
    w.__tbt = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__lcp = entry.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.__tbt += Math.max(0, entry.duration - 50);
    }).observe({ type: "longtask", buffered: true });
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", NETWORK);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: CPU_SLOWDOWN });
  const scripts: Promise<[string, number]>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    scripts.push(
      response.body().then(
        (body) => [new URL(response.url()).pathname, body.length] as [string, number],
        () => [response.url(), 0],
      ),
    );
  });
  try {
    await page.goto(`${base}${pathname}`, { waitUntil: "load", timeout: 120_000 });
    // LCP settles once the page is quiet; the first input would end it, so none is made.
    await page.waitForTimeout(3_000);
    const { lcp, tbt } = await page.evaluate(() => {
      const w = window as unknown as { __lcp: number; __tbt: number };
      return { lcp: w.__lcp, tbt: w.__tbt };
    });
    const chunks = (await Promise.all(scripts)).sort((a, b) => b[1] - a[1]);
    return { jsBytes: chunks.reduce((n, [, b]) => n + b, 0), jsFiles: chunks.length, lcpMs: lcp, tbtMs: tbt, chunks };
  } finally {
    await context.close();
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Loads each portal page RUNS times on the demo data and returns the section for docs/benchmarks.md. */
export async function benchPortal(label: string): Promise<string> {
  await buildIfNeeded();
  const tmp = mkdtempSync(path.join(os.tmpdir(), "restride-bench-portal-"));
  chmodSync(tmp, 0o755);
  const pg = await startEmbeddedPostgres({ dataDir: path.join(tmp, "pg"), port: await freePort(), database: "restride_portal" });
  let browser: Browser | undefined;
  let server: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    await migrate(pg.url);
    await seed(pg.url, { demo: true });
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    server = await startApp(port, pg.url, path.join(DATA_DIR, "bench-portal.log"));
    const cookie = await signInForCookie(base, DEMO_PATIENT_USER.email, DEMO_PASSWORD);
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium" });
    const rows: string[] = [];
    for (const pathname of ["/portal", "/portal/plan"]) {
      await loadOnce(browser, base, cookie, pathname); // warm the server's caches
      const loads: PortalLoad[] = [];
      for (let i = 0; i < RUNS; i++) loads.push(await loadOnce(browser, base, cookie, pathname));
      const kib = (b: number) => `${(b / 1024).toFixed(0)} KiB`;
      const figure = {
        js: median(loads.map((l) => l.jsBytes)),
        files: median(loads.map((l) => l.jsFiles)),
        lcp: median(loads.map((l) => l.lcpMs)),
        tbt: median(loads.map((l) => l.tbtMs)),
      };
      log(`${pathname}: ${kib(figure.js)} of JavaScript in ${figure.files} files, LCP ${figure.lcp.toFixed(0)} ms, TBT ${figure.tbt.toFixed(0)} ms`);
      for (const [chunk, bytes] of loads[0]!.chunks.slice(0, 8)) log(`  ${kib(bytes).padStart(8)}  ${chunk}`);
      rows.push(`| ${pathname} | ${kib(figure.js)} | ${figure.files} | ${(figure.lcp / 1000).toFixed(2)} s | ${figure.tbt.toFixed(0)} ms |`);
    }
    return [
      `### ${label}`,
      "",
      `Median of ${RUNS} cold loads each, signed in as the demo patient (${os.cpus().length} cores, load average ${os.loadavg()[0]!.toFixed(1)}).`,
      "",
      "| page | JavaScript (uncompressed) | script files | LCP | total blocking time |",
      "|---|---|---|---|---|",
      ...rows,
      "",
      "Targets (issue 13): under 250 KiB of JavaScript and LCP under 1.5 s on Today.",
    ].join("\n");
  } finally {
    await browser?.close().catch(() => {});
    if (server) await stopApp(server).catch(() => {});
    await pg.stop().catch(() => {});
    rmSync(tmp, { recursive: true, force: true });
  }
}

export const PORTAL_INTRO = `${PORTAL_HEADING}

Written by \`npm run bench -- portal\` (issue 13, \`scripts/bench-portal.ts\`): the patient's Today page
and plan page loaded in Chromium as Lighthouse's mobile preset would (412 × 823 at 1.75 device
pixels, CPU slowed 4 ×, 150 ms round trips, 1.6 Mbit/s down, 750 kbit/s up; emulated through the
DevTools protocol, since Lighthouse is not installed here). Each load is cold (a new browser
context, nothing cached). JavaScript is counted uncompressed, as Lighthouse weighs it. Runs are
kept under their labels (\`BENCH_LABEL\`).`;

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { trackPoolWaits } from "@/lib/db/pool-waits";
import { answerIfUnavailable, poolOverload } from "@/lib/server/unavailable";

const holder = globalThis as { restridePool?: unknown };
const page = (pathname: string, method = "GET") => ({ method, headers: new Headers({ "accept-language": "es-MX,es;q=0.9" }), nextUrl: { pathname } });

type Callback = (err: Error | undefined, client: unknown, release: () => void) => void;

/** A pool of `size` connections whose holders release them only when the test says so. */
function fakePool(size: number) {
  const queue: Callback[] = [];
  let free = size;
  const pool = {
    options: { max: size, connectionTimeoutMillis: 5_000 },
    get waitingCount() {
      return queue.length;
    },
    connect(cb: Callback) {
      if (free > 0) {
        free--;
        cb(undefined, {}, () => {});
      } else queue.push(cb);
    },
  };
  const waits = trackPoolWaits(pool as never);
  holder.restridePool = pool;
  return {
    /** A request asks for a connection; it is queued when none is free. */
    ask: () => pool.connect(() => {}),
    /** The holder of a connection finishes: the oldest waiter gets it. */
    finish: () => {
      const next = queue.shift();
      if (next) next(undefined, {}, () => {});
      else free++;
    },
    waits,
  };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(new Date("2026-12-05T10:00:00Z"));
});

afterEach(() => {
  delete holder.restridePool;
  delete process.env.DATABASE_SHED_QUEUE;
  vi.useRealTimers();
});

describe("load shedding: a busy pool is served, an overloaded one sheds", () => {
  it("a long queue that keeps moving lets every read through (50 pages with a few statements each)", async () => {
    const p = fakePool(10);
    for (let i = 0; i < 210; i++) p.ask();
    expect(p.waits.waiting()).toBe(200);
    // Connections come free every few milliseconds: the oldest waiter is served within 900 ms.
    for (let t = 0; t < 900; t += 5) {
      vi.advanceTimersByTime(5);
      p.finish();
      p.ask();
    }
    expect(p.waits.waiting()).toBe(200);
    expect(poolOverload()).toBeNull();
    expect(await answerIfUnavailable(page("/patients/x"))).toBeNull();
  });

  it("a stuck database (no connection freed for a second while requests wait): a page read gets 503 and Retry-After at once, in the browser's language", async () => {
    const p = fakePool(10);
    for (let i = 0; i < 11; i++) p.ask();
    vi.advanceTimersByTime(999);
    expect(poolOverload()).toBeNull();
    vi.advanceTimersByTime(1);
    expect(poolOverload()).toMatchObject({ reason: "stalled" });
    const res = await answerIfUnavailable(page("/dashboard"));
    expect(res?.status).toBe(503);
    expect(res?.headers.get("Retry-After")).toBe("2");
    expect(await res!.text()).toContain("Restride está muy ocupado en este momento");
    const api = await answerIfUnavailable(page("/api/patients"));
    expect(api?.status).toBe(503);
    expect(await api!.json()).toMatchObject({ error: { code: "UNAVAILABLE" } });
    // A form post still runs: it answers UNAVAILABLE itself and keeps what was typed.
    expect(await answerIfUnavailable(page("/dashboard", "POST"))).toBeNull();
    // Once connections come free again, reads are let in.
    for (let i = 0; i < 11; i++) p.finish();
    expect(poolOverload()).toBeNull();
  });

  it("a queue that moves too slowly (the oldest waiter at half the connect timeout) sheds: a newcomer would time out", () => {
    const p = fakePool(1);
    for (let i = 0; i < 11; i++) p.ask(); // one runs, ten wait from t = 0
    for (let t = 0; t < 2_400; t += 600) {
      vi.advanceTimersByTime(600);
      p.finish(); // a connection comes free every 600 ms: the pool is not stuck
    }
    expect(p.waits.oldestWaitMs()).toBe(2_400);
    expect(poolOverload()).toBeNull();
    vi.advanceTimersByTime(100);
    expect(poolOverload()).toMatchObject({ reason: "slow" });
  });

  it("DATABASE_SHED_QUEUE still caps the queue's length when set", () => {
    const p = fakePool(2);
    for (let i = 0; i < 6; i++) p.ask();
    expect(poolOverload()).toBeNull();
    process.env.DATABASE_SHED_QUEUE = "4";
    expect(poolOverload()).toMatchObject({ reason: "queue" });
  });
});

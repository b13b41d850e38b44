import { expect, it } from "vitest";
import { tooManyAttempts } from "@/components/sign-in-form";
import { parseTrustedProxies, resolveClientAddress } from "@/lib/server/client-address";
import { THROTTLE_RULES, delayAfter } from "@/lib/server/rate-limit";

it("waits nothing for 4 failures, then after the 5th 1, 2, 4, 8 and at most 15 minutes", () => {
  const rule = THROTTLE_RULES.accountAddress;
  const minutes = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 30].map((f) => delayAfter(f, rule) / 60_000);
  expect(minutes).toEqual([0, 0, 0, 0, 1, 2, 4, 8, 15, 15, 15]);
});

it("counts the socket's address, and ignores X-Forwarded-For unless the socket is a trusted proxy", () => {
  const none = parseTrustedProxies(undefined);
  expect(resolveClientAddress("203.0.113.7", "198.51.100.1", none)).toBe("203.0.113.7");
  expect(resolveClientAddress("::ffff:203.0.113.7", undefined, none)).toBe("203.0.113.7");
  expect(resolveClientAddress(undefined, "198.51.100.1", none)).toBe("unknown");

  const trusted = parseTrustedProxies(" 10.0.0.2, 10.0.0.3 ");
  // The proxy appended the address it saw; what the client wrote to the left is not believed.
  expect(resolveClientAddress("10.0.0.2", "1.2.3.4, 198.51.100.9", trusted)).toBe("198.51.100.9");
  // Two trusted hops: the first untrusted address from the right.
  expect(resolveClientAddress("10.0.0.2", "1.2.3.4, 198.51.100.9, 10.0.0.3", trusted)).toBe("198.51.100.9");
  expect(resolveClientAddress("10.0.0.2", undefined, trusted)).toBe("10.0.0.2");
  expect(resolveClientAddress("203.0.113.7", "1.2.3.4", trusted)).toBe("203.0.113.7");
});

it("tells a throttled user how long to wait, in whole minutes", () => {
  expect(tooManyAttempts(30)).toBe("Too many attempts. Try again in 1 minute.");
  expect(tooManyAttempts(61)).toBe("Too many attempts. Try again in 2 minutes.");
  expect(tooManyAttempts(900)).toBe("Too many attempts. Try again in 15 minutes.");
});

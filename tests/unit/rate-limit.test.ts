import { expect, it } from "vitest";
import { checkSignInRate, recordSignInFailure, resetSignInFailures } from "@/lib/server/rate-limit";

it("refuses sign-in after 10 failures for one email within 15 minutes, then allows it again", () => {
  const key = `rate-${Math.random()}`;
  const t0 = 1_000_000;
  for (let i = 0; i < 10; i++) {
    expect(checkSignInRate(key, t0 + i)).toBe(true);
    recordSignInFailure(key, t0 + i);
  }
  expect(checkSignInRate(key, t0 + 60_000)).toBe(false);
  expect(checkSignInRate(key, t0 + 15 * 60_000 + 1)).toBe(true);
});

it("a successful sign-in clears the failures", () => {
  const key = `rate-${Math.random()}`;
  for (let i = 0; i < 10; i++) recordSignInFailure(key);
  expect(checkSignInRate(key)).toBe(false);
  resetSignInFailures(key);
  expect(checkSignInRate(key)).toBe(true);
});

it("a client address gets 50 failures, and successful sign-ins from it do not use up the limit", () => {
  const ip = `ip:${Math.random()}`;
  for (let i = 0; i < 200; i++) {
    expect(checkSignInRate(ip)).toBe(true);
    recordSignInFailure(ip);
    resetSignInFailures(ip); // each of these attempts succeeded
  }
  for (let i = 0; i < 50; i++) recordSignInFailure(ip);
  expect(checkSignInRate(ip)).toBe(false);
});

import { randomUUID } from "node:crypto";
import type { APIRequestContext } from "@playwright/test";
import { expect, seriousA11yViolations, signIn, test } from "./fixtures";

/** One credentials sign-in as the sign-in form sends it, with a made-up X-Forwarded-For. */
async function attempt(request: APIRequestContext, email: string, forwardedFor: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password: "a wrong guess", json: "true" },
    headers: { "X-Forwarded-For": forwardedFor },
  });
}

test("rotating X-Forwarded-For does not dodge the limiter; the form says how long to wait", async ({ page, clinic, request }) => {
  const statuses: number[] = [];
  for (let i = 1; i <= 6; i++) statuses.push((await attempt(request, clinic.therapist.email, `198.51.100.${i}`)).status());
  // Five wrong passwords are answered as such; the sixth waits, whatever the header says.
  expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
  const throttled = await attempt(request, clinic.therapist.email, "203.0.113.77");
  expect(throttled.status()).toBe(429);
  expect(Number(throttled.headers()["retry-after"])).toBeGreaterThan(0);

  // In the browser (which may connect over IPv6, so a fresh address here): five wrong passwords,
  // then the form says to wait instead of "wrong password".
  const email = `nobody-${randomUUID()}@e2e.restride.app`;
  await page.goto("/sign-in");
  for (let i = 0; i < 5; i++) {
    const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
    await signIn(page, email, "a wrong guess");
    expect((await answered).status()).toBe(401);
  }
  await signIn(page, email, "a wrong guess");
  await expect(page.getByText("Too many attempts. Try again in 1 minute.")).toBeVisible();
  expect(await seriousA11yViolations(page)).toEqual([]);
});

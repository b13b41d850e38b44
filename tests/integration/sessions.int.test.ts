import { describe, expect, it } from "vitest";
import { actorForSession, authOptions, verifyCredentials } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { TEST_PASSWORD, makeClinic } from "../support/factories";

const MIN = 60_000;

/** Signs a fresh therapist in: the claims its cookie would carry. */
async function signedInTherapist() {
  const { therapist } = await makeClinic();
  const { email } = await db.user.findUniqueOrThrow({ where: { id: therapist.userId } });
  const user = await verifyCredentials(email, TEST_PASSWORD, `10.9.${Math.floor(Math.random() * 250)}.1`);
  if (!user) throw new Error("sign-in failed");
  return { email, claims: { uid: user.id, sv: user.sessionVersion, at: Date.now() } };
}

const jwt = (token: Record<string, unknown>) => (authOptions.callbacks!.jwt as (p: { token: Record<string, unknown> }) => Promise<unknown>)({ token });

describe("session limits", () => {
  it("an idle session expires, ends the user's sessions, and a later sign-in does not revive it", async () => {
    const { email, claims } = await signedInTherapist();
    expect(await actorForSession(claims)).toMatchObject({ userId: claims.uid });
    await db.user.update({ where: { id: claims.uid }, data: { lastActiveAt: new Date(Date.now() - 31 * MIN) } });
    expect(await actorForSession(claims)).toBeNull();
    const audited = await db.auditEvent.findFirst({ where: { actorUserId: claims.uid, action: "auth.session_end" } });
    expect(audited?.detail).toEqual({ reason: "idle" });
    // The cookie is not renewed: next-auth clears it when the jwt callback throws.
    await expect(jwt({ ...claims })).rejects.toThrow(/ended/);
    const again = await verifyCredentials(email, TEST_PASSWORD, "10.9.200.2");
    expect(again!.sessionVersion).toBeGreaterThan(claims.sv);
    expect(await actorForSession(claims)).toBeNull();
  });

  it("activity keeps a session alive and is written at most once a minute", async () => {
    const { claims } = await signedInTherapist();
    await db.user.update({ where: { id: claims.uid }, data: { lastActiveAt: new Date(Date.now() - 29 * MIN) } });
    expect(await actorForSession(claims)).not.toBeNull();
    const { lastActiveAt } = await db.user.findUniqueOrThrow({ where: { id: claims.uid } });
    expect(Date.now() - lastActiveAt!.getTime()).toBeLessThan(5000);
    await expect(jwt({ ...claims })).resolves.toMatchObject({ uid: claims.uid });
  });

  it("a session past its absolute lifetime expires, even while active, without ending newer ones", async () => {
    const { claims } = await signedInTherapist();
    const old = { ...claims, at: Date.now() - 12 * 60 * MIN - MIN };
    expect(await actorForSession(old)).toBeNull();
    await expect(jwt(old)).rejects.toThrow(/ended/);
    expect(await actorForSession(claims)).not.toBeNull();
  });

  it("reactivating an account does not revive its old cookies", async () => {
    const { claims } = await signedInTherapist();
    await db.user.update({ where: { id: claims.uid }, data: { active: false } });
    expect(await actorForSession(claims)).toBeNull();
    await db.user.update({ where: { id: claims.uid }, data: { active: true } });
    expect(await actorForSession(claims)).toBeNull();
  });

  it("a password changed outside the app ends the old sessions", async () => {
    const { claims } = await signedInTherapist();
    await db.$executeRaw`UPDATE app_user SET password_hash = 'changed by hand' WHERE id = ${claims.uid}::uuid`;
    expect(await actorForSession(claims)).toBeNull();
    // Other updates leave sessions alone.
    const { claims: other } = await signedInTherapist();
    await db.user.update({ where: { id: other.uid }, data: { name: "Renamed" } });
    expect(await actorForSession(other)).not.toBeNull();
  });
});

import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { actorForSession, verifyCredentials } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { hashToken } from "@/lib/server/invitations";
import {
  LAST_ADMIN,
  acceptStaffLink,
  changeOwnPassword,
  changeStaffRole,
  createPasswordReset,
  inspectStaffLink,
  inviteStaff,
  listStaff,
  setStaffActive,
} from "@/lib/server/staff";
import { TEST_PASSWORD, makeClinic, makePatient, makeUser } from "../support/factories";

const NEW_PASSWORD = "a brand new staff password";
const tokenOf = (url: string) => url.split("/invite/staff/")[1]!;
const address = () => `10.7.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

async function code(p: Promise<unknown>) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).code;
}

async function signIn(email: string, password: string) {
  const user = await verifyCredentials(email, password, address());
  return user ? { uid: user.id, sv: user.sessionVersion, at: Date.now(), sid: user.sid } : null;
}

const emailOf = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId } })).email;

describe("clinic administration", () => {
  it("an admin invites a therapist by a single-use link; the therapist sets a password and signs in", async () => {
    const c = await makeClinic();
    const email = `New.${randomUUID()}@Clinic.example`;
    const { url } = await inviteStaff(c.admin, { name: "Noor Haddad", email: email.toLowerCase(), role: "THERAPIST" }, "https://clinic.example/");
    const token = tokenOf(url);
    expect(url).toBe(`https://clinic.example/invite/staff/${token}`);
    const stored = await db.staffLink.findFirstOrThrow({ where: { clinicId: c.clinic.id, kind: "INVITE" } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    expect((await listStaff(c.admin)).invites).toMatchObject([{ name: "Noor Haddad", role: "THERAPIST" }]);

    expect(await inspectStaffLink(token)).toMatchObject({ state: "valid", kind: "INVITE", name: "Noor Haddad" });
    await acceptStaffLink(token, NEW_PASSWORD);
    expect(await inspectStaffLink(token)).toEqual({ state: "used" });
    expect(await code(acceptStaffLink(token, "another password entirely"))).toBe("BLOCKED");
    const session = await signIn(email.toLowerCase(), NEW_PASSWORD);
    expect(await actorForSession(session!)).toMatchObject({ clinicId: c.clinic.id, role: "THERAPIST", name: "Noor Haddad" });

    const { members, invites } = await listStaff(c.admin);
    expect(invites).toEqual([]);
    expect(members.find((m) => m.name === "Noor Haddad")?.lastSignInAt).toBeInstanceOf(Date);
    // An email that already has an account cannot be invited again.
    expect(await code(inviteStaff(c.admin, { name: "Again", email: email.toLowerCase(), role: "ADMIN" }, "http://x"))).toBe("CONFLICT");
  });

  it("only admins manage staff; therapists and patients get not-found, audited as denied", async () => {
    const c = await makeClinic();
    expect(await code(listStaff(c.therapist))).toBe("NOT_FOUND");
    expect(await code(inviteStaff(c.therapist, { name: "X", email: `${randomUUID()}@x.example`, role: "ADMIN" }, "http://x"))).toBe("NOT_FOUND");
    expect(await code(changeStaffRole(c.therapist, c.therapist.userId, "ADMIN"))).toBe("NOT_FOUND");
    const denied = await db.auditEvent.count({ where: { actorUserId: c.therapist.userId, outcome: "DENIED" } });
    expect(denied).toBe(3);
  });

  it("another clinic's staff member is not found for every action, while the owner clinic's admin may act", async () => {
    const mine = await makeClinic();
    const theirs = await makeClinic();
    const target = theirs.therapist.userId;
    expect(await code(changeStaffRole(mine.admin, target, "ADMIN"))).toBe("NOT_FOUND");
    expect(await code(setStaffActive(mine.admin, target, false))).toBe("NOT_FOUND");
    expect(await code(createPasswordReset(mine.admin, target, "http://x"))).toBe("NOT_FOUND");
    expect(await code(changeStaffRole(mine.admin, "not-a-uuid", "ADMIN"))).toBe("NOT_FOUND");
    expect((await listStaff(mine.admin)).members.map((m) => m.id)).not.toContain(target);
    expect(await db.auditEvent.count({ where: { actorUserId: mine.admin.userId, outcome: "NOT_FOUND" } })).toBe(4);
    // A patient's account is not staff either.
    const patient = await makePatient(mine.clinic.id, mine.therapist.userId);
    const { user: patientUser } = await makeUser(mine.clinic.id, "PATIENT", { patientId: patient.id });
    expect(await code(setStaffActive(mine.admin, patientUser.id, false))).toBe("NOT_FOUND");
    // The pair: the owner's admin may do each.
    await changeStaffRole(theirs.admin, target, "ADMIN");
    await setStaffActive(theirs.admin, target, false);
    await setStaffActive(theirs.admin, target, true);
    await createPasswordReset(theirs.admin, target, "http://x");
    expect(await db.user.findUniqueOrThrow({ where: { id: target } })).toMatchObject({ role: "ADMIN", active: true });
  });

  it("a clinic always keeps one active admin", async () => {
    const c = await makeClinic();
    await expect(changeStaffRole(c.admin, c.admin.userId, "THERAPIST")).rejects.toThrow(LAST_ADMIN);
    await expect(setStaffActive(c.admin, c.admin.userId, false)).rejects.toThrow(/your own account/);
    const { actor: second } = await makeUser(c.clinic.id, "ADMIN");
    await expect(setStaffActive(second, c.admin.userId, false)).resolves.toBeUndefined();
    await expect(changeStaffRole(second, second.userId, "THERAPIST")).rejects.toThrow(LAST_ADMIN);
    // With another active admin, stepping down works.
    await setStaffActive(second, c.admin.userId, true);
    await changeStaffRole(second, second.userId, "THERAPIST");
    expect(await db.auditEvent.count({ where: { clinicId: c.clinic.id, outcome: "DENIED", action: { startsWith: "staff." } } })).toBe(3);
  });

  it("deactivating ends sessions, reactivating does not revive them", async () => {
    const c = await makeClinic();
    const session = await signIn(await emailOf(c.therapist.userId), TEST_PASSWORD);
    expect(await actorForSession(session!)).not.toBeNull();
    await setStaffActive(c.admin, c.therapist.userId, false);
    expect(await actorForSession(session!)).toBeNull();
    expect(await signIn(await emailOf(c.therapist.userId), TEST_PASSWORD)).toBeNull();
    await setStaffActive(c.admin, c.therapist.userId, true);
    expect(await actorForSession(session!)).toBeNull();
    expect(await signIn(await emailOf(c.therapist.userId), TEST_PASSWORD)).not.toBeNull();
  });

  it("a password-reset link sets a new password once and ends older sessions", async () => {
    const c = await makeClinic();
    const email = await emailOf(c.therapist.userId);
    const session = await signIn(email, TEST_PASSWORD);
    const { url } = await createPasswordReset(c.admin, c.therapist.userId, "http://x");
    expect(await inspectStaffLink(tokenOf(url))).toMatchObject({ state: "valid", kind: "RESET" });
    await acceptStaffLink(tokenOf(url), NEW_PASSWORD);
    expect(await actorForSession(session!)).toBeNull();
    expect(await signIn(email, TEST_PASSWORD)).toBeNull();
    expect(await signIn(email, NEW_PASSWORD)).not.toBeNull();
    expect(await code(acceptStaffLink(tokenOf(url), "yet another long password"))).toBe("BLOCKED");
  });

  it("everyone changes their own password with the current one; other sessions end", async () => {
    const c = await makeClinic();
    const email = await emailOf(c.therapist.userId);
    const other = await signIn(email, TEST_PASSWORD);
    expect(await code(changeOwnPassword(c.therapist, { current: "wrong", password: NEW_PASSWORD, confirm: NEW_PASSWORD }))).toBe("VALIDATION");
    expect(await db.auditEvent.count({ where: { actorUserId: c.therapist.userId, action: "account.password", outcome: "INVALID" } })).toBe(1);
    await changeOwnPassword(c.therapist, { current: TEST_PASSWORD, password: NEW_PASSWORD, confirm: NEW_PASSWORD });
    expect(await actorForSession(other!)).toBeNull();
    expect(await signIn(email, NEW_PASSWORD)).not.toBeNull();
  });
});

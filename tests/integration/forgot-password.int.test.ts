import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { actorForSession, verifyCredentials } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { renderOutboxBody } from "@/lib/server/outbox-link";
import { requestPasswordReset } from "@/lib/server/password-reset";
import { acceptStaffLink, inspectStaffLink } from "@/lib/server/staff";
import { TEST_PASSWORD, makeClinic, makePatient, makeUser } from "../support/factories";

const BASE = "https://clinic.example";
const address = () => `10.88.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250) + 1}`;
const messagesTo = (email: string) => db.outboxMessage.findMany({ where: { recipient: email }, orderBy: { createdAt: "asc" } });
const tokenIn = (body: string) => body.match(/\/invite\/staff\/([A-Za-z0-9_-]+)/)?.[1] ?? null;

describe("forgotten password from the sign-in page", () => {
  it("sends a single-use link to a staff member's address; using it sets the password and ends older sessions", async () => {
    const c = await makeClinic();
    const { email } = await db.user.findUniqueOrThrow({ where: { id: c.therapist.userId } });
    const old = await verifyCredentials(email, TEST_PASSWORD, address());
    const oldClaims = { uid: old!.id, sv: old!.sessionVersion, at: Date.now(), sid: old!.sid };

    await requestPasswordReset(email.toUpperCase(), BASE, address());
    const [message] = await messagesTo(email);
    expect(message?.kind).toBe("PASSWORD_RESET_REQUESTED");
    // Stored without the link in clear text; the transport rebuilds it.
    expect(tokenIn(message!.body)).toBeNull();
    const token = tokenIn(renderOutboxBody(message!))!;
    expect(await inspectStaffLink(token)).toMatchObject({ state: "valid", kind: "RESET", role: "THERAPIST", locale: "en" });

    await acceptStaffLink(token, "a brand new sentence");
    expect(await actorForSession(oldClaims)).toBeNull();
    expect(await verifyCredentials(email, "a brand new sentence", address())).not.toBeNull();
    expect((await inspectStaffLink(token)).state).toBe("used");
  });

  it("answers an unknown or deactivated address the same way and sends nothing", async () => {
    const unknown = `nobody-${randomUUID()}@example.com`;
    await expect(requestPasswordReset(unknown, BASE, address())).resolves.toBeUndefined();
    expect(await messagesTo(unknown)).toHaveLength(0);
    const c = await makeClinic();
    const { email } = await db.user.update({ where: { id: c.therapist.userId }, data: { active: false } });
    await expect(requestPasswordReset(email, BASE, address())).resolves.toBeUndefined();
    expect(await messagesTo(email)).toHaveLength(0);
    await expect(requestPasswordReset("not an email", BASE, address())).resolves.toBeUndefined();
  });

  it("writes to a patient in their language, and the link page is in it too", async () => {
    const c = await makeClinic();
    const patient = await makePatient(c.clinic.id, c.therapist.userId);
    await db.patient.update({ where: { id: patient.id }, data: { preferredLanguage: "es" } });
    const user = await makeUser(c.clinic.id, "PATIENT", { patientId: patient.id });
    const { email } = await db.user.findUniqueOrThrow({ where: { id: user.actor.userId } });
    await requestPasswordReset(email, BASE, address());
    const [message] = await messagesTo(email);
    expect(message?.subject).toMatch(/elija una contraseña nueva/);
    expect(message?.body).toMatch(/^Hola, /);
    const token = tokenIn(renderOutboxBody(message!))!;
    expect(await inspectStaffLink(token)).toMatchObject({ state: "valid", role: "PATIENT", locale: "es" });
  });

  it("sends at most 3 links an account an hour (a newer link replaces the older), and refuses a 21st request from one address", async () => {
    const c = await makeClinic();
    const { email } = await db.user.findUniqueOrThrow({ where: { id: c.admin.userId } });
    const from = address();
    for (let i = 0; i < 5; i++) await requestPasswordReset(email, BASE, from);
    const sent = await messagesTo(email);
    expect(sent).toHaveLength(3);
    expect((await inspectStaffLink(tokenIn(renderOutboxBody(sent[0]!))!)).state).toBe("revoked");
    expect((await inspectStaffLink(tokenIn(renderOutboxBody(sent[2]!))!)).state).toBe("valid");
    for (let i = 0; i < 15; i++) await requestPasswordReset(`x${i}-${randomUUID()}@example.com`, BASE, from);
    const err = await requestPasswordReset(email, BASE, from).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("RATE_LIMITED");
    expect((err as AppError).status).toBe(429);
  });
});

import { describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/server/auth";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { getHandout } from "@/lib/server/handouts";
import {
  acceptInvitation,
  createInvitation,
  getPortalAccess,
  hashToken,
  INVITATION_REUSE_MS,
  inspectInvitation,
  revokePortalAccess,
} from "@/lib/server/invitations";
import { getPatient } from "@/lib/server/patients";
import { createPlan } from "@/lib/server/plans";
import { getPortalHome, saveDailyLog } from "@/lib/server/portal";
import { acknowledgeAlert, getProgress } from "@/lib/server/progress";
import { getWorklist } from "@/lib/server/worklist";
import type { Actor } from "@/lib/server/actor";
import { addDays } from "@/lib/domain/clinical";
import { localDate, maxLoggableSets } from "@/lib/domain/progress";
import { exerciseAims } from "@/components/portal/wording";
import { renderOutboxBody } from "@/lib/server/outbox-link";
import { makeEpisode, sharedTemplateId } from "../support/clinical";
import { makeClinic } from "../support/factories";

const PASSWORD = "a long enough patient password";

async function code(p: Promise<unknown>) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(AppError);
  return (err as AppError).code;
}

const tokenOf = (url: string) => url.split("/invite/")[1]!;

/** Moves an invitation's creation back past the reuse window, as if it were made a while ago. */
const olderThanReuseWindow = (token: string) =>
  db.patientInvitation.updateMany({ where: { tokenHash: hashToken(token) }, data: { createdAt: new Date(Date.now() - INVITATION_REUSE_MS - 60_000) } });

/** A clinic with a patient who has an active plan and a portal account. */
async function patientWithPortal() {
  const c = await makeClinic();
  const { patient, episodeId } = await makeEpisode(c.therapist);
  await db.patient.update({ where: { id: patient.id }, data: { email: `${patient.id}@patients.restride.app` } });
  const { id: planId } = await createPlan(c.therapist, episodeId, { templateId: await sharedTemplateId(), startDate: "2026-11-02" });
  const { url } = await createInvitation(c.therapist, patient.id, "https://clinic.example");
  await acceptInvitation(tokenOf(url), PASSWORD);
  const user = await db.user.findFirstOrThrow({ where: { patientId: patient.id } });
  const actor: Actor = { userId: user.id, clinicId: c.clinic.id, role: "PATIENT", name: user.name, patientId: patient.id };
  return { ...c, patient, planId, actor };
}

describe("invitation life cycle", () => {
  it("creates a hashed single-use token, queues the email, and a patient can set a password and sign in", async () => {
    const c = await makeClinic();
    const { patient } = await makeEpisode(c.therapist);
    expect(await code(createInvitation(c.therapist, patient.id, "https://clinic.example"))).toBe("VALIDATION"); // no email yet
    await db.patient.update({ where: { id: patient.id }, data: { email: `Zoe.${patient.id}@Example.com` } });

    const { url, expiresAt } = await createInvitation(c.therapist, patient.id, "https://clinic.example/");
    const token = tokenOf(url);
    expect(url).toBe(`https://clinic.example/invite/${token}`);
    expect(Buffer.from(token, "base64url").length).toBeGreaterThanOrEqual(16); // >= 128 bits
    expect(expiresAt.getTime() - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
    const stored = await db.patientInvitation.findFirstOrThrow({ where: { patientId: patient.id } });
    expect(stored.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(stored)).not.toContain(token);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { clinicId: c.clinic.id } });
    expect(JSON.stringify(mail)).not.toContain(token); // the link is sealed, not stored in clear text
    expect(renderOutboxBody(mail)).toContain(url);

    expect(await inspectInvitation(token)).toMatchObject({ state: "valid", givenName: patient.givenName });
    const { email } = await acceptInvitation(token, PASSWORD);
    expect(email).toBe(`zoe.${patient.id}@example.com`);
    const signedIn = await verifyCredentials(email, PASSWORD);
    expect(signedIn).toMatchObject({ role: "PATIENT" });
    expect((await getPortalAccess(c.therapist, patient.id)).account?.active).toBe(true);

    // Reuse is refused and grants nothing.
    expect(await inspectInvitation(token)).toEqual({ state: "used", locale: "en" });
    expect(await code(acceptInvitation(token, "another password entirely"))).toBe("BLOCKED");
    expect(await verifyCredentials(email, "another password entirely")).toBeNull();
  });

  it("twenty clicks on 'Create invitation link' at once give one pending invitation and one email (issue 12)", async () => {
    const c = await makeClinic();
    const { patient } = await makeEpisode(c.therapist);
    await db.patient.update({ where: { id: patient.id }, data: { email: `${patient.id}@example.com` } });
    const results = await Promise.all(Array.from({ length: 20 }, () => createInvitation(c.therapist, patient.id, "https://clinic.example")));
    expect(new Set(results.map((r) => r.url)).size).toBe(1);
    expect(await db.patientInvitation.count({ where: { patientId: patient.id } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { recipient: `${patient.id}@example.com` } })).toBe(1);
    expect(await inspectInvitation(tokenOf(results[0]!.url))).toMatchObject({ state: "valid" });
    // Past the window, a new link replaces the old one (the patient lost the email).
    await olderThanReuseWindow(tokenOf(results[0]!.url));
    const later = await createInvitation(c.therapist, patient.id, "https://clinic.example");
    expect(later.url).not.toBe(results[0]!.url);
    expect(await db.outboxMessage.count({ where: { recipient: `${patient.id}@example.com` } })).toBe(2);
  });

  it("refuses expired, revoked and unknown links", async () => {
    const c = await makeClinic();
    const { patient } = await makeEpisode(c.therapist);
    await db.patient.update({ where: { id: patient.id }, data: { email: `${patient.id}@example.com` } });

    const expired = tokenOf((await createInvitation(c.therapist, patient.id, "http://x")).url);
    await db.patientInvitation.updateMany({ where: { tokenHash: hashToken(expired) }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect(await inspectInvitation(expired)).toEqual({ state: "expired", locale: "en" });
    expect(await code(acceptInvitation(expired, PASSWORD))).toBe("BLOCKED");

    const first = tokenOf((await createInvitation(c.therapist, patient.id, "http://x")).url);
    await olderThanReuseWindow(first);
    const second = tokenOf((await createInvitation(c.therapist, patient.id, "http://x")).url);
    expect(await inspectInvitation(first)).toEqual({ state: "revoked", locale: "en" }); // a new link (later on) replaces the old one
    await revokePortalAccess(c.therapist, patient.id);
    expect(await inspectInvitation(second)).toEqual({ state: "revoked", locale: "en" });
    expect(await code(acceptInvitation(second, PASSWORD))).toBe("BLOCKED");
    expect(await inspectInvitation("not-a-real-token-at-all-000000")).toEqual({ state: "invalid" });
    expect(await db.user.count({ where: { patientId: patient.id } })).toBe(0);
    const refusals = await db.auditEvent.count({ where: { action: "portal.accept", outcome: "DENIED", patientId: patient.id } });
    expect(refusals).toBe(2);
  });

  it("revoking access signs the patient out for good (existing sessions end too); another clinic cannot invite or revoke", async () => {
    const p = await patientWithPortal();
    const other = await makeClinic();
    expect(await code(createInvitation(other.therapist, p.patient.id, "http://x"))).toBe("NOT_FOUND");
    expect(await code(revokePortalAccess(other.therapist, p.patient.id))).toBe("NOT_FOUND");
    const user = await db.user.findFirstOrThrow({ where: { patientId: p.patient.id } });
    await revokePortalAccess(p.therapist, p.patient.id);
    expect(await verifyCredentials(user.email, PASSWORD)).toBeNull();
    const after = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(after.sessionVersion).toBeGreaterThan(user.sessionVersion); // sessions signed before are refused

    // A new invitation re-enables the account with a new password and, again, a new session version.
    const { url } = await createInvitation(p.therapist, p.patient.id, "http://x");
    await acceptInvitation(tokenOf(url), "a brand new long password");
    const back = await db.user.findUniqueOrThrow({ where: { id: user.id } });
    expect(back.active).toBe(true);
    expect(back.sessionVersion).toBeGreaterThan(after.sessionVersion);
  });

  it("an active account cannot be taken over with a spare link, and using one link cancels the others", async () => {
    const c = await makeClinic();
    const { patient } = await makeEpisode(c.therapist);
    await db.patient.update({ where: { id: patient.id }, data: { email: `${patient.id}@example.com` } });
    const { url } = await createInvitation(c.therapist, patient.id, "http://x");
    await olderThanReuseWindow(tokenOf(url));
    // A second pending link for the same patient cannot exist (the newer replaces the older).
    const second = tokenOf((await createInvitation(c.therapist, patient.id, "http://x")).url);
    expect(await inspectInvitation(tokenOf(url))).toEqual({ state: "revoked", locale: "en" });
    await acceptInvitation(second, PASSWORD);
    expect(await code(createInvitation(c.therapist, patient.id, "http://x"))).toBe("CONFLICT"); // already active
    expect(await db.patientInvitation.count({ where: { patientId: patient.id, usedAt: null, revokedAt: null } })).toBe(0);
  });
});

describe("patient isolation", () => {
  it("a patient sees only their own plan and handout; staff routes and other patients give 404", async () => {
    const a = await patientWithPortal();
    const b = await patientWithPortal();
    const home = await getPortalHome(a.actor);
    expect(home.plan?.id).toBe(a.planId);
    expect(await code(getPatient(a.actor, a.patient.id))).toBe("NOT_FOUND");
    expect(await code(getProgress(a.actor, a.patient.id))).toBe("NOT_FOUND");
    expect(await code(getWorklist(a.actor))).toBe("NOT_FOUND");
    expect(await code(getHandout(a.actor, b.planId, { language: "en", largePrint: false, allStages: false }))).toBe("NOT_FOUND");
    expect(await code(getHandout(b.actor, a.planId, { language: "en", largePrint: false, allStages: false }))).toBe("NOT_FOUND");
    // A staff actor of clinic B can't reach clinic A's plan either.
    expect(await code(getHandout(b.therapist, a.planId, { language: "en", largePrint: false, allStages: false }))).toBe("NOT_FOUND");
  });

  it("a patient's log lands on their own plan only", async () => {
    const a = await patientWithPortal();
    const b = await patientWithPortal();
    const now = new Date("2026-11-10T12:00:00Z");
    const exercise = (await getPortalHome(a.actor)).plan!.exercises[0]!;
    await saveDailyLog(a.actor, { date: "2026-11-10", setsDone: { [exercise.exerciseKey]: 2 }, painDuring: 3, painNextMorning: 2, note: "Felt fine" }, { now });
    expect(await db.dailyLog.count({ where: { planId: a.planId } })).toBe(1);
    expect(await db.dailyLog.count({ where: { planId: b.planId } })).toBe(0);
  });
});

describe("logs and alerts", () => {
  it("stores logs (one per day, replaced on re-save), refuses future days, and raises a pain-jump alert the therapist can acknowledge", async () => {
    const p = await patientWithPortal();
    const home = await getPortalHome(p.actor);
    const key = home.plan!.exercises[0]!.exerciseKey;
    const at = (d: string) => new Date(`${d}T10:00:00Z`);
    await saveDailyLog(p.actor, { date: "2026-11-03", setsDone: { [key]: 1 }, painDuring: 2, painNextMorning: 2 }, { now: at("2026-11-03") });
    await saveDailyLog(p.actor, { date: "2026-11-03", setsDone: { [key]: 3 }, painDuring: 2, painNextMorning: 2 }, { now: at("2026-11-03") });
    expect(await code(saveDailyLog(p.actor, { date: "2026-11-05", setsDone: {} }, { now: at("2026-11-04") }))).toBe("VALIDATION");
    expect(await code(saveDailyLog(p.actor, { date: "2026-02-30", setsDone: {} }, { now: at("2026-03-01") }))).toBe("VALIDATION");
    await saveDailyLog(p.actor, { date: "2026-11-04", setsDone: { [key]: 3 }, painDuring: 3, painNextMorning: 5, note: "Sore" }, { now: at("2026-11-04") });
    const logs = await db.dailyLog.findMany({ where: { planId: p.planId }, orderBy: { logDate: "asc" } });
    expect(logs.map((l) => [l.setsDone, l.painNextMorning])).toEqual([
      [{ [key]: 3 }, 2],
      [{ [key]: 3 }, 5],
    ]);

    const alerts = await db.alert.findMany({ where: { patientId: p.patient.id, acknowledgedAt: null } });
    const rise = alerts.find((a) => a.kind === "PAIN_RISE");
    expect(rise?.message).toMatch(/hold|step back/i);
    await acknowledgeAlert(p.therapist, rise!.id);
    expect((await db.alert.findUniqueOrThrow({ where: { id: rise!.id } })).acknowledgedById).toBe(p.therapist.userId);
    const audited = await db.auditEvent.findFirst({ where: { action: "alert.acknowledge", entityId: rise!.id } });
    expect(audited?.outcome).toBe("SUCCESS");
    const other = await makeClinic();
    expect(await code(acknowledgeAlert(other.therapist, rise!.id))).toBe("NOT_FOUND");
  });

  it("a log with pain 8 or new swelling comes back with advice for the patient, the clinic's numbers in it, and alerts the therapist", async () => {
    const p = await patientWithPortal();
    await db.clinic.update({ where: { id: p.clinic.id }, data: { phone: "555 0100", emergencyNumber: "112" } });
    const home = await getPortalHome(p.actor);
    expect(home.plan!.care.contact).toEqual(["Call the clinic: 555 0100", "Emergency: 112"]);
    expect(home.plan!.care.groups.flatMap((g) => g.items).join(" ")).toMatch(/fever.*shin bone|shin bone.*fever/s);
    const now = new Date("2026-11-05T10:00:00Z");

    const calm = await saveDailyLog(p.actor, { date: "2026-11-04", setsDone: {}, painDuring: 3, newSwelling: false }, { now });
    expect(calm).toEqual({ date: "2026-11-04", advice: null });

    const painful = await saveDailyLog(p.actor, { date: "2026-11-05", setsDone: {}, painDuring: 8 }, { now });
    expect(painful.advice?.steps).toEqual([
      "Stop your exercises for now.",
      "Call the clinic today on 555 0100.",
      "If you have chest pain or you are short of breath, call 112 now.",
      "Your therapist will also see what you logged.",
    ]);

    const swollen = await saveDailyLog(p.actor, { date: "2026-11-04", setsDone: {}, painDuring: 2, newSwelling: true }, { now });
    expect(swollen.advice?.reasons).toEqual(["You said your leg has new swelling, redness or warmth."]);
    expect((await db.dailyLog.findFirstOrThrow({ where: { planId: p.planId, logDate: new Date("2026-11-04T00:00:00Z") } })).newSwelling).toBe(true);
    expect((await getPortalHome(p.actor, { now })).logs.find((l) => l.date === "2026-11-04")?.newSwelling).toBe(true);

    const kinds = (await db.alert.findMany({ where: { patientId: p.patient.id } })).map((a) => a.key).sort();
    expect(kinds).toEqual(expect.arrayContaining(["HIGH_PAIN:2026-11-05", "NEW_SWELLING:2026-11-04"]));
  });

  it("the progress view and dashboard show the logs, adherence and open alerts", async () => {
    const p = await patientWithPortal();
    const key = (await getPortalHome(p.actor)).plan!.exercises[0]!.exerciseKey;
    const now = new Date("2026-11-05T10:00:00Z");
    await saveDailyLog(p.actor, { date: "2026-11-04", setsDone: { [key]: 3 }, painDuring: 8, painNextMorning: 4 }, { now });
    const progress = await getProgress(p.therapist, p.patient.id, now);
    expect(progress.pain.rows.some((row) => row.painDuring === 8)).toBe(true);
    expect(progress.alerts.some((a) => a.kind === "HIGH_PAIN")).toBe(true);
    expect(progress.adherence.at(-1)?.percent).toBeGreaterThan(0);
    // The worklist row was brought up to date by the log itself (no read runs the rules).
    const { rows } = await getWorklist(p.therapist);
    const row = rows.find((r) => r.patientId === p.patient.id)!;
    expect(row.openAlerts).toBeGreaterThan(0);
    // The latest of the last log (4 Nov) and the last clinic visit (the assessment's baseline, today).
    expect(row.lastActivity).toBe(localDate(new Date(), "Europe/London"));
    expect(row.stage).toBeTruthy();
  });

  it("a patient who logs exactly the portal's aims for a week is 100% adherent on the progress page and the dashboard", async () => {
    // Before issue 9 point 10 the portal's aim was the dose's sets and this week read 56%.
    const p = await patientWithPortal();
    for (let i = 0; i < 7; i++) {
      const date = addDays("2026-11-02", i);
      const now = new Date(`${date}T18:00:00Z`);
      const plan = (await getPortalHome(p.actor, { now })).plan!;
      const aims = exerciseAims(plan.stage, [date]);
      const setsDone = Object.fromEntries(plan.stage.exercises.map((e, j) => [e.exerciseKey, aims[j]![date]!.sets]));
      await saveDailyLog(p.actor, { date, setsDone, painDuring: 1, painNextMorning: 1 }, { now });
    }
    const now = new Date("2026-11-08T20:00:00Z");
    const progress = await getProgress(p.therapist, p.patient.id, now);
    expect(progress.weeks).toHaveLength(1);
    expect(progress.weeks[0]).toMatchObject({ daysCounted: 7, daysLogged: 7, percent: 100 });
    expect(progress.weeks[0]!.doneSets).toBe(progress.weeks[0]!.prescribedSets);
    const row = (await getWorklist(p.therapist)).rows.find((r) => r.patientId === p.patient.id)!;
    expect(row.adherence).toBe(100);
  });

  it("accepts up to twice a dose's busiest day and refuses more, beside the field", async () => {
    const p = await patientWithPortal();
    const now = new Date("2026-11-03T10:00:00Z");
    const exercise = (await getPortalHome(p.actor, { now })).plan!.exercises[0]!;
    const max = maxLoggableSets(exercise.dose);
    await saveDailyLog(p.actor, { date: "2026-11-03", setsDone: { [exercise.exerciseKey]: max } }, { now });
    const err = await saveDailyLog(p.actor, { date: "2026-11-03", setsDone: { [exercise.exerciseKey]: max + 1 } }, { now }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).fieldErrors).toEqual({ [`sets_${exercise.exerciseKey}`]: `Enter 0 to ${max} sets.` });
  });
});

describe("a Spanish-speaking patient's refusals are in Spanish (issue 10, point 4)", () => {
  it("a log for a day that has not happened, and a used invitation link", async () => {
    const p = await patientWithPortal();
    await db.patient.update({ where: { id: p.patient.id }, data: { preferredLanguage: "es" } });
    const refused = await saveDailyLog(p.actor, { date: "2026-12-20", setsDone: {} }, { now: new Date("2026-11-10T12:00:00Z") }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).message).toBe("No puede anotar un día que todavía no pasó.");
    expect((refused as AppError).fieldErrors).toEqual({ date: "Elija hoy o un día anterior." });

    await db.user.updateMany({ where: { patientId: p.patient.id }, data: { active: false } });
    const { url } = await createInvitation(p.therapist, p.patient.id, "https://clinic.example");
    await acceptInvitation(tokenOf(url), PASSWORD);
    const again = await acceptInvitation(tokenOf(url), PASSWORD).catch((e: unknown) => e);
    expect((again as AppError).message).toBe("Esta invitación ya se usó. Inicie sesión con su correo y su contraseña.");
  });
});

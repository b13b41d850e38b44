/**
 * The worklist (issue 13; decision 027): rows come from plan_summary, which the writes keep
 * current; reads never run the progress rules or write an alert.
 */
import pg from "pg";
import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/clinical";
import type { PlanSnapshot } from "@/lib/domain/plan-edits";
import { foldForSearch } from "@/lib/domain/text";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { listEpisodes } from "@/lib/server/assessments";
import { db } from "@/lib/server/db";
import { getPortalAccess } from "@/lib/server/invitations";
import { recordMeasurement } from "@/lib/server/measurements";
import { getPatient, listPatients } from "@/lib/server/patients";
import { refreshPlanSummaries, syncPlanSummary } from "@/lib/server/plan-summary";
import { createPlan, getPlan, listPatientPlans } from "@/lib/server/plans";
import { saveDailyLog } from "@/lib/server/portal";
import { getProgress, listOpenAlerts } from "@/lib/server/progress";
import { getWorklist, WORKLIST_PAGE_SIZE } from "@/lib/server/worklist";
import { makeEpisode, sharedTemplateId } from "../support/clinical";
import { makeClinic, makePatient, makeUser } from "../support/factories";

const today = new Date().toISOString().slice(0, 10);
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

/** A clinic with one real plan (assessment + createPlan) whose content the other plans copy. */
async function clinicWithPlan(startDate = addDays(today, -6)) {
  const c = await makeClinic();
  const { patient, episodeId } = await makeEpisode(c.therapist);
  const { id: planId } = await createPlan(c.therapist, episodeId, { templateId: await sharedTemplateId(), startDate });
  const plan = await db.rehabPlan.findUniqueOrThrow({ where: { id: planId } });
  return { ...c, patient, episodeId, planId, plan };
}

type Base = Awaited<ReturnType<typeof clinicWithPlan>>;

/** Another patient with an active copy of the base plan (no visit, no log yet). */
async function patientWithPlan(base: Base, name: { givenName: string; familyName: string }, therapistId = base.therapist.userId) {
  const patient = await makePatient(base.clinic.id, therapistId, name);
  const { id: _id, createdAt: _c, patientId: _p, ...injury } = await db.injuryEpisode.findUniqueOrThrow({ where: { id: base.episodeId } });
  const episode = await db.injuryEpisode.create({ data: { ...(injury as Prisma.InjuryEpisodeUncheckedCreateInput), patientId: patient.id } });
  const plan = await db.rehabPlan.create({
    data: {
      clinicId: base.clinic.id,
      patientId: patient.id,
      episodeId: episode.id,
      templateId: base.plan.templateId,
      templateVersion: base.plan.templateVersion,
      startDate: base.plan.startDate,
      stageStartedOn: base.plan.stageStartedOn,
      content: base.plan.content as Prisma.InputJsonValue,
      createdById: base.therapist.userId,
    },
  });
  return { patient, planId: plan.id };
}

async function log(base: Base, p: { patient: { id: string }; planId: string }, daysAgo: number, fields: { painDuring?: number; newSwelling?: boolean } = {}) {
  await db.dailyLog.create({
    data: { clinicId: base.clinic.id, patientId: p.patient.id, planId: p.planId, logDate: day(addDays(today, -daysAgo)), setsDone: {}, ...fields },
  });
}

const sync = (planId: string) => db.$transaction((tx) => syncPlanSummary(tx, planId));

let plansRead = 0;

/** Every SQL statement the app's pool sends while `fn` runs (BEGIN and COMMIT included); plansRead counts reads of plan content. */
async function countStatements(fn: () => Promise<unknown>): Promise<number> {
  // eslint-disable-next-line @typescript-eslint/unbound-method -- put back as it was, called with its own `this`
  const original = pg.Client.prototype.query;
  let n = 0;
  plansRead = 0;
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    n++;
    const sql = String((args[0] as { text?: string } | undefined)?.text ?? args[0]);
    if (/FROM "public"\."rehab_plan"|FROM "rehab_plan"/.test(sql) && sql.includes("content")) plansRead++;
    if (process.env.SHOW_SQL) console.info(sql.slice(0, 160));
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
  try {
    await fn();
  } finally {
    pg.Client.prototype.query = original;
  }
  return n;
}

describe("the worklist", () => {
  it("the worklist pages through 60 patients in the right order", async () => {
    const base = await clinicWithPlan();
    const first = base.plan.content as unknown as PlanSnapshot;
    const checks = Object.fromEntries(first.plan.stages[0]!.gates.flatMap((g) => (g.kind === "CHECK" ? [[g.check, true]] : [])));
    // Expected: needs attention first (open warnings, then other alerts, then all gates met, then
    // the longest without activity, none first), then by family name.
    const expected: { name: string; warnings: number; info: number; gates: boolean; last: string | null }[] = [
      // The assessed patient: a baseline visit today, nothing else.
      { name: `${base.patient.givenName} ${base.patient.familyName}`, warnings: 0, info: 0, gates: false, last: today },
    ];
    for (let i = 0; i < 59; i++) {
      const familyName = `Worklist ${String(i).padStart(2, "0")}`;
      const p = await patientWithPlan(base, { givenName: "Test", familyName });
      const group = i % 6;
      if (group === 0) {
        // Two warnings: high pain and new swelling yesterday.
        await log(base, p, 1, { painDuring: 8, newSwelling: true });
        expected.push({ name: `Test ${familyName}`, warnings: 2, info: 0, gates: false, last: addDays(today, -1) });
      } else if (group === 1) {
        await log(base, p, 2, { painDuring: 8 });
        expected.push({ name: `Test ${familyName}`, warnings: 1, info: 0, gates: false, last: addDays(today, -2) });
      } else if (group === 2) {
        // Every gate of the stage met today: "ready to progress" (information).
        await recordMeasurement(base.therapist, p.patient.id, { measuredOn: today, values: { painRest: 0, painWalking: 1 }, checks });
        expected.push({ name: `Test ${familyName}`, warnings: 0, info: 1, gates: true, last: today });
      } else if (group === 5) {
        expected.push({ name: `Test ${familyName}`, warnings: 0, info: 0, gates: false, last: null });
      } else {
        const ago = 1 + (i % 5);
        await log(base, p, ago, { painDuring: 1 });
        expected.push({ name: `Test ${familyName}`, warnings: 0, info: 0, gates: false, last: addDays(today, -ago) });
      }
      await sync(p.planId);
    }
    const familyOf = new Map([[`${base.patient.givenName} ${base.patient.familyName}`, base.patient.familyName]]);
    const fold = (n: string) => foldForSearch(`${familyOf.get(n) ?? n.slice("Test ".length)} Test`);
    expected.sort(
      (a, b) =>
        b.warnings - a.warnings ||
        b.info - a.info ||
        Number(b.gates) - Number(a.gates) ||
        (a.last === b.last ? 0 : a.last === null ? -1 : b.last === null ? 1 : a.last < b.last ? -1 : 1) ||
        (fold(a.name) < fold(b.name) ? -1 : 1),
    );

    const seen: string[] = [];
    for (let page = 1; page <= 3; page++) {
      const list = await getWorklist(base.therapist, { page });
      expect(list.total).toBe(60);
      expect(list.pageCount).toBe(3);
      expect(list.rows).toHaveLength(page < 3 ? WORKLIST_PAGE_SIZE : 10);
      seen.push(...list.rows.map((r) => r.name));
    }
    expect(seen).toEqual(expected.map((e) => e.name));
    // A page costs a count, the page and its audit row, whatever the clinic's size (+1 for the session).
    expect(await countStatements(() => getWorklist(base.therapist, { page: 2 }))).toBe(3);
    expect(plansRead).toBe(0);
    // A page past the end shows the last page, not an empty one.
    expect((await getWorklist(base.therapist, { page: 99 })).page).toBe(3);

    // Filters: an alert kind, a stage, and "my patients" for another therapist of the clinic.
    const swelling = await getWorklist(base.therapist, { alert: "NEW_SWELLING" });
    expect(swelling.total).toBe(10);
    const ready = await getWorklist(base.therapist, { alert: "READY_TO_PROGRESS" });
    expect(ready.rows.every((r) => r.gatesMet === r.gatesTotal && r.gatesTotal > 0)).toBe(true);
    expect(ready.total).toBe(10);
    expect((await getWorklist(base.therapist, { stage: 2 })).total).toBe(0);
    expect((await getWorklist(base.therapist, { stage: 1 })).total).toBe(60);
    const colleague = await makeUser(base.clinic.id, "THERAPIST");
    expect((await getWorklist(colleague.actor, {})).total).toBe(0);
    expect((await getWorklist(colleague.actor, { scope: "clinic" })).total).toBe(60);
  });

  it("a new log updates the row without a GET recomputing it", async () => {
    const base = await clinicWithPlan();
    const { user } = await makeUser(base.clinic.id, "PATIENT", { patientId: base.patient.id });
    const patient: Actor = { userId: user.id, clinicId: base.clinic.id, role: "PATIENT", name: user.name, patientId: base.patient.id };
    const before = await db.planSummary.findUniqueOrThrow({ where: { planId: base.planId } });
    expect(before).toMatchObject({ openWarning: 0, openHighPain: 0, weekAdherence: 0 });

    const key = (base.plan.content as unknown as PlanSnapshot).plan.stages[0]!.exercises[0]!.exerciseKey;
    await saveDailyLog(patient, { date: today, setsDone: { [key]: 1 }, painDuring: 8 });

    // Read straight from the table: nothing but the log's own transaction wrote it.
    const after = await db.planSummary.findUniqueOrThrow({ where: { planId: base.planId } });
    expect(after.openWarning).toBe(1);
    expect(after.openHighPain).toBe(1);
    expect(after.topAlert).toMatch(/pain/i);
    expect(after.weekAdherence).toBeGreaterThan(0);
    expect(after.lastActivity?.toISOString().slice(0, 10)).toBe(today);
    expect(await db.alert.count({ where: { planId: base.planId, kind: "HIGH_PAIN" } })).toBe(1);
  });

  it("no GET writes an alert row", async () => {
    const base = await clinicWithPlan(addDays(today, -20));
    // A worrying log written behind the app's back: only a rule run would turn it into alerts.
    await db.dailyLog.create({
      data: { clinicId: base.clinic.id, patientId: base.patient.id, planId: base.planId, logDate: day(addDays(today, -1)), setsDone: {}, painDuring: 9 },
    });
    const alerts = () => db.alert.count({ where: { clinicId: base.clinic.id } });
    const audits = () => db.auditEvent.findMany({ where: { clinicId: base.clinic.id }, select: { id: true, action: true } });
    const alertsBefore = await alerts();
    const auditsBefore = new Set((await audits()).map((a) => a.id));
    const summaryBefore = await db.planSummary.findUniqueOrThrow({ where: { planId: base.planId } });

    await getWorklist(base.therapist, { scope: "clinic" });
    await getPatient(base.therapist, base.patient.id);
    await listOpenAlerts(base.therapist, base.patient.id);
    await listPatientPlans(base.therapist, base.patient.id);
    await getProgress(base.therapist, base.patient.id);
    await getPlan(base.therapist, base.planId);

    expect(await alerts()).toBe(alertsBefore);
    const added = (await audits()).filter((a) => !auditsBefore.has(a.id)).map((a) => a.action);
    expect(added.sort()).toEqual(["dashboard.read", "patient.read", "plan.read", "progress.read"]);
    expect((await db.planSummary.findUniqueOrThrow({ where: { planId: base.planId } })).updatedAt).toEqual(summaryBefore.updatedAt);
  });

  it("the scheduled refresh raises the inactivity alert once the threshold is crossed, and only once", async () => {
    const base = await clinicWithPlan(addDays(today, -3));
    expect(await db.alert.count({ where: { planId: base.planId } })).toBe(0);
    const later = new Date(Date.now() + 8 * 86_400_000);
    const first = await refreshPlanSummaries({ now: later, clinicId: base.clinic.id });
    expect(first.refreshed).toBe(1);
    const row = await db.planSummary.findUniqueOrThrow({ where: { planId: base.planId } });
    expect(row.openInactive).toBe(1);
    expect(row.topAlert).toMatch(/No patient log for/);
    // The row is current for that day: a second run (another instance, say) has nothing to do.
    expect((await refreshPlanSummaries({ now: later, clinicId: base.clinic.id })).refreshed).toBe(0);
    expect(await db.alert.count({ where: { planId: base.planId, kind: "INACTIVE" } })).toBe(1);
  });

  it("search finds infix names with accents, case folded, on the worklist and the patients list", async () => {
    const base = await clinicWithPlan();
    await sync((await patientWithPlan(base, { givenName: "Zoë", familyName: "Łukasiewicz-Núñez" })).planId);
    await sync((await patientWithPlan(base, { givenName: "Zoe", familyName: "Smith" })).planId);
    for (const q of ["nunez", "ŁUKAS", "kasie", "zoë núñ"]) {
      const list = await getWorklist(base.therapist, { q });
      expect(
        list.rows.map((r) => r.name),
        q,
      ).toEqual(["Zoë Łukasiewicz-Núñez"]);
      expect(list.total).toBe(1);
      expect(
        (await listPatients(base.therapist, { query: q })).items.map((p) => p.familyName),
        q,
      ).toEqual(["Łukasiewicz-Núñez"]);
    }
    expect((await getWorklist(base.therapist, { q: "zoe" })).total).toBe(2);
  });

  it("another clinic's patients never appear", async () => {
    const a = await clinicWithPlan();
    const b = await clinicWithPlan();
    await patientWithPlan(b, { givenName: "Shared", familyName: "Name" });
    await patientWithPlan(a, { givenName: "Shared", familyName: "Name" });
    const mine = await getWorklist(a.admin, { scope: "clinic", q: "shared name" });
    expect(mine.total).toBe(0); // copies are not synced yet: only the writes fill rows
    await refreshPlanSummaries({ clinicId: a.clinic.id });
    await refreshPlanSummaries({ clinicId: b.clinic.id });
    const list = await getWorklist(a.admin, { scope: "clinic" });
    expect(list.total).toBe(2);
    const ids = new Set((await db.rehabPlan.findMany({ where: { clinicId: a.clinic.id }, select: { id: true } })).map((p) => p.id));
    expect(list.rows.every((r) => ids.has(r.planId))).toBe(true);
    expect((await getWorklist(a.admin, { scope: "clinic", q: "shared" })).total).toBe(1);
  });

  it("the patient page reads the plan once, in at most 8 statements with the session's", async () => {
    const base = await clinicWithPlan();
    const actor = base.therapist;
    const statements = await countStatements(async () => {
      const patient = await getPatient(actor, base.patient.id);
      await Promise.all([
        listEpisodes(actor, patient.id),
        listPatientPlans(actor, patient.id),
        getPortalAccess(actor, patient.id),
        listOpenAlerts(actor, patient.id),
      ]);
    });
    console.info(`patient page data: ${statements} SQL statements (+1 for the session)`);
    // One more is the session check (requireActor reads the user).
    expect(statements).toBeLessThanOrEqual(7);
    expect(plansRead).toBe(1);
  });
});

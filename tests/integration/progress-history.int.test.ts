import { describe, expect, it } from "vitest";
import { addDays } from "@/lib/domain/clinical";
import { db } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { createPlan } from "@/lib/server/plans";
import { getPortalHome, saveDailyLog } from "@/lib/server/portal";
import { getProgress, LOG_PAGE_SIZE } from "@/lib/server/progress";
import { exportProgressLogsCsv } from "@/lib/server/progress-export";
import { makeEpisode, sharedTemplateId } from "../support/clinical";
import { makeClinic, makeUser } from "../support/factories";

const LAST_DAY = "2026-11-30";
const DAYS = 365;
const FIRST_DAY = addDays(LAST_DAY, -(DAYS - 1));
const noon = (date: string) => new Date(`${date}T12:00:00Z`);

/** A patient whose plan started a year ago and who logged every day of it, through the portal's own save. */
async function logAYear() {
  const c = await makeClinic();
  const { patient, episodeId } = await makeEpisode(c.therapist, { injury: { injuryDate: addDays(FIRST_DAY, -2) } });
  await createPlan(c.therapist, episodeId, { templateId: await sharedTemplateId(), startDate: FIRST_DAY });
  const me = await makeUser(c.clinic.id, "PATIENT", { patientId: patient.id });
  const key = (await getPortalHome(me.actor, { now: noon(FIRST_DAY) })).plan!.exercises[0]!.exerciseKey;
  for (let i = 0; i < DAYS; i++) {
    const date = addDays(FIRST_DAY, i);
    await saveDailyLog(
      me.actor,
      { date, setsDone: { [key]: 1 + (i % 3) }, painDuring: i % 7, painNextMorning: (i + 3) % 6, note: i % 5 ? null : `Day ${i + 1}` },
      { now: noon(date) },
    );
  }
  return { ...c, patient };
}

// Made once for the file: 365 saves through the data layer take a while.
let year: ReturnType<typeof logAYear> | undefined;
const aYearOfLogs = () => (year ??= logAYear());

describe("progress at any length", () => {
  it("a year of daily logs: about 53 weekly chart points, and the log table is paged 28 at a time, newest first", { timeout: 180_000 }, async () => {
    const c = await aYearOfLogs();
    const now = noon(LAST_DAY);
    const view = await getProgress(c.therapist, c.patient.id, now);
    expect(view.pain.resolution).toBe("week");
    expect(view.pain.rows.length).toBeLessThanOrEqual(60);
    expect(view.pain.rows.length).toBeGreaterThanOrEqual(52);
    expect(view.adherence.length).toBeLessThanOrEqual(60);
    expect(view.logs).toHaveLength(LOG_PAGE_SIZE);
    expect(view.logs[0]!.date).toBe(LAST_DAY);
    expect(view.logPages).toEqual({ page: 1, pages: Math.ceil(DAYS / LOG_PAGE_SIZE), total: DAYS, size: LOG_PAGE_SIZE });
    // What the page receives no longer holds every day (it was 365 chart rows and 28 table rows).
    expect(JSON.stringify(view).length).toBeLessThan(40_000);

    const second = await getProgress(c.therapist, c.patient.id, now, { logPage: "2" });
    expect(second.logs[0]!.date).toBe(addDays(LAST_DAY, -LOG_PAGE_SIZE));
    const last = await getProgress(c.therapist, c.patient.id, now, { logPage: "999" });
    expect(last.logPages.page).toBe(last.logPages.pages);
    expect(last.logs.at(-1)!.date).toBe(FIRST_DAY);
    expect((await getProgress(c.therapist, c.patient.id, now, { logPage: "-3; drop" })).logPages.page).toBe(1);
  });

  it("the full table downloads as CSV, oldest first, and the export is audited without its content", { timeout: 180_000 }, async () => {
    const c = await aYearOfLogs();
    const { csv, rows, filename } = await exportProgressLogsCsv(c.therapist, c.patient.id);
    expect(rows).toBe(DAYS);
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(DAYS + 1);
    expect(lines[0]).toBe('"Date","Sets done","Pain during (0-10)","Pain next morning (0-10)","New swelling","Note"');
    expect(lines[1]).toBe(`"${FIRST_DAY}","1","0","3","no","Day 1"`);
    expect(filename).toMatch(/^restride-logs-[a-z0-9-]+\.csv$/);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "progress.export", patientId: c.patient.id } });
    expect(audit.outcome).toBe("SUCCESS");
    expect(audit.detail).toEqual({ rows: DAYS });
    expect(JSON.stringify(audit.detail)).not.toContain("Day 1");
  });

  it("another clinic's patient is not found for the export, and the refusal is audited", async () => {
    const [a, b] = [await makeClinic(), await makeClinic()];
    const { patient } = await makeEpisode(a.therapist);
    const err = await exportProgressLogsCsv(b.therapist, patient.id).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).code).toBe("NOT_FOUND");
    expect(await db.auditEvent.count({ where: { action: "progress.export", outcome: "NOT_FOUND", actorUserId: b.therapist.userId } })).toBe(1);
    const own = await exportProgressLogsCsv(a.therapist, patient.id);
    expect(own.rows).toBe(0);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { addDays, ClinicalError, daysBetween } from "@/lib/domain/clinical";
import { dayOfWeek, formatShortDate, isoWeekKey, localDate, startOfWeek, weekKey, type WeekDay } from "@/lib/domain/progress";

describe("localDate", () => {
  it("gives the calendar date in the clinic's zone, not UTC", () => {
    // 23:30 in Los Angeles is already the next day in UTC.
    expect(localDate("2026-11-21T07:30:00Z", "America/Los_Angeles")).toBe("2026-11-20");
    expect(localDate(new Date("2026-11-21T07:30:00Z"), "UTC")).toBe("2026-11-21");
    // Auckland is ahead: 20:00 UTC is the next morning there.
    expect(localDate("2026-11-20T20:00:00Z", "Pacific/Auckland")).toBe("2026-11-21");
    expect(localDate("2026-11-20T10:59:59Z", "Pacific/Auckland")).toBe("2026-11-20");
    expect(localDate("2026-11-20T11:00:00Z", "Pacific/Auckland")).toBe("2026-11-21");
  });

  it("follows DST changes (the offset is never fixed)", () => {
    // London: GMT in winter, BST (UTC+1) in summer.
    expect(localDate("2026-07-01T23:30:00Z", "Europe/London")).toBe("2026-07-02");
    expect(localDate("2026-12-01T23:30:00Z", "Europe/London")).toBe("2026-12-01");
    // Los Angeles: midnight is 07:00 UTC under PDT and 08:00 UTC under PST (DST ended 1 Nov 2026).
    expect(localDate("2026-10-31T07:00:00Z", "America/Los_Angeles")).toBe("2026-10-31");
    expect(localDate("2026-11-03T07:30:00Z", "America/Los_Angeles")).toBe("2026-11-02");
    expect(localDate("2026-11-03T08:00:00Z", "America/Los_Angeles")).toBe("2026-11-03");
    // Auckland: DST starts 27 Sep 2026 at 02:00 NZST; midnight before it is still UTC+12.
    expect(localDate("2026-09-26T11:59:00Z", "Pacific/Auckland")).toBe("2026-09-26");
    expect(localDate("2026-09-26T12:00:00Z", "Pacific/Auckland")).toBe("2026-09-27");
    // After the change midnight is 11:00 UTC the day before (UTC+13).
    expect(localDate("2026-09-28T11:00:00Z", "Pacific/Auckland")).toBe("2026-09-29");
  });

  it("returns a plain date unchanged and rejects bad input", () => {
    expect(localDate("2026-11-20", "Pacific/Auckland")).toBe("2026-11-20");
    expect(() => localDate("not a time", "UTC")).toThrow(ClinicalError);
    expect(() => localDate("2026-11-20T10:00:00Z", "Mars/Olympus_Mons")).toThrow(RangeError);
    expect(() => localDate("2026-11-20", "Mars/Olympus_Mons")).toThrow(RangeError);
  });

  it("matches UTC and fixed-offset zones for any instant (property)", () => {
    const instant = fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2090-12-31T23:59:59Z"), noInvalidDate: true });
    fc.assert(
      fc.property(instant, fc.integer({ min: -12, max: 14 }), (d, offset) => {
        expect(localDate(d, "UTC")).toBe(d.toISOString().slice(0, 10));
        // Etc/GMT+5 is UTC-5 (POSIX signs are inverted).
        const zone = offset === 0 ? "Etc/GMT" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset)}`;
        expect(localDate(d, zone)).toBe(new Date(d.getTime() + offset * 3_600_000).toISOString().slice(0, 10));
      }),
    );
  });

  it("is never more than a day from the UTC date in real zones (property)", () => {
    const zones = ["Europe/London", "America/Los_Angeles", "Pacific/Auckland", "Asia/Kolkata", "Pacific/Kiritimati", "Pacific/Pago_Pago"];
    fc.assert(
      fc.property(
        fc.date({ min: new Date("2000-01-01T00:00:00Z"), max: new Date("2060-01-01T00:00:00Z"), noInvalidDate: true }),
        fc.constantFrom(...zones),
        (d, zone) => {
          expect(Math.abs(daysBetween(d.toISOString().slice(0, 10), localDate(d, zone)))).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});

describe("weeks", () => {
  it("starts weeks on Monday by default, or on any given day", () => {
    expect(dayOfWeek("2026-11-02")).toBe(1);
    expect(startOfWeek("2026-11-20")).toBe("2026-11-16"); // Friday -> Monday
    expect(startOfWeek("2026-11-16")).toBe("2026-11-16");
    expect(startOfWeek("2026-11-22")).toBe("2026-11-16"); // Sunday belongs to the week before
    expect(startOfWeek("2026-11-22", 0)).toBe("2026-11-22");
    expect(startOfWeek("2027-01-01")).toBe("2026-12-28"); // across the year end
    expect(weekKey("2026-11-20")).toBe("2026-11-16");
    expect(() => startOfWeek("2026-11-20", 7 as WeekDay)).toThrow(RangeError);
  });

  it("start of week is the right weekday, at most 6 days back, and idempotent (property)", () => {
    const date = fc.integer({ min: 0, max: 40_000 }).map((n) => addDays("1970-01-01", n));
    fc.assert(
      fc.property(date, fc.integer({ min: 0, max: 6 }), (iso, start) => {
        const s = startOfWeek(iso, start as WeekDay);
        const back = daysBetween(s, iso);
        expect(back).toBeGreaterThanOrEqual(0);
        expect(back).toBeLessThanOrEqual(6);
        expect(dayOfWeek(s)).toBe(start);
        expect(startOfWeek(s, start as WeekDay)).toBe(s);
      }),
    );
  });

  it("labels ISO weeks", () => {
    expect(isoWeekKey("2026-11-20")).toBe("2026-W47");
    expect(isoWeekKey("2027-01-01")).toBe("2026-W53"); // 2026 has 53 ISO weeks
    expect(isoWeekKey("2026-01-01")).toBe("2026-W01");
    expect(isoWeekKey("2021-01-03")).toBe("2020-W53");
  });

  it("formats short dates without locale data", () => {
    expect(formatShortDate("2026-11-20")).toBe("20 Nov");
    expect(formatShortDate("2026-01-05", "2026-11-20")).toBe("5 Jan");
    expect(formatShortDate("2025-12-30", "2026-01-02")).toBe("30 Dec 2025");
  });
});

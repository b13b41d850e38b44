// The server-action wrapper's parsing and error mapping, as the form sees them: the message at
// the top, the field each error shows beside. The session and audit log are stand-ins here;
// tests/integration/actions.int.test.ts runs the real ones against PostgreSQL.
import { redirect } from "next/navigation";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { ClinicalError } from "@/lib/domain/clinical/errors";
import { PlanEditError } from "@/lib/domain/plan-edits";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Actor } from "@/lib/server/actor";
import { makeAction } from "@/lib/server/action-core";
import { AppError } from "@/lib/server/errors";
import { parseMeasurement } from "@/lib/validation/clinical";
import { formParser, zId } from "@/lib/validation/form";
import { patientInput } from "@/lib/validation/patient";
import { setPasswordInput } from "@/lib/validation/portal";

const therapist: Actor = { userId: "u1", clinicId: "c1", role: "THERAPIST", name: "Tomás Ortega", patientId: null };
const ID = "8a6e0804-2bd0-4672-b79d-d97027f9071b";

function setup(actor: Actor | null = therapist) {
  return makeAction({ getActor: async () => actor, audit: async () => {} });
}
const action = setup();
const STAFF = { name: "test.save", roles: ["ADMIN", "THERAPIST"] } as const;

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

/** An action whose handler throws `err`, as the data layer would. */
const throwing = (err: unknown) =>
  action(
    z.object({}),
    async () => {
      throw err;
    },
    STAFF,
  );

describe("action wrapper: parsing", () => {
  const saved: unknown[] = [];
  const save = action(
    patientInput,
    async (input) => {
      saved.push(input);
      return { id: "new" };
    },
    STAFF,
  );

  it("hands the handler typed, trimmed values and returns its data", async () => {
    const result = await save(
      form({ givenName: "  Zoë ", familyName: "Łukasiewicz", dateOfBirth: "1988-04-12", sex: "FEMALE", therapistId: ID, weeklyRunningKm: "42.5" }),
    );
    expect(result).toEqual({ ok: true, data: { id: "new" } });
    expect(saved.at(-1)).toMatchObject({ givenName: "Zoë", weeklyRunningKm: 42.5 });
  });

  it("puts each bad field's message under the field's name, blank fields counting as missing", async () => {
    const before = saved.length;
    const result = await save(form({ givenName: "Zoë", familyName: "   ", dateOfBirth: "2999-01-01", sex: "?", therapistId: ID, weeklyRunningKm: "lots" }));
    expect(result).toEqual({
      ok: false,
      code: "VALIDATION",
      message: "Some fields need attention.",
      fieldErrors: {
        familyName: "Enter the patient's last name.",
        dateOfBirth: "The date of birth cannot be in the future.",
        sex: "Choose an option.",
        weeklyRunningKm: "Enter weekly running as a number of kilometres.",
      },
    });
    expect(saved.length).toBe(before); // nothing reached the data layer
  });

  it("uses the action's own wording for the form message", async () => {
    const dose = action(z.object({ sets: z.coerce.number({ error: "Enter the number of sets as a number." }) }), async () => null, {
      ...STAFF,
      invalid: "Check the dose.",
    });
    expect(await dose(form({ sets: "three" }))).toMatchObject({ message: "Check the dose.", fieldErrors: { sets: "Enter the number of sets as a number." } });
  });

  it("answers a NUL byte in a field with a message beside that field, never a database error", async () => {
    const save = action(z.object({ givenName: z.string() }), async () => "saved", STAFF);
    expect(await save(form({ givenName: "Zo\u0000e" }))).toEqual({
      ok: false,
      code: "VALIDATION",
      message: "Some fields need attention.",
      fieldErrors: { givenName: "This contains a character that cannot be saved. Type it again as plain text." },
    });
  });

  it("accepts a plain object as well as FormData", async () => {
    const notes = action(z.object({ notes: z.string().max(5, "Too long.") }), async ({ notes }) => notes.length, STAFF);
    expect(await notes({ notes: "abc" })).toEqual({ ok: true, data: 3 });
    expect(await notes({ notes: "abcdefgh" })).toMatchObject({ ok: false, fieldErrors: { notes: "Too long." } });
  });

  it("refuses input it cannot read instead of guessing", async () => {
    const notes = action(z.object({}), async () => null, STAFF);
    expect(await (notes as (input: unknown) => Promise<unknown>)("notes=hi")).toMatchObject({
      ok: false,
      message: "This form could not be read. Reload the page and try again.",
    });
  });

  it("keeps what was typed exactly when asked (passwords keep their spaces)", async () => {
    const setPassword = action(setPasswordInput, async ({ password }) => password, { name: "test.password", public: true, trim: false });
    expect(await setPassword(form({ password: "  a long pass phrase  ", confirm: "  a long pass phrase  " }))).toEqual({
      ok: true,
      data: "  a long pass phrase  ",
    });
    expect(await setPassword(form({ password: "  a long pass phrase  ", confirm: "a long pass phrase" }))).toMatchObject({
      fieldErrors: { confirm: "The two passwords are not the same." },
    });
  });
});

describe("action wrapper: ids", () => {
  const calls: string[] = [];
  const update = action(
    z.object({ name: z.string() }),
    async (_input, { args: [patientId] }) => {
      calls.push(patientId);
      return patientId;
    },
    { ...STAFF, args: [zId("patient")] },
  );

  it("passes a well-formed bound id to the handler", async () => {
    expect(await update(ID, form({ name: "x" }))).toEqual({ ok: true, data: ID });
  });

  it.each([["not-a-uuid"], [""], [`${ID}' OR 1=1`], [undefined], [42]])("answers a malformed id (%s) as not found, never a generic error", async (bad) => {
    const before = calls.length;
    const result = await (update as (...a: unknown[]) => Promise<unknown>)(bad, form({ name: "x" }));
    expect(result).toEqual({ ok: false, code: "NOT_FOUND", message: "We could not find that patient." });
    expect(calls.length).toBe(before);
  });

  it("answers a malformed id in a hidden form field as not found too", async () => {
    const acknowledge = action(z.object({ alertId: zId("alert") }), async () => undefined, STAFF);
    expect(await acknowledge(form({ alertId: "12" }))).toEqual({ ok: false, code: "NOT_FOUND", message: "We could not find that alert." });
    expect(await acknowledge(form({}))).toEqual({ ok: false, code: "NOT_FOUND", message: "We could not find that alert." });
    expect(await acknowledge(form({ alertId: ID }))).toEqual({ ok: true, data: undefined });
  });

  it("shows an error on a hidden field (a stale page) as the form's message", async () => {
    const stale = "The form is out of date. Reload the plan.";
    const edit = action(
      z.object({ version: z.coerce.number({ error: stale }).int(stale), notes: z.string().max(3, "Notes can be at most 3 characters.").optional() }),
      async () => null,
      { ...STAFF, hidden: ["version"] },
    );
    // The stale field is not listed beside the fields: the form would move focus to a hidden input.
    expect(await edit(form({ notes: "long notes" }))).toEqual({
      ok: false,
      code: "VALIDATION",
      message: stale,
      fieldErrors: { notes: "Notes can be at most 3 characters." },
    });
    expect(await edit(form({}))).toEqual({ ok: false, code: "VALIDATION", message: stale });
  });
});

describe("action wrapper: hand-written form parsers", () => {
  const parse = (f: Record<string, string | undefined>): { ok: true; data: { pain: number } } | { ok: false; errors: Record<string, string> } =>
    f.pain === undefined
      ? { ok: false as const, errors: { _form: "Enter at least one measurement." } }
      : Number(f.pain) > 10
        ? { ok: false as const, errors: { pain: "Pain must be between 0 and 10." } }
        : { ok: true as const, data: { pain: Number(f.pain) } };
  const record = action(formParser(parse), async ({ pain }) => pain, STAFF);

  it("keeps the parser's field keys and messages", async () => {
    expect(await record(form({ pain: "11" }))).toEqual({
      ok: false,
      code: "VALIDATION",
      message: "Some fields need attention.",
      fieldErrors: { pain: "Pain must be between 0 and 10." },
    });
    expect(await record(form({ pain: "4" }))).toEqual({ ok: true, data: 4 });
  });

  it("shows a whole-form error as the form's message", async () => {
    expect(await record(form({}))).toMatchObject({ message: "Enter at least one measurement.", fieldErrors: { _form: "Enter at least one measurement." } });
  });

  it("keeps the measurement form's field names (the inputs' names)", async () => {
    const measure = action(
      formParser((f) => parseMeasurement(f, { today: "2026-12-01" })),
      async () => "saved",
      STAFF,
    );
    const result = await measure(form({ measuredOn: "2026-12-02", painRest: "eleven", heelRaisesStraight_affected: "12.5", "check_normal-gait": "yes" }));
    expect(result.ok).toBe(false);
    expect(Object.keys(!result.ok ? (result.fieldErrors ?? {}) : {}).sort()).toEqual(["heelRaisesStraight_affected", "measuredOn", "painRest"]);
  });

  it("can build its schema per call, from the actor (e.g. the clinic's today)", async () => {
    const schema = ({ actor }: { actor: Actor }) => z.object({ by: z.literal(actor.name, { error: `Only ${actor.name} can sign this.` }) });
    const sign = action(schema, async ({ by }) => by, STAFF);
    expect(await sign(form({ by: "Tomás Ortega" }))).toEqual({ ok: true, data: "Tomás Ortega" });
    expect(await sign(form({ by: "someone" }))).toMatchObject({ fieldErrors: { by: "Only Tomás Ortega can sign this." } });
  });
});

describe("action wrapper: session and role", () => {
  it("asks a signed-out user to sign in again, keeping the form", async () => {
    const save = setup(null)(z.object({}), async () => "saved", STAFF);
    expect(await save()).toEqual({ ok: false, code: "UNAUTHENTICATED", message: "Your session has ended. Sign in again; your entries are still in the form." });
  });

  it("answers a role outside `roles` as a missing record, before reading the input", async () => {
    const patient: Actor = { ...therapist, role: "PATIENT", patientId: ID };
    const save = setup(patient)(z.object({ name: z.string({ error: "Enter a name." }) }), async () => "saved", STAFF);
    expect(await save(form({}))).toEqual({ ok: false, code: "NOT_FOUND", message: "We could not find that record." });
  });

  it("while the clinic requires two-step sign-in that the user has not set up, runs only their account's actions (decision 025)", async () => {
    const unenrolled: Actor = { ...therapist, mfaSetupRequired: true };
    let ran = 0;
    const save = setup(unenrolled)(z.object({}), async () => ++ran, STAFF);
    const result = await save();
    expect(result).toMatchObject({ ok: false, code: "BLOCKED" });
    expect(!result.ok && result.message).toMatch(/requires two-step sign-in/);
    const enrol = setup(unenrolled)(z.object({}), async () => ++ran, { name: "account.mfa_setup", roles: ["THERAPIST"] });
    expect(await enrol()).toEqual({ ok: true, data: 1 });
  });

  it("runs a public action without a session", async () => {
    const open = setup(null)(z.object({}), async (_input, { actor }) => actor, { name: "test.public", public: true });
    expect(await open()).toEqual({ ok: true, data: null });
  });
});

describe("action wrapper: error mapping", () => {
  it("shows an AppError's message and field errors", async () => {
    expect(await throwing(new AppError("VALIDATION", undefined, { therapistId: "Choose a therapist from your clinic." }))()).toEqual({
      ok: false,
      code: "VALIDATION",
      message: "Some fields need attention.",
      fieldErrors: { therapistId: "Choose a therapist from your clinic." },
    });
    expect(await throwing(new AppError("CONFLICT", "This plan changed since you opened it."))()).toEqual({
      ok: false,
      code: "CONFLICT",
      message: "This plan changed since you opened it.",
    });
  });

  it("words clinical errors for the user, without the developer's details", async () => {
    const result = await throwing(new ClinicalError("GRADE_NOT_COVERED", 'Template "soleus-v1" does not cover grade 3'))();
    expect(result).toEqual({
      ok: false,
      code: "VALIDATION",
      message: "This protocol template does not cover the grade of this strain. Choose another template.",
    });
    const start = await throwing(new ClinicalError("START_BEFORE_INJURY", "Plan start 2026-01-01 is before the injury (2026-02-01)"))();
    expect(start).toMatchObject({
      message: "The plan cannot start before the date of injury.",
      fieldErrors: { startDate: "The plan cannot start before the date of injury." },
    });
  });

  it("shows a plan edit's refusal as written", async () => {
    expect(await throwing(new PlanEditError("Calf raise is already in this stage."))()).toEqual({
      ok: false,
      code: "VALIDATION",
      message: "Calf raise is already in this stage.",
    });
  });

  it("turns a zod error from the data layer into field errors", async () => {
    const err = z.object({ sets: z.number({ error: "Enter the number of sets." }) }).safeParse({}).error;
    expect(await throwing(err)()).toMatchObject({ code: "VALIDATION", fieldErrors: { sets: "Enter the number of sets." } });
  });

  it("explains a unique-key race as a conflict", async () => {
    const race = new Prisma.PrismaClientKnownRequestError("Unique constraint failed on the fields: (`episode_id`)", { code: "P2002", clientVersion: "7" });
    expect(await throwing(race)()).toEqual({ ok: false, code: "CONFLICT", message: "Someone else changed this at the same moment. Reload and try again." });
  });

  it("hides an unexpected error behind a generic message and logs it without its text", async () => {
    const logged: string[] = [];
    vi.spyOn(console, "error").mockImplementation((...a: unknown[]) => void logged.push(a.join(" ")));
    const result = await throwing(new TypeError("Cannot read properties of Zoë Łukasiewicz's record"))();
    expect(result).toEqual({ ok: false, code: "ERROR", message: "Something went wrong on our side. What you entered is still here; try again in a moment." });
    expect(logged).toHaveLength(1);
    expect(logged[0]).toContain("server action test.save");
    expect(logged[0]).toContain("TypeError");
    expect(logged[0]).not.toContain("Zoë");
  });

  it("lets redirect() through (a successful create that opens the new record)", async () => {
    const create = action(z.object({}), async () => redirect("/plans/new-id"), STAFF);
    await expect(create()).rejects.toMatchObject({ digest: expect.stringContaining("/plans/new-id") });
  });
});

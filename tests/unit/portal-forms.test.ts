// The patient portal's forms through the action wrapper: the daily log and the invitation link.
import { describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { makeAction } from "@/lib/server/action-core";
import { actionWording } from "@/lib/i18n/translate";
import { AppError } from "@/lib/server/errors";
import { dailyLogForm, dailyLogFormFor, invitationToken, setPasswordInput, setPasswordInputFor } from "@/lib/validation/portal";

const patient: Actor = { userId: "u1", clinicId: "c1", role: "PATIENT", name: "Zoë", patientId: "8a6e0804-2bd0-4672-b79d-d97027f9071b" };
const action = makeAction({ getActor: async () => patient, audit: async () => {} });

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

describe("daily log form", () => {
  const save = action(dailyLogForm, async (log) => log, { name: "portal.log", roles: ["PATIENT"], invalid: "Some answers need another look." });

  it("collects sets per exercise from the sets_ inputs, blank meaning none", async () => {
    const result = await save(form({ date: "2026-11-30", "sets_seated-soleus-raise": "3", "sets_calf-stretch": "", painDuring: "2", note: "Felt fine" }));
    expect(result).toEqual({
      ok: true,
      data: { date: "2026-11-30", painDuring: 2, note: "Felt fine", newSwelling: null, setsDone: { "seated-soleus-raise": 3, "calf-stretch": 0 }, ratings: {} },
    });
  });

  it("collects the answers to the stage's questions (0-10) from the rating_ inputs, blank meaning not answered", async () => {
    const result = await save(form({ date: "2026-11-30", "rating_running/confident": "8", "rating_exercise/ready": "" }));
    expect(result).toMatchObject({ ok: true, data: { ratings: { "running/confident": 8 } } });
    expect(await save(form({ date: "2026-11-30", "rating_running/confident": "11" }))).toMatchObject({
      ok: false,
      fieldErrors: { "rating_running/confident": "Choose a number from 0 to 10." },
    });
  });

  it("reads the new swelling, redness or warmth question as yes, no, or not answered", async () => {
    const answer = async (value?: string) => {
      const result = await save(form({ date: "2026-11-30", ...(value === undefined ? {} : { newSwelling: value }) }));
      return result.ok ? result.data.newSwelling : "refused";
    };
    expect(await answer("yes")).toBe(true);
    expect(await answer("no")).toBe(false);
    expect(await answer()).toBeNull();
    expect(await answer("maybe")).toBeNull();
  });

  it("shows every problem at once, each beside its own input", async () => {
    const result = await save(form({ date: "2026-02-30", "sets_seated-soleus-raise": "-1", painNextMorning: "11" }));
    expect(result).toEqual({
      ok: false,
      code: "VALIDATION",
      message: "Some answers need another look.",
      fieldErrors: {
        date: "Choose a day.",
        painNextMorning: "Pain this morning: choose 0 to 10.",
        "sets_seated-soleus-raise": "Enter a whole number of sets: 0 or more.",
      },
    });
  });
});

describe("invitation form", () => {
  const accept = action(setPasswordInput, async (_input, { args: [token] }) => token.length, {
    name: "portal.accept",
    public: true,
    args: [invitationToken],
    trim: false,
    invalid: "Check the password fields.",
  });

  it("explains a damaged link instead of the password fields", async () => {
    expect(await accept("short", form({ password: "a long enough password", confirm: "a long enough password" }))).toEqual({
      ok: false,
      code: "NOT_FOUND",
      message: "This invitation link is not valid. Check that you copied all of it, or ask your therapist for a new one.",
    });
  });

  it("puts password problems beside the password fields", async () => {
    expect(await accept("A".repeat(43), form({ password: "short", confirm: "short" }))).toMatchObject({
      message: "Check the password fields.",
      fieldErrors: { password: "Use at least 12 characters. A short sentence is easy to remember." },
    });
  });
});

describe("a Spanish-speaking patient gets every message in Spanish", () => {
  const wording = async () => actionWording("es", "invalidLog");
  const save = action(dailyLogFormFor("es"), async (log) => log, {
    name: "portal.log",
    roles: ["PATIENT"],
    invalid: "Some answers need another look.",
    wording,
  });

  it("field problems and the form's message", async () => {
    expect(await save(form({ date: "2026-02-30", "sets_seated-soleus-raise": "-1", painNextMorning: "11" }))).toEqual({
      ok: false,
      code: "VALIDATION",
      message: "Revise algunas respuestas.",
      fieldErrors: {
        date: "Elija un día.",
        painNextMorning: "Dolor de esta mañana: elija de 0 a 10.",
        "sets_seated-soleus-raise": "Anote un número entero de series: 0 o más.",
      },
    });
  });

  it("the wrapper's own answers: unavailable, something went wrong, session ended", async () => {
    const failing = (err: Error) => action(dailyLogFormFor("es"), async () => Promise.reject(err), { name: "portal.log", roles: ["PATIENT"], wording });
    expect(await failing(new AppError("UNAVAILABLE", "Restride can't reach its database right now."))(form({ date: "2026-11-30" }))).toMatchObject({
      code: "UNAVAILABLE",
      message: "Restride no puede guardar ahora. No se perdió nada de lo que escribió. Inténtelo de nuevo en un momento.",
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {}); // the wrapper logs the unexpected error
    expect(await failing(new Error("boom"))(form({ date: "2026-11-30" }))).toMatchObject({ code: "ERROR", message: expect.stringMatching(/^Algo salió mal/) });
    expect(logged).toHaveBeenCalledTimes(1);
    logged.mockRestore();
    // A message the data layer already worded is kept as it is.
    expect(await failing(new AppError("VALIDATION", "Elija hoy o un día anterior."))(form({ date: "2026-11-30" }))).toMatchObject({
      message: "Elija hoy o un día anterior.",
    });
    const signedOut = makeAction({ getActor: async () => null, audit: async () => {} });
    const expired = signedOut(dailyLogFormFor("es"), async (log) => log, { name: "portal.log", roles: ["PATIENT"], wording });
    expect(await expired(form({ date: "2026-11-30" }))).toMatchObject({ code: "UNAUTHENTICATED", message: expect.stringMatching(/^Su sesión terminó/) });
  });

  it("password problems on the invitation page", () => {
    const parsed = setPasswordInputFor("es").safeParse({ password: "short", confirm: "other" });
    expect(parsed.error?.issues.map((i) => i.message)).toEqual([
      "Use al menos 12 caracteres. Una frase corta es fácil de recordar.",
      "Las dos contraseñas no son iguales.",
    ]);
    const differ = setPasswordInputFor("es").safeParse({ password: "a long enough password", confirm: "another long password" });
    expect(differ.error?.issues.map((i) => i.message)).toEqual(["Las dos contraseñas no son iguales."]);
  });
});

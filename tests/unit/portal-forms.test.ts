// The patient portal's forms through the action wrapper: the daily log and the invitation link.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { makeAction } from "@/lib/server/action-core";
import { dailyLogForm, invitationToken, setPasswordInput } from "@/lib/validation/portal";

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
      data: { date: "2026-11-30", painDuring: 2, note: "Felt fine", newSwelling: null, setsDone: { "seated-soleus-raise": 3, "calf-stretch": 0 } },
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

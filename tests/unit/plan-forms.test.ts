// The plan editor's forms through the action wrapper: what the therapist sees for a stale page,
// a bad dose or an unknown change.
import { describe, expect, it } from "vitest";
import type { Actor } from "@/lib/server/actor";
import { makeAction } from "@/lib/server/action-core";
import { PLAN_HIDDEN_FIELDS, planAddExerciseForm, planDoseForm, planExerciseOrderForm, planMoveStageForm } from "@/lib/validation/plan";

const therapist: Actor = { userId: "u1", clinicId: "c1", role: "THERAPIST", name: "Tomás Ortega", patientId: null };
const action = makeAction({ getActor: async () => therapist, audit: async () => {} });
const PLAN = { name: "plan.update", roles: ["THERAPIST"], hidden: PLAN_HIDDEN_FIELDS } as const;

function form(fields: Record<string, string>): FormData {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
}

const dose = { sets: "3", reps: "15", times: "2", per: "DAY", painLimit: "3" };
const echo = async <T>(input: T) => input;

describe("plan editor forms", () => {
  const editDose = action(planDoseForm, echo, { ...PLAN, invalid: "Check the dose." });

  it("gives the handler the position, the version and the dose", async () => {
    expect(await editDose(form({ version: "4", stageIndex: "1", exerciseIndex: "0", ...dose }))).toEqual({
      ok: true,
      data: { version: 4, stageIndex: 1, exerciseIndex: 0, track: null, dose: { sets: 3, reps: 15, frequency: { times: 2, per: "DAY" }, painLimit: 3 } },
    });
  });

  it("names the track whose current phase a dose edit changes, and refuses a tampered track", async () => {
    expect(await editDose(form({ version: "4", stageIndex: "0", exerciseIndex: "1", track: "running", ...dose }))).toMatchObject({
      ok: true,
      data: { stageIndex: 0, exerciseIndex: 1, track: "running" },
    });
    expect(await editDose(form({ version: "4", stageIndex: "0", exerciseIndex: "1", track: "<script>", ...dose }))).toMatchObject({ ok: false });
  });

  it("puts dose errors beside the dose fields under the form's own wording", async () => {
    const result = await editDose(form({ version: "4", stageIndex: "1", exerciseIndex: "0", ...dose, sets: "0", reps: "", holdSeconds: "" }));
    expect(result).toMatchObject({
      ok: false,
      message: "Check the dose.",
      fieldErrors: { sets: "The number of sets must be at least 1.", reps: "Enter reps, a hold time or minutes per set." },
    });
  });

  it("says the page is out of date when a hidden input is missing or tampered with", async () => {
    const stale = { ok: false, code: "VALIDATION", message: "The form is out of date. Reload the plan." };
    expect(await editDose(form({ stageIndex: "1", exerciseIndex: "0", ...dose }))).toMatchObject(stale);
    expect(await editDose(form({ version: "4", stageIndex: "-1", exerciseIndex: "0", ...dose }))).toMatchObject(stale);
    const move = action(planMoveStageForm, echo, PLAN);
    expect(await move(form({ version: "4", direction: "sideways" }))).toMatchObject(stale);
    expect(await move(form({ version: "4", direction: "next", override: "on" }))).toEqual({
      ok: true,
      data: { version: 4, direction: "next", override: true },
    });
  });

  it("refuses an unknown change to the exercise order", async () => {
    const order = action(planExerciseOrderForm, echo, PLAN);
    expect(await order(form({ version: "4", stageIndex: "0", exerciseIndex: "0", op: "drop-table" }))).toMatchObject({
      message: "Unknown change. Reload the plan.",
    });
  });

  it("asks for an exercise beside the exercise picker", async () => {
    const add = action(planAddExerciseForm, echo, { ...PLAN, invalid: "Check the exercise." });
    expect(await add(form({ version: "4", stageIndex: "0", ...dose }))).toMatchObject({
      message: "Check the exercise.",
      fieldErrors: { exerciseKey: "Choose an exercise from the library." },
    });
  });
});

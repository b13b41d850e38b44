import { describe, expect, it } from "vitest";
import { fieldErrors, formToObject } from "@/lib/validation/form";
import { patientInput } from "@/lib/validation/patient";

const valid = {
  givenName: "Zoë",
  familyName: "Łukasiewicz-Núñez",
  dateOfBirth: "1988-04-12",
  sex: "FEMALE",
  therapistId: "8a6e0804-2bd0-4672-b79d-d97027f9071b",
};

function errorsFor(input: Record<string, unknown>) {
  const r = patientInput.safeParse(input);
  return r.success ? {} : fieldErrors(r.error);
}

describe("patient form validation", () => {
  it("accepts a complete patient with accented names", () => {
    expect(patientInput.safeParse({ ...valid, weeklyRunningKm: "42.5", email: "zoe@example.com" }).success).toBe(true);
  });

  it("explains each missing required field beside it", () => {
    expect(errorsFor({})).toEqual({
      givenName: "Enter the patient's first name.",
      familyName: "Enter the patient's last name.",
      dateOfBirth: "Enter the date of birth.",
      sex: "Choose an option.",
      therapistId: "Choose the responsible therapist.",
    });
  });

  it("refuses future, impossible and malformed dates of birth", () => {
    expect(errorsFor({ ...valid, dateOfBirth: "2999-01-01" }).dateOfBirth).toBe("The date of birth cannot be in the future.");
    expect(errorsFor({ ...valid, dateOfBirth: "1990-02-30" }).dateOfBirth).toBe("That date does not exist.");
    expect(errorsFor({ ...valid, dateOfBirth: "12/04/1988" }).dateOfBirth).toMatch(/YYYY-MM-DD/);
    expect(errorsFor({ ...valid, dateOfBirth: "1850-01-01" }).dateOfBirth).toMatch(/after 1900/);
  });

  it("checks ranges and formats of optional fields", () => {
    expect(errorsFor({ ...valid, weeklyRunningKm: "-3" }).weeklyRunningKm).toMatch(/cannot be negative/);
    expect(errorsFor({ ...valid, weeklyRunningKm: "900" }).weeklyRunningKm).toMatch(/typo/);
    expect(errorsFor({ ...valid, weeklyRunningKm: "lots" }).weeklyRunningKm).toMatch(/number of kilometres/);
    expect(errorsFor({ ...valid, email: "zoe@" }).email).toMatch(/valid email/);
    expect(errorsFor({ ...valid, phone: "call me" }).phone).toMatch(/phone number/);
    expect(errorsFor({ ...valid, givenName: "x".repeat(201) }).givenName).toMatch(/at most 200/);
  });
});

describe("formToObject", () => {
  it("trims values and turns empty fields into undefined", () => {
    const form = new FormData();
    form.set("givenName", "  Zoë ");
    form.set("email", "   ");
    expect(formToObject(form)).toEqual({ givenName: "Zoë", email: undefined });
  });
});

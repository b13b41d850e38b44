import { expect, it } from "vitest";
import { safeCallback } from "@/lib/validation/redirect";

it("keeps same-site paths after sign-in", () => {
  expect(safeCallback("/patients/abc?tab=plan")).toBe("/patients/abc?tab=plan");
  expect(safeCallback(["/dashboard", "/other"])).toBe("/dashboard");
});

it("never sends the user to another origin", () => {
  for (const evil of ["//evil.example", "/\\evil.example", "/\t/evil.example", "https://evil.example", "evil.example", "/\n/evil.example", "", undefined]) {
    expect(safeCallback(evil), String(evil)).toBe("/");
  }
  expect(safeCallback("/%2F%2Fevil.example")).toBe("/%2F%2Fevil.example"); // stays a path on this site
});

import path from "node:path";
import { describe, expect, it } from "vitest";
import { breakLongWords, FONT_FILES, resolveFontDir } from "@/lib/pdf/handout-document.mjs";
import { defaultWorkerPath, workerPathCandidates } from "@/lib/pdf/pool";

describe("handout document helpers", () => {
  it("leaves normal words whole and splits very long ones for wrapping", () => {
    expect(breakLongWords("Łukasiewicz-Núñez")).toEqual(["Łukasiewicz-Núñez"]);
    const long = "x".repeat(45);
    expect(breakLongWords(long)).toEqual(["x".repeat(10), "x".repeat(10), "x".repeat(10), "x".repeat(10), "x".repeat(5)]);
    expect(breakLongWords(long).join("")).toBe(long);
  });

  it("finds the bundled fonts, and only an explicit folder when one is given", () => {
    expect(resolveFontDir()).toBe(path.join(process.cwd(), "lib", "pdf", "fonts"));
    expect(Object.values(FONT_FILES)).toContain("DejaVuSans.ttf");
    expect(() => resolveFontDir("/nonexistent/fonts")).toThrow(/fonts not found.*\/nonexistent\/fonts/);
  });

  it("finds the worker entry under the working folder", () => {
    expect(defaultWorkerPath()).toBe(path.join(process.cwd(), "lib", "pdf", "worker.mjs"));
    expect(workerPathCandidates("/x/worker.mjs")).toEqual(["/x/worker.mjs"]);
    expect(() => defaultWorkerPath("/x/worker.mjs")).toThrow(/worker not found/);
  });
});

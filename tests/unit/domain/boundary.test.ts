// The clinical core must stay framework- and database-free (docs: style.md, practice 1).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const DOMAIN = path.join(ROOT, "lib/domain");
const FORBIDDEN = /^(?:next|react|react-dom|@prisma|pg)(?:\/|$)|(?:^|\/)lib\/generated(?:\/|$)|^@\/lib\/generated/;
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"']+)["']/g;

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return tsFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function forbiddenImports(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((m) => m[1]!).filter((spec) => FORBIDDEN.test(spec));
}

describe("lib/domain import boundary", () => {
  it("the checker recognises forbidden imports", () => {
    const sample = [
      'import { NextResponse } from "next/server";',
      "import React from 'react';",
      'import { PrismaClient } from "@prisma/client";',
      'import pg from "pg";',
      'import { x } from "../../lib/generated/prisma/client";',
      'import type { Y } from "@/lib/generated/prisma";',
      'const m = await import("next");',
      'import "react-dom";',
      'import { z } from "zod";',
      'import { a } from "./pgn";',
      'import { b } from "../clinical/types";',
    ].join("\n");
    expect(forbiddenImports(sample)).toEqual([
      "next/server",
      "react",
      "@prisma/client",
      "pg",
      "../../lib/generated/prisma/client",
      "@/lib/generated/prisma",
      "next",
      "react-dom",
    ]);
  });

  it("no file under lib/domain imports next, react, @prisma, pg or lib/generated", () => {
    const files = tsFiles(DOMAIN);
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.flatMap((file) =>
      forbiddenImports(readFileSync(file, "utf8")).map((spec) => `${path.relative(ROOT, file)}: ${spec}`),
    );
    expect(offenders).toEqual([]);
  });
});

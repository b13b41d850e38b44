/**
 * Fails when prisma/schema.prisma and the migrated database disagree: a missing or extra table
 * or column, a wrong type or nullability, enum values, indexes or foreign keys. Prisma's own
 * `migrate diff` needs a native engine that cannot be downloaded here, so this reads the
 * schema through Prisma's WebAssembly schema parser and compares it with the catalog.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { get_dmmf } from "@prisma/prisma-schema-wasm";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

interface DmmfField {
  name: string;
  dbName?: string | null;
  kind: "scalar" | "object" | "enum" | "unsupported";
  isList: boolean;
  isRequired: boolean;
  type: string;
  nativeType?: [string, string[]] | null;
  relationFromFields?: string[];
}
interface DmmfModel {
  name: string;
  dbName: string | null;
  fields: DmmfField[];
}
interface DmmfEnum {
  name: string;
  dbName: string | null;
  values: { name: string; dbName: string | null }[];
}
interface DmmfIndex {
  model: string;
  type: "id" | "unique" | "normal" | "fulltext";
  fields: { name: string }[];
}

const schema = readFileSync(path.resolve("prisma/schema.prisma"), "utf8");
const dmmf = JSON.parse(get_dmmf(JSON.stringify({ prismaSchema: [["schema.prisma", schema]] }))) as {
  datamodel: { models: DmmfModel[]; enums: DmmfEnum[]; indexes: DmmfIndex[] };
};
const { models, enums, indexes } = dmmf.datamodel;
const enumDbName = new Map(enums.map((e) => [e.name, e.dbName ?? e.name]));

function expectedUdt(f: DmmfField): string {
  if (f.kind === "enum") return enumDbName.get(f.type)!;
  const native = f.nativeType?.[0];
  const byNative: Record<string, string> = {
    Uuid: "uuid",
    Timestamptz: "timestamptz",
    Timestamp: "timestamp",
    Date: "date",
    Decimal: "numeric",
    VarChar: "varchar",
    Text: "text",
    Integer: "int4",
    SmallInt: "int2",
    JsonB: "jsonb",
    Citext: "citext",
  };
  if (native) return byNative[native] ?? native.toLowerCase();
  const byType: Record<string, string> = {
    String: "text",
    Int: "int4",
    BigInt: "int8",
    Boolean: "bool",
    DateTime: "timestamp",
    Decimal: "numeric",
    Json: "jsonb",
    Float: "float8",
    Bytes: "bytea",
  };
  return byType[f.type] ?? f.type;
}

const columnName = (m: DmmfModel, fieldName: string) => {
  const f = m.fields.find((x) => x.name === fieldName)!;
  return f.dbName ?? f.name;
};

let client: pg.Client;
beforeAll(async () => {
  client = new pg.Client({ connectionString: inject("databaseUrl") });
  await client.connect();
});
afterAll(async () => client.end());

describe("schema.prisma matches the migrated database", () => {
  it("has exactly the tables of the schema (plus _prisma_migrations)", async () => {
    const { rows } = await client.query<{ table_name: string }>(
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
    );
    const actual = rows
      .map((r) => r.table_name)
      .filter((t) => t !== "_prisma_migrations")
      .sort();
    expect(actual).toEqual(models.map((m) => m.dbName ?? m.name).sort());
  });

  it.each(models.map((m) => [m.name, m] as const))("%s: columns, types and nullability", async (_name, model) => {
    const table = model.dbName ?? model.name;
    const { rows } = await client.query<{
      column_name: string;
      udt_name: string;
      is_nullable: string;
      numeric_precision: number | null;
      numeric_scale: number | null;
    }>(
      `SELECT column_name, udt_name, is_nullable, numeric_precision, numeric_scale
         FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1`,
      [table],
    );
    const actual = Object.fromEntries(rows.map((r) => [r.column_name, r]));
    const fields = model.fields.filter((f) => f.kind === "scalar" || f.kind === "enum");
    const expected = Object.fromEntries(
      fields.map((f) => [
        f.dbName ?? f.name,
        {
          udt: (f.isList ? "_" : "") + expectedUdt(f),
          // Prisma's own migrations leave list columns nullable (`TEXT[]`), whatever the DMMF says.
          nullable: f.isRequired && !f.isList ? "NO" : "YES",
          f,
        },
      ]),
    );
    expect(Object.keys(actual).sort(), `columns of ${table}`).toEqual(Object.keys(expected).sort());
    for (const [col, e] of Object.entries(expected)) {
      expect(actual[col]!.udt_name, `${table}.${col} type`).toBe(e.udt);
      expect(actual[col]!.is_nullable, `${table}.${col} nullability`).toBe(e.nullable);
      if (e.f.nativeType?.[0] === "Decimal") {
        const [p, s] = e.f.nativeType[1].map(Number);
        expect([actual[col]!.numeric_precision, actual[col]!.numeric_scale], `${table}.${col} precision`).toEqual([p, s]);
      }
    }
  });

  it("has the enum types with the schema's values, in order", async () => {
    for (const e of enums) {
      const { rows } = await client.query<{ enumlabel: string }>(
        `SELECT e.enumlabel FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = $1 ORDER BY e.enumsortorder`,
        [e.dbName ?? e.name],
      );
      expect(
        rows.map((r) => r.enumlabel),
        e.name,
      ).toEqual(e.values.map((v) => v.dbName ?? v.name));
    }
  });

  it("has every primary key, unique and secondary index of the schema", async () => {
    const { rows } = await client.query<{ table: string; unique: boolean; primary: boolean; columns: string[] }>(
      `SELECT t.relname AS table, ix.indisunique AS unique, ix.indisprimary AS primary,
              array_agg(a.attname::text ORDER BY k.ord) AS columns
         FROM pg_index ix
         JOIN pg_class t ON t.oid = ix.indrelid
         JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = 'public'
         CROSS JOIN LATERAL unnest(ix.indkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum
        GROUP BY t.relname, ix.indexrelid, ix.indisunique, ix.indisprimary`,
    );
    const actual = new Set(rows.map((r) => `${r.table}|${r.primary ? "id" : r.unique ? "unique" : "normal"}|${r.columns.join(",")}`));
    for (const idx of indexes.filter((i) => i.type !== "fulltext")) {
      const model = models.find((m) => m.name === idx.model)!;
      const key = `${model.dbName ?? model.name}|${idx.type}|${idx.fields.map((f) => columnName(model, f.name)).join(",")}`;
      expect(actual.has(key), `index ${key}`).toBe(true);
    }
  });

  it("has a foreign key for every relation", async () => {
    const { rows } = await client.query<{ table: string; columns: string[] }>(
      `SELECT c.conrelid::regclass::text AS table,
              array_agg(a.attname::text ORDER BY k.ord) AS columns
         FROM pg_constraint c
         CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
         JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum
        WHERE c.contype = 'f'
        GROUP BY c.oid, c.conrelid`,
    );
    const actual = new Set(rows.map((r) => `${r.table.replace(/"/g, "")}|${r.columns.join(",")}`));
    for (const m of models) {
      for (const f of m.fields.filter((x) => x.kind === "object" && x.relationFromFields?.length)) {
        const key = `${m.dbName ?? m.name}|${f.relationFromFields!.map((n) => columnName(m, n)).join(",")}`;
        expect(actual.has(key), `foreign key ${key}`).toBe(true);
      }
    }
  });
});

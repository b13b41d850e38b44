import { PrismaPg } from "@prisma/adapter-pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrate } from "@/lib/db/migrate";
import { SETUP_CODE_MAX_FAILURES, issueSetupCode } from "@/lib/db/setup-code";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { AppError } from "@/lib/server/errors";
import { createFirstClinic, needsFirstRun } from "@/lib/server/setup";
import { createThrowawayDatabase, dropDatabase } from "../../scripts/test-db";

const serverUrl = inject("serverUrl");
let url: string;
let client: PrismaClient;

beforeAll(async () => {
  url = await createThrowawayDatabase(serverUrl, "restride_first_run");
  await migrate(url);
  client = new PrismaClient({ adapter: new PrismaPg({ connectionString: url }) });
});
afterAll(async () => {
  await client.$disconnect();
  await dropDatabase(serverUrl, url);
});

const input = (code: string, email = "ines@clinic.example") => ({
  code,
  clinicName: "Clínica Norte",
  timeZone: "America/Chicago",
  name: "Inés Castro",
  email,
  password: "a long first admin sentence",
  confirm: "a long first admin sentence",
});

async function codeOf(p: Promise<unknown>) {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  return err instanceof AppError ? err.code : err;
}

describe("first run without SQL", () => {
  it("on an empty database start prints a code; a wrong code is refused and counted; the right one creates the clinic and its admin once", async () => {
    expect(await needsFirstRun(client)).toBe(true);
    const stale = await issueSetupCode(url);
    const code = await issueSetupCode(url); // each start replaces the code
    expect(code).toMatch(/^[A-Z2-9]{4}-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(await codeOf(createFirstClinic(input(stale!), { client }))).toBe("VALIDATION");
    expect((await client.setupCode.findUniqueOrThrow({ where: { id: 1 } })).failures).toBe(1);
    expect(await client.clinic.count()).toBe(0);

    await createFirstClinic(input(code!.toLowerCase()), { client });
    const clinic = await client.clinic.findFirstOrThrow();
    expect(clinic).toMatchObject({ name: "Clínica Norte", timeZone: "America/Chicago" });
    expect(await client.user.findMany({ select: { email: true, role: true, clinicId: true } })).toEqual([
      { email: "ines@clinic.example", role: "ADMIN", clinicId: clinic.id },
    ]);
    expect(await client.auditEvent.count({ where: { action: "clinic.first_run", outcome: "SUCCESS" } })).toBe(1);

    // Done: the page is gone, the code is spent, and a later start prints none.
    expect(await needsFirstRun(client)).toBe(false);
    expect(await codeOf(createFirstClinic(input(code!, "other@clinic.example"), { client }))).toBe("NOT_FOUND");
    expect(await issueSetupCode(url)).toBeNull();
    expect(await client.clinic.count()).toBe(1);
  });

  it("burns the code after 10 wrong tries", async () => {
    const fresh = await createThrowawayDatabase(serverUrl, "restride_first_run_b");
    await migrate(fresh);
    const other = new PrismaClient({ adapter: new PrismaPg({ connectionString: fresh }) });
    try {
      const code = (await issueSetupCode(fresh))!;
      for (let i = 0; i < SETUP_CODE_MAX_FAILURES; i++) expect(await codeOf(createFirstClinic(input("AAAA-BBBB-CCCC"), { client: other }))).toBe("VALIDATION");
      expect(await codeOf(createFirstClinic(input(code), { client: other }))).toBe("BLOCKED");
      expect(await other.clinic.count()).toBe(0);
    } finally {
      await other.$disconnect();
      await dropDatabase(serverUrl, fresh);
    }
  });
});

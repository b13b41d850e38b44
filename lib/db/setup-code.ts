/**
 * The first-run code (issue 11): on a database with no clinic, `npm start` issues a one-time code,
 * prints it in the terminal (only someone at the server's console sees it) and stores its hash;
 * /setup asks for it before creating the first clinic and admin (lib/server/setup.ts). A new start
 * replaces the code; it lasts 24 hours and is burned after 10 wrong tries.
 */
import { createHash, randomInt } from "node:crypto";
import pg from "pg";

export const SETUP_CODE_HOURS = 24;
export const SETUP_CODE_MAX_FAILURES = 10;
const ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** "K7Q2-MX9D-4PRT": 12 characters without look-alikes (about 59 bits). */
export function newSetupCode(): string {
  const chars = Array.from({ length: 12 }, () => ALPHABET[randomInt(ALPHABET.length)]).join("");
  return `${chars.slice(0, 4)}-${chars.slice(4, 8)}-${chars.slice(8)}`;
}

export const hashSetupCode = (code: string) => createHash("sha256").update(code.replace(/[\s-]/g, "").toUpperCase(), "utf8").digest("hex");

/** A fresh code when the database has no clinic yet (stored hashed), else null. */
export async function issueSetupCode(connectionString: string, now = new Date()): Promise<string | null> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: string }>("SELECT count(*) AS n FROM clinic");
    if (Number(rows[0]?.n ?? 0) > 0) {
      await client.query("DELETE FROM setup_code");
      return null;
    }
    const code = newSetupCode();
    await client.query(
      `INSERT INTO setup_code (id, code_hash, expires_at, failures) VALUES (1, $1, $2, 0)
       ON CONFLICT (id) DO UPDATE SET code_hash = EXCLUDED.code_hash, expires_at = EXCLUDED.expires_at, failures = 0`,
      [hashSetupCode(code), new Date(now.getTime() + SETUP_CODE_HOURS * 3_600_000)],
    );
    return code;
  } finally {
    await client.end();
  }
}

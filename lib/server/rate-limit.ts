import "server-only";
import { createHash } from "node:crypto";
import { db as defaultDb, type Db } from "@/lib/server/db";

/**
 * Sign-in throttling kept in PostgreSQL (table `sign_in_attempt`), so every app instance sees
 * the same counts (docs/decisions/022-accounts-and-throttling.md). Three counters per attempt:
 *
 * - the account from this client address: after 5 failures each further attempt waits
 *   1, 2, 4, 8, then 15 minutes;
 * - the account from anywhere: after 20 failures the same delays apply, but only to addresses
 *   that have failed on this account themselves, so strangers cannot lock the owner out: the
 *   right password from an address with no failures still works;
 * - the client address over all accounts (password spraying): after 20 failures, the same delays.
 *
 * An attempt is counted before the password is checked, in one transaction that locks the
 * rows, so parallel guesses cannot slip past; a success gives it back. A refused attempt is not
 * counted (it cannot extend the wait). Failures are forgotten an hour after the last one.
 */
export interface ThrottleRule {
  /** Failures allowed before the first wait. */
  free: number;
  baseDelayMs: number;
  maxDelayMs: number;
  /** Failures older than this (since the last one) are forgotten. */
  forgetAfterMs: number;
}

const MINUTE = 60_000;
export const THROTTLE_RULES = {
  accountAddress: { free: 5, baseDelayMs: MINUTE, maxDelayMs: 15 * MINUTE, forgetAfterMs: 60 * MINUTE },
  account: { free: 20, baseDelayMs: MINUTE, maxDelayMs: 15 * MINUTE, forgetAfterMs: 60 * MINUTE },
  address: { free: 20, baseDelayMs: MINUTE, maxDelayMs: 15 * MINUTE, forgetAfterMs: 60 * MINUTE },
} as const satisfies Record<string, ThrottleRule>;

/** The wait after the `failures`-th failure: none before the allowance is used up, then doubling to the cap. */
export function delayAfter(failures: number, rule: ThrottleRule): number {
  if (failures < rule.free) return 0;
  return Math.min(rule.maxDelayMs, rule.baseDelayMs * 2 ** (failures - rule.free));
}

export type SignInGate = { allowed: true } | { allowed: false; retryAfterSeconds: number };

type Kind = keyof typeof THROTTLE_RULES;
interface Row {
  key: string;
  failures: number;
  last_failure_at: Date | null;
  blocked_until: Date | null;
}

// Hashed: the table holds no email addresses.
const keyOf = (...parts: string[]) => createHash("sha256").update(parts.join("\u0000"), "utf8").digest("hex");

export class SignInLimiter {
  constructor(private readonly client: () => Db = () => defaultDb) {}

  private keys(email: string, address: string): Record<Kind, string> {
    return { accountAddress: keyOf("account+address", email, address), account: keyOf("account", email), address: keyOf("address", address) };
  }

  /** Call before checking the password: either refuses (with the wait) or counts the attempt as a failure. */
  async begin(email: string, address: string, now = new Date()): Promise<SignInGate> {
    const keys = this.keys(email, address);
    const gate = await this.client().$transaction(async (tx) => {
      const all = [keys.accountAddress, keys.account, keys.address];
      await tx.$executeRaw`INSERT INTO sign_in_attempt (key) SELECT unnest(${all}::text[]) ON CONFLICT (key) DO NOTHING`;
      // Locked in key order, so two attempts never wait on each other in a cycle.
      const rows = await tx.$queryRaw<Row[]>`
        SELECT key, failures, last_failure_at, blocked_until FROM sign_in_attempt WHERE key = ANY(${all}::text[]) ORDER BY key FOR UPDATE`;
      const state = {} as Record<Kind, { failures: number; blockedUntil: number }>;
      for (const kind of Object.keys(keys) as Kind[]) {
        const row = rows.find((r) => r.key === keys[kind]);
        const stale = !row?.last_failure_at || now.getTime() - row.last_failure_at.getTime() > THROTTLE_RULES[kind].forgetAfterMs;
        state[kind] = stale ? { failures: 0, blockedUntil: 0 } : { failures: row.failures, blockedUntil: row.blocked_until?.getTime() ?? 0 };
      }
      const waits = [state.accountAddress.blockedUntil, state.address.blockedUntil];
      // The account-wide wait only holds back addresses that have failed on this account.
      if (state.accountAddress.failures > 0) waits.push(state.account.blockedUntil);
      const until = Math.max(...waits);
      if (until > now.getTime()) return { allowed: false as const, retryAfterSeconds: Math.ceil((until - now.getTime()) / 1000) };
      for (const kind of Object.keys(keys) as Kind[]) {
        const failures = state[kind].failures + 1;
        const delay = delayAfter(failures, THROTTLE_RULES[kind]);
        const blockedUntil = delay > 0 ? new Date(now.getTime() + delay) : null;
        await tx.$executeRaw`
          UPDATE sign_in_attempt SET failures = ${failures}, last_failure_at = ${now}, blocked_until = ${blockedUntil}, updated_at = ${now}
          WHERE key = ${keys[kind]}`;
      }
      return { allowed: true as const };
    });
    // Housekeeping now and then: rows untouched for a day carry nothing worth keeping.
    if (Math.random() < 0.02) await this.client().$executeRaw`DELETE FROM sign_in_attempt WHERE updated_at < now() - interval '1 day'`;
    return gate;
  }

  /** The password was right: the account's failures are forgiven and the address gets its attempt back. */
  async succeeded(email: string, address: string): Promise<void> {
    const keys = this.keys(email, address);
    await this.client().$transaction([
      this.client().$executeRaw`DELETE FROM sign_in_attempt WHERE key = ANY(${[keys.accountAddress, keys.account]}::text[])`,
      this.client().$executeRaw`
        UPDATE sign_in_attempt SET failures = GREATEST(failures - 1, 0),
          blocked_until = CASE WHEN failures - 1 >= ${THROTTLE_RULES.address.free} THEN blocked_until END
        WHERE key = ${keys.address}`,
    ]);
  }
}

export const signInLimiter = new SignInLimiter();

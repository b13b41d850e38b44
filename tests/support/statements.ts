/**
 * Counts the SQL statements a piece of server code sends, by watching pg's Client#query (the
 * driver under Prisma's adapter; every call still goes to PostgreSQL): a page's data cost,
 * stated in a test. Transaction control (BEGIN / COMMIT / ROLLBACK) is left out of the list.
 */
import pg from "pg";
import { vi } from "vitest";

const CONTROL = /^\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|SET TRANSACTION)/i;

export async function countStatements<T>(fn: () => Promise<T>): Promise<{ result: T; statements: string[] }> {
  const texts: string[] = [];
  // eslint-disable-next-line @typescript-eslint/unbound-method -- called with the client as `this` below
  const original = pg.Client.prototype.query;
  const spy = vi.spyOn(pg.Client.prototype, "query").mockImplementation(function (this: pg.Client, ...args: unknown[]) {
    const first = args[0];
    texts.push(typeof first === "string" ? first : ((first as { text?: string } | undefined)?.text ?? ""));
    return (original as (...a: unknown[]) => unknown).apply(this, args) as never;
  });
  try {
    const result = await fn();
    return { result, statements: texts.filter((t) => !CONTROL.test(t)) };
  } finally {
    spy.mockRestore();
  }
}

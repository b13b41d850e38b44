/**
 * Latest known value of every measurement field across visits: a later visit's value replaces
 * an earlier one, field by field, and a blank field keeps the earlier value. Pure.
 */
import type { CheckInput, Measurements } from "./clinical/types";

type Tree = { [key: string]: unknown };

function mergeInto(target: Tree, source: Tree) {
  for (const [key, value] of Object.entries(source)) {
    if (value === null || value === undefined) continue;
    if (typeof value === "object" && !Array.isArray(value)) {
      const current = target[key];
      const child: Tree = current && typeof current === "object" ? { ...(current as Tree) } : {};
      mergeInto(child, value as Tree);
      target[key] = child;
    } else {
      target[key] = value;
    }
  }
}

/** `visits` in chronological order, oldest first. */
export function latestMeasurements(visits: readonly { values: Measurements; checks: CheckInput }[]): { values: Measurements; checks: CheckInput } {
  const values: Tree = {};
  const checks: Tree = {};
  for (const v of visits) {
    mergeInto(values, v.values as Tree);
    mergeInto(checks, v.checks);
  }
  return { values, checks };
}

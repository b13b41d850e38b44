import { z } from "zod";

export type FieldErrors = Record<string, string>;

/** FormData → plain object of trimmed strings; empty fields become undefined. */
export function formToObject(form: FormData): Record<string, string | undefined> {
  const out: Record<string, string | undefined> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue;
    const trimmed = value.trim();
    out[key] = trimmed === "" ? undefined : trimmed;
  }
  return out;
}

/** The first message per field, keyed by the dotted path, for showing beside each input. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.join(".") || "_form";
    if (!(key in out)) out[key] = issue.message;
  }
  return out;
}

/** A form's flat fields, as formToObject gives them. */
export type FormFields = Record<string, string | undefined>;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A record id (a UUID, as the data layer's isUuid checks it). The form cannot correct a bad id,
 * so the action wrapper answers it as "not found" (and audits it) instead of a field error.
 */
export function zId(entity: string) {
  return z.custom<string>((v) => typeof v === "string" && UUID.test(v), {
    message: `We could not find that ${entity}.`,
    params: { notFound: entity },
  });
}

/** The entity of a zId issue ("patient"), or undefined for any other issue. */
export function notFoundEntity(issue: z.core.$ZodIssue): string | undefined {
  const params = (issue as { params?: { notFound?: unknown } }).params;
  return typeof params?.notFound === "string" ? params.notFound : undefined;
}

/**
 * A zod schema from a hand-written form parser that answers `{ ok: true, data }` or
 * `{ ok: false, errors }` (errors keyed by field name, `_form` for the whole form): each error
 * becomes an issue on its field, so the action wrapper shows it beside that field.
 */
export function formParser<T>(parse: (fields: FormFields) => { ok: true; data: T } | { ok: false; errors: FieldErrors }) {
  return z.record(z.string(), z.string().optional()).transform((fields, ctx): T => {
    const parsed = parse(fields);
    if (parsed.ok) return parsed.data;
    for (const [field, message] of Object.entries(parsed.errors)) {
      ctx.addIssue({ code: "custom", path: field === "_form" ? [] : [field], message });
    }
    return z.NEVER;
  });
}

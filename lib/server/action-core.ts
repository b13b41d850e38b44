// The server-action wrapper, without its two server dependencies (the session and the audit
// log), which lib/server/action.ts plugs in; tests plug in their own. See `action` there.
import { unstable_rethrow } from "next/navigation";
import type { z } from "zod";
import type { ActionResult } from "@/lib/action-result";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/actor";
import type { AuditInput } from "@/lib/server/audit";
import { AppError } from "@/lib/server/errors";
import { toAppError } from "@/lib/server/error-map";
import { logUnexpected } from "@/lib/server/log";
import { fieldErrors, formToObject, notFoundEntity, type FieldErrors } from "@/lib/validation/form";

export interface ActionDeps {
  getActor: () => Promise<Actor | null>;
  audit: (actor: Actor | null, input: AuditInput) => Promise<void>;
}

type Schema = z.ZodType;
type Args = readonly Schema[];
type ArgsOut<A extends Args> = { -readonly [K in keyof A]: z.output<A[K]> };
type ArgsIn<A extends Args> = { -readonly [K in keyof A]: z.input<A[K]> };
/** A handler that returns nothing gives `data: undefined`. */
type Data<R> = [R] extends [void] ? undefined : R;

export interface ActionContext<A extends Args, Who extends Actor | null = Actor> {
  /** The signed-in user, re-read from the database (null for public actions). */
  actor: Who;
  /** The positional arguments, parsed by `options.args`. */
  args: ArgsOut<A>;
}

interface CommonOptions<A extends Args> {
  /**
   * What the action does, in the audit log's words ("patient.update"): the action of the audit
   * rows this wrapper writes for refusals, and the label of its error logs.
   */
  name: string;
  /**
   * Schemas of the arguments before the input (ids bound with `.bind(null, id)`), in order. The
   * user cannot correct them in the form, so one that fails is answered as not found, with the
   * schema's message, and audited.
   */
  args?: A;
  /**
   * Input fields the user cannot see (hidden inputs such as `version`): an error on one means the
   * page is out of date, so its message becomes the form's message.
   */
  hidden?: readonly string[];
  /** The form's message when fields need attention (default: "Some fields need attention."). */
  invalid?: string;
  /** FormData strings are trimmed and blank ones dropped; `false` keeps them exactly as typed (passwords). */
  trim?: boolean;
  /**
   * Patient-facing actions: this wrapper's own messages (session ended, unreadable form,
   * unavailable, not found, something went wrong, fields need attention) in the caller's
   * language. Messages of the schema and the data layer are already worded by them.
   */
  wording?: (actor: Actor | null, params: readonly unknown[]) => Promise<ActionWording>;
}

/** The wrapper's own messages, for `wording`. */
export interface ActionWording {
  unauthenticated: string;
  unreadable: string;
  unexpected: string;
  unavailable: string;
  notFound: string;
  invalid: string;
}

export interface StaffOptions<A extends Args> extends CommonOptions<A> {
  /** Who may call it; anyone else gets the answer for a missing record, and an audit row (DENIED). */
  roles: readonly Role[];
}

export interface PublicOptions<A extends Args> extends CommonOptions<A> {
  /** No session is needed (the invitation link: its token is the credential). */
  public: true;
}

/** The schema, or a function that builds it for this call (e.g. with the clinic's today). */
type SchemaOrFactory<S extends Schema, A extends Args, Who extends Actor | null> = S | ((ctx: ActionContext<A, Who>) => S | Promise<S>);

export type ServerAction<S extends Schema, A extends Args, R> = (...params: [...ArgsIn<A>, input?: FormData | z.input<S>]) => Promise<ActionResult<Data<R>>>;

export interface Action {
  <S extends Schema, R, const A extends Args = []>(
    schema: SchemaOrFactory<S, A, Actor>,
    handler: (input: z.output<S>, ctx: ActionContext<A, Actor>) => Promise<R>,
    options: StaffOptions<A>,
  ): ServerAction<S, A, R>;
  <S extends Schema, R, const A extends Args = []>(
    schema: SchemaOrFactory<S, A, null>,
    handler: (input: z.output<S>, ctx: ActionContext<A, null>) => Promise<R>,
    options: PublicOptions<A>,
  ): ServerAction<S, A, R>;
}

export const MESSAGES = {
  unauthenticated: "Your session has ended. Sign in again; your entries are still in the form.",
  unreadable: "This form could not be read. Reload the page and try again.",
  unexpected: "Something went wrong on our side. What you entered is still here; try again in a moment.",
  controlCharacters: "This contains a character that cannot be saved. Type it again as plain text.",
  // Staff only (patients are never required to use two-step sign-in), so English.
  mfaSetupRequired: "Your clinic requires two-step sign-in. Set it up on your account page first; nothing was saved.",
} as const;

type Failure = Extract<ActionResult, { ok: false }>;

const DEFAULT_INVALID = new AppError("VALIDATION").message;

/** The first message on a field the user cannot see, if any. */
function hiddenMessage(errors: FieldErrors | undefined, hidden: readonly string[] | undefined): string | undefined {
  return hidden?.map((name) => errors?.[name]).find((m) => m !== undefined);
}

/** An expected failure as the form shows it. */
export function failureOf(err: AppError, options: Pick<CommonOptions<Args>, "hidden" | "invalid"> = {}): Failure {
  const errors = err.fieldErrors && Object.keys(err.fieldErrors).length ? err.fieldErrors : undefined;
  // A VALIDATION error without a message of its own takes the form's wording for it.
  const generic = err.code === "VALIDATION" && err.message === DEFAULT_INVALID;
  const message = hiddenMessage(errors, options.hidden) ?? errors?._form ?? (generic && options.invalid ? options.invalid : err.message);
  // A hidden field's error is already the message; left in, the form would focus an invisible input.
  const shown = errors && Object.fromEntries(Object.entries(errors).filter(([name]) => !options.hidden?.includes(name)));
  return { ok: false, code: err.code, message, ...(shown && Object.keys(shown).length ? { fieldErrors: shown } : {}) };
}

/** FormData → trimmed fields; a plain object as it is; anything else cannot be read. */
function valuesOf(input: unknown, trim: boolean): unknown {
  if (input === undefined || input === null) return {};
  if (input instanceof FormData) {
    if (trim) return formToObject(input);
    return Object.fromEntries([...input.entries()].filter((e): e is [string, string] => typeof e[1] === "string"));
  }
  const proto: unknown = typeof input === "object" ? Object.getPrototypeOf(input) : undefined;
  return proto === Object.prototype || proto === null ? input : undefined;
}

export function makeAction(deps: ActionDeps): Action {
  function action(
    schema: SchemaOrFactory<Schema, Args, Actor | null>,
    handler: (input: unknown, ctx: ActionContext<Args, Actor | null>) => Promise<unknown>,
    options: StaffOptions<Args> | PublicOptions<Args>,
  ) {
    const argSchemas = options.args ?? [];
    const refuse = (actor: Actor | null, input: Omit<AuditInput, "action">) =>
      actor ? deps.audit(actor, { action: options.name, ...input }).catch(() => {}) : Promise.resolve();

    const run = async (params: unknown[], who: { actor: Actor | null }): Promise<ActionResult<unknown>> => {
      try {
        let actor: Actor | null = null;
        if (!("public" in options && options.public)) {
          actor = await deps.getActor();
          who.actor = actor;
          if (!actor) return { ok: false, code: "UNAUTHENTICATED", message: MESSAGES.unauthenticated };
          if (!(options as StaffOptions<Args>).roles.includes(actor.role)) {
            await refuse(actor, { outcome: "DENIED", detail: { role: actor.role } });
            return failureOf(new AppError("NOT_FOUND"));
          }
          // The clinic requires two-step sign-in and this user has not set it up: only their
          // own account's actions run until they do (decision 025).
          if (actor.mfaSetupRequired && !options.name.startsWith("account.")) {
            await refuse(actor, { outcome: "DENIED", detail: { reason: "mfa_setup_required" } });
            return failureOf(new AppError("BLOCKED", MESSAGES.mfaSetupRequired));
          }
        }

        const args: unknown[] = [];
        for (const [i, argSchema] of argSchemas.entries()) {
          const parsed = await argSchema.safeParseAsync(params[i]);
          if (!parsed.success) {
            const issue = parsed.error.issues[0]!;
            await refuse(actor, { outcome: "NOT_FOUND", detail: { argument: i, entity: notFoundEntity(issue) ?? null, reason: "malformed" } });
            return failureOf(new AppError("NOT_FOUND", issue.message));
          }
          args.push(parsed.data);
        }
        const ctx = { actor, args };

        const values = valuesOf(params[argSchemas.length], options.trim !== false);
        if (values === undefined) return { ok: false, code: "VALIDATION", message: MESSAGES.unreadable };
        // A NUL byte cannot be stored in PostgreSQL text: a field error, not a database error.
        const nul = Object.entries(values as Record<string, unknown>).find(([, v]) => typeof v === "string" && v.includes("\u0000"));
        if (nul) return failureOf(new AppError("VALIDATION", undefined, { [nul[0]]: MESSAGES.controlCharacters }), options);
        const inputSchema = typeof schema === "function" ? await schema(ctx) : schema;
        const parsed = await inputSchema.safeParseAsync(values);
        if (!parsed.success) {
          const idIssue = parsed.error.issues.find((i) => notFoundEntity(i) !== undefined);
          if (idIssue) {
            await refuse(actor, { outcome: "NOT_FOUND", detail: { field: idIssue.path.join("."), entity: notFoundEntity(idIssue)!, reason: "malformed" } });
            return failureOf(new AppError("NOT_FOUND", idIssue.message));
          }
          return failureOf(new AppError("VALIDATION", undefined, fieldErrors(parsed.error)), options);
        }
        return { ok: true, data: await handler(parsed.data, ctx) };
      } catch (err) {
        unstable_rethrow(err); // redirect() and notFound() are Next's control flow, not failures
        const known = toAppError(err);
        if (known) return failureOf(known, options);
        logUnexpected(`server action ${options.name}`, err);
        return { ok: false, code: "ERROR", message: MESSAGES.unexpected };
      }
    };

    return async (...params: unknown[]): Promise<ActionResult<unknown>> => {
      const who = { actor: null as Actor | null };
      const result = await run(params, who);
      if (result.ok || !options.wording) return result;
      try {
        return reword(result, await options.wording(who.actor, params), options.invalid);
      } catch {
        return result; // the English message is better than none
      }
    };
  }
  return action as Action;
}

const DEFAULT_NOT_FOUND = new AppError("NOT_FOUND").message;

/** The wrapper's own English messages in the caller's language; anything else as it is. */
function reword(result: Failure, words: ActionWording, invalid: string | undefined): Failure {
  const message =
    result.code === "UNAUTHENTICATED"
      ? words.unauthenticated
      : result.code === "UNAVAILABLE"
        ? words.unavailable
        : result.code === "ERROR"
          ? words.unexpected
          : result.message === MESSAGES.unreadable
            ? words.unreadable
            : result.code === "NOT_FOUND" && result.message === DEFAULT_NOT_FOUND
              ? words.notFound
              : result.code === "VALIDATION" && (result.message === invalid || result.message === DEFAULT_INVALID)
                ? words.invalid
                : result.message;
  return { ...result, message };
}

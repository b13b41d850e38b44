import "server-only";
import { makeAction } from "@/lib/server/action-core";
import { audit } from "@/lib/server/audit";
import { getActor } from "@/lib/server/auth";
import { shedIfOverloaded } from "@/lib/server/db";

export type { ActionContext } from "@/lib/server/action-core";

/**
 * The one wrapper every server action goes through. Server actions are public POST endpoints,
 * so each one declares who may call it and what it accepts:
 *
 *   export const updateStageAction = action(
 *     stageForm,                                   // zod schema of the input (or ctx => schema)
 *     async (stage, { actor, args: [templateId, stageId] }) => { ... },
 *     { name: "template.update", roles: ["ADMIN"], args: [zId("template"), zId("stage")] },
 *   );
 *   // called as updateStageAction(templateId, stageId, formData)
 *
 * `action(schema, handler, options)` returns `(...args, input?: FormData | object) =>
 * Promise<ActionResult<data>>` and, in this order:
 * 1. checks the session (re-read from the database) and `options.roles` (`public: true` skips
 *    both); a refused role gets the answer for a missing record and an audit row (DENIED);
 * 2. parses the positional arguments with `options.args` (ids: `zId`); a bad one is "not found",
 *    audited (NOT_FOUND), never a field error the form could not show;
 * 3. parses the input (FormData → trimmed fields, or a plain object) with `schema`, or with the
 *    schema `schema(ctx)` builds for this call (async: it may read the clinic's date or the
 *    patient); its issues become field errors keyed by the field's name, a `zId` field is "not
 *    found" as in 2;
 * 4. calls `handler(input, { actor, args })` with the parsed, typed values;
 * 5. maps what it throws (AppError, ClinicalError, PlanEditError, ZodError, Prisma's conflict
 *    codes: lib/server/error-map.ts) to the user's message; anything else is logged without its
 *    text (it can quote patient data) and answered with a generic message. redirect() passes.
 *
 * The data layer still checks the clinic and the role itself and audits its own refusals.
 */
// Load shedding starts here for actions (the proxy does it for page reads, lib/server/unavailable.ts):
// with the pool overloaded, an action answers UNAVAILABLE at once and its form keeps what was typed.
export const action = makeAction({
  getActor: () => {
    shedIfOverloaded();
    return getActor();
  },
  audit,
});

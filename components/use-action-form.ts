"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/action-result";
import type { FieldErrors } from "@/lib/validation/form";

type Router = ReturnType<typeof useRouter>;

/** Shown when the action could not be reached at all; the form keeps everything typed. */
export const UNREACHABLE = "Restride can't be reached right now. Nothing you typed is lost; try again in a moment.";

export interface ActionFormOptions<T> {
  /** What to do after a successful save; by default the page is refreshed. */
  onSuccess?: (data: T, router: Router) => void;
  /** A status message to show after a successful save. */
  success?: string;
  /** Clear the form after a successful save (for "add" forms). */
  reset?: boolean;
  /** Prefix of input ids, for `field()`, when one page has several forms with the same names. */
  idPrefix?: string;
}

/**
 * Submits a form to a server action through onSubmit (not a form action), so nothing typed is
 * reset when the server answers with errors: the messages go beside the fields and focus moves
 * to the first invalid one.
 */
export function useActionForm<T>(action: (form: FormData) => Promise<ActionResult<T>>, opts: ActionFormOptions<T> = {}) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.name) form.set(submitter.name, submitter.value);
    setStatus(null);
    startTransition(async () => {
      let result: ActionResult<T>;
      try {
        result = await action(form);
      } catch {
        // The request itself failed (server down, network gone, a 5xx without an answer): say so
        // beside the form instead of letting the error boundary replace it and what was typed.
        setMessage(UNREACHABLE);
        return;
      }
      if (result.ok) {
        setErrors({});
        setMessage(null);
        setStatus(opts.success ?? null);
        if (opts.reset) formElement.reset();
        if (opts.onSuccess) opts.onSuccess(result.data, router);
        else router.refresh();
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
      const first = Object.keys(result.fieldErrors ?? {}).find((k) => k !== "_form");
      const el = first ? formElement.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`) : null;
      el?.focus();
    });
  }

  /** Props for a field: its id, its name and its error. */
  const field = (name: string) => ({ id: `${opts.idPrefix ?? "field"}-${name}`, name, error: errors[name] });

  return { errors, message, status, pending, onSubmit, field, setMessage, startTransition, refresh: () => router.refresh() };
}

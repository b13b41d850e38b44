"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/server/action";
import type { FieldErrors } from "@/lib/validation/form";

/**
 * Submits a form to a server action through onSubmit (not a form action), so what the admin
 * typed stays in the inputs when the server answers with errors. Field errors come back keyed by
 * input name; inputs have the id `${idPrefix}-${name}`, so the first invalid one gets focus.
 */
export function useActionForm<T>(
  action: (form: FormData) => Promise<ActionResult<T>>,
  opts: { idPrefix: string; success?: string; reset?: boolean; onSuccess?: (data: T) => void },
) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    setStatus(null);
    startTransition(async () => {
      const result = await action(form);
      if (result.ok) {
        setErrors({});
        setMessage(null);
        setStatus(opts.success ?? null);
        if (opts.reset) formElement.reset();
        opts.onSuccess?.(result.data);
        router.refresh();
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
      const firstInvalid = Object.keys(result.fieldErrors ?? {})[0];
      if (firstInvalid) document.getElementById(`${opts.idPrefix}-${firstInvalid}`)?.focus();
    });
  }

  /** Props for a field: its id, its name and its error. */
  const field = (name: string) => ({ id: `${opts.idPrefix}-${name}`, name, error: errors[name] });

  const refresh = () => router.refresh();

  return { errors, message, status, pending, onSubmit, field, setMessage, startTransition, refresh };
}

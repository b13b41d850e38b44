"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ActionResult } from "@/lib/server/action";
import type { FieldErrors } from "@/lib/validation/form";

/**
 * Submits a form to a server action without resetting it: on errors the typed values stay, the
 * messages go beside the fields and focus moves to the first invalid one; on success it navigates
 * (or refreshes) as the caller says.
 */
export function useActionForm<T>(
  action: (form: FormData) => Promise<ActionResult<T>>,
  onSuccess: (data: T, router: ReturnType<typeof useRouter>) => void,
) {
  const router = useRouter();
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    if (submitter?.name) form.set(submitter.name, submitter.value);
    const formElement = event.currentTarget;
    startTransition(async () => {
      const result = await action(form);
      if (result.ok) {
        setErrors({});
        setMessage(null);
        onSuccess(result.data, router);
        return;
      }
      setErrors(result.fieldErrors ?? {});
      setMessage(result.message);
      const first = Object.keys(result.fieldErrors ?? {}).find((k) => k !== "_form");
      const el = first ? (formElement.querySelector(`[name="${CSS.escape(first)}"]`) as HTMLElement | null) : null;
      el?.focus();
    });
  }

  return { errors, message, pending, onSubmit };
}

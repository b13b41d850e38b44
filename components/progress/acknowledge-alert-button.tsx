"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/action-result";

/**
 * Acknowledges one alert and refreshes the page. The button leaves with the open alert, so focus
 * moves to the alerts heading, where the acknowledged list is announced.
 */
export function AcknowledgeAlertButton({
  alertId,
  title,
  action,
}: {
  alertId: string;
  title: string;
  action: (form: FormData) => Promise<ActionResult<undefined>>;
}) {
  const { message, pending, onSubmit } = useActionForm(action, {
    onSuccess: (_data, router) => {
      router.refresh();
      document.getElementById("alerts-heading")?.focus();
    },
  });
  return (
    <form onSubmit={onSubmit} className="space-y-2">
      {message ? <FormMessage>{message}</FormMessage> : null}
      <input type="hidden" name="alertId" value={alertId} />
      <Button type="submit" variant="secondary" disabled={pending} className="bg-white">
        {pending ? "Saving…" : "Acknowledge"}
        <span className="sr-only">: {title}</span>
      </Button>
    </form>
  );
}

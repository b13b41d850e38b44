"use client";

import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/action-result";

export function CreatePlanButton({
  templateId,
  startDate,
  action,
}: {
  templateId: string;
  startDate: string;
  action: (form: FormData) => Promise<ActionResult>;
}) {
  const { message, pending, onSubmit } = useActionForm(action, { onSuccess: () => {} }); // the action redirects to the new plan
  return (
    <form onSubmit={onSubmit} className="space-y-3">
      {message ? <FormMessage>{message}</FormMessage> : null}
      <input type="hidden" name="templateId" value={templateId} />
      <input type="hidden" name="startDate" value={startDate} />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create plan"}
      </Button>
    </form>
  );
}

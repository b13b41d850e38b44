"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { duplicateTemplateAction, importTemplateAction, publishTemplateAction, startNewVersionAction } from "@/app/(app)/templates/actions";
import { Button } from "@/components/ui/button";
import { Field, FormMessage } from "@/components/ui/field";
import { IMPORT_MAX_CHARS, IMPORT_TOO_LARGE } from "@/lib/validation/template";

/** "Duplicate into my clinic": makes a clinic DRAFT copy and opens it. */
export function DuplicateButton({
  templateId,
  templateName,
  variant = "secondary",
}: {
  templateId: string;
  templateName?: string;
  variant?: "primary" | "secondary";
}) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <Button
        type="button"
        variant={variant}
        disabled={pending}
        aria-label={templateName ? `Duplicate into my clinic: ${templateName}` : undefined}
        onClick={() =>
          startTransition(async () => {
            const result = await duplicateTemplateAction(templateId);
            if (result.ok) router.push(`/templates/${result.data.id}`);
            else setMessage(result.message);
          })
        }
      >
        {pending ? "Duplicating…" : "Duplicate into my clinic"}
      </Button>
      {message ? <FormMessage>{message}</FormMessage> : null}
    </div>
  );
}

/** "Start a new version" of a clinic's published template: opens the new (or existing) draft. */
export function NewVersionButton({ templateId }: { templateId: string }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  return (
    <div className="space-y-2">
      <Button
        type="button"
        disabled={pending}
        onClick={() =>
          startTransition(async () => {
            const result = await startNewVersionAction(templateId);
            if (result.ok) router.push(`/templates/${result.data.id}`);
            else setMessage(result.message);
          })
        }
      >
        {pending ? "Starting…" : "Start a new version"}
      </Button>
      {message ? <FormMessage>{message}</FormMessage> : null}
    </div>
  );
}

/** "Publish": either the draft becomes the published version, or the problems are listed. */
export function PublishButton({ templateId, version }: { templateId: string; version: number }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [pending, startTransition] = useTransition();
  const problemsRef = useRef<HTMLDivElement>(null);
  // Keyboard and screen-reader users land on the list of problems once it is shown.
  useEffect(() => {
    if (problems.length) problemsRef.current?.focus();
  }, [problems]);

  function publish() {
    startTransition(async () => {
      const result = await publishTemplateAction(templateId);
      if (!result.ok) {
        setProblems([]);
        setMessage(result.message);
        return;
      }
      if (result.data.published) {
        setProblems([]);
        setMessage(null);
        router.refresh();
        return;
      }
      setMessage(null);
      setProblems(result.data.problems);
    });
  }

  return (
    <div className="space-y-3">
      <Button type="button" onClick={publish} disabled={pending}>
        {pending ? "Publishing…" : `Publish version ${version}`}
      </Button>
      {message ? <FormMessage>{message}</FormMessage> : null}
      {problems.length ? (
        <div
          ref={problemsRef}
          tabIndex={-1}
          role="alert"
          aria-labelledby="publish-problems-heading"
          className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900"
        >
          <h3 id="publish-problems-heading" className="font-semibold">
            Not published: fix {problems.length === 1 ? "this problem" : `these ${problems.length} problems`} first
          </h3>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <p className="mt-2">Nothing was changed.</p>
        </div>
      ) : null}
    </div>
  );
}

/**
 * "Import a protocol": reads a FHIR PlanDefinition file in the browser, sends its text, and opens
 * the new draft, or lists what stops the import (nothing is stored then).
 */
export function ImportTemplateForm() {
  const router = useRouter();
  const [text, setText] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [problems, setProblems] = useState<string[]>([]);
  const [pending, startTransition] = useTransition();
  const problemsRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (problems.length) problemsRef.current?.focus();
  }, [problems]);

  async function choose(file: File | undefined) {
    setProblems([]);
    setMessage(null);
    setFieldError(null);
    setText(null);
    if (!file) return;
    if (file.size > IMPORT_MAX_CHARS) {
      setFieldError(IMPORT_TOO_LARGE);
      return;
    }
    setText(await file.text());
  }

  function submit(event: React.FormEvent) {
    event.preventDefault();
    startTransition(async () => {
      const result = await importTemplateAction({ fhir: text ?? "" });
      if (!result.ok) {
        setFieldError(result.fieldErrors?.fhir ?? null);
        setMessage(result.fieldErrors?.fhir ? null : result.message);
        return;
      }
      if (result.data.imported) {
        router.push(`/templates/${result.data.id}`);
        return;
      }
      setProblems(result.data.problems);
    });
  }

  return (
    <form onSubmit={submit} noValidate className="space-y-3" aria-labelledby="import-heading">
      <h2 id="import-heading" className="text-lg font-semibold">
        Import a protocol
      </h2>
      <p className="max-w-3xl text-sm text-slate-600">
        A FHIR R4 PlanDefinition, such as one downloaded from a template&apos;s page here, becomes a new draft in your clinic. Its exercises must be in your
        library. Check it and publish it before you use it.
      </p>
      <Field id="import-file" label="PlanDefinition file (FHIR JSON)" required error={fieldError ?? undefined}>
        {(aria) => <input type="file" accept=".json,application/json,application/fhir+json" onChange={(e) => void choose(e.target.files?.[0])} {...aria} />}
      </Field>
      <Button type="submit" disabled={pending || text === null}>
        {pending ? "Importing…" : "Import as a draft"}
      </Button>
      {message ? <FormMessage>{message}</FormMessage> : null}
      {problems.length ? (
        <div
          ref={problemsRef}
          tabIndex={-1}
          role="alert"
          aria-labelledby="import-problems-heading"
          className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900"
        >
          <h3 id="import-problems-heading" className="font-semibold">
            Not imported: {problems.length === 1 ? "this problem needs fixing" : `these ${problems.length} problems need fixing`} in the file
          </h3>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
          <p className="mt-2">Nothing was stored.</p>
        </div>
      ) : null}
    </form>
  );
}

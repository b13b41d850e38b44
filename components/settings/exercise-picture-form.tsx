"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import type { ClinicPicture } from "@/components/exercise-picture";
import { Button } from "@/components/ui/button";
import { Field, FormMessage, TextField } from "@/components/ui/field";

type Errors = Partial<Record<"file" | "altEn" | "altEs", string>>;

/**
 * Upload (or remove) a clinic's own picture for one exercise. The route checks the file's real
 * type and size again; its field errors appear beside the fields, and nothing typed is lost.
 */
export function ExercisePictureForm({ exerciseKey, exerciseName, current }: { exerciseKey: string; exerciseName: string; current: ClinicPicture | null }) {
  const router = useRouter();
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [pending, startTransition] = useTransition();
  const id = (name: string) => `${exerciseKey}-${name}`;
  const url = `/api/exercises/${exerciseKey}/image`;

  async function send(init: RequestInit, done: string) {
    setMessage(null);
    setStatus(null);
    const res = await fetch(url, init).catch(() => null);
    if (!res) return setMessage("Restride could not be reached. Check your connection and try again.");
    if (res.ok) {
      setErrors({});
      setStatus(done);
      router.refresh();
      return;
    }
    const body = (await res.json().catch(() => null)) as { error?: { message?: string; fields?: Errors } } | null;
    setErrors(body?.error?.fields ?? {});
    setMessage(body?.error?.fields ? null : (body?.error?.message ?? "The picture could not be saved. Try again."));
  }

  return (
    <form
      noValidate
      aria-label={`Picture for ${exerciseName}`}
      className="space-y-3"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        startTransition(() => send({ method: "POST", body: data }, `Picture for ${exerciseName} saved.`));
      }}
    >
      <Field id={id("file")} label="Picture file (PNG or JPEG, up to 2 MB)" required error={errors.file}>
        {(aria) => <input type="file" name="file" accept="image/png,image/jpeg" {...aria} />}
      </Field>
      <TextField
        id={id("altEn")}
        name="altEn"
        label="What it shows, in English"
        required
        defaultValue={current?.alt.en ?? ""}
        maxLength={300}
        error={errors.altEn}
      />
      <TextField
        id={id("altEs")}
        name="altEs"
        label="What it shows, in Spanish"
        required
        defaultValue={current?.alt.es ?? ""}
        maxLength={300}
        error={errors.altEs}
      />
      <div className="flex flex-wrap gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : current ? "Replace picture" : "Use this picture"}
        </Button>
        {current ? (
          <Button
            type="button"
            variant="secondary"
            disabled={pending}
            onClick={() => startTransition(() => send({ method: "DELETE" }, `${exerciseName} shows Restride's drawing again.`))}
          >
            Use Restride&apos;s drawing
          </Button>
        ) : null}
      </div>
      {message ? <FormMessage>{message}</FormMessage> : null}
      <p role="status" className="text-sm text-green-800">
        {status ?? ""}
      </p>
    </form>
  );
}

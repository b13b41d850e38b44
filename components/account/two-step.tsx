"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage, TextField } from "@/components/ui/field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/action-result";

export interface TwoStepState {
  enabled: boolean;
  /** Formatted date, when on. */
  enabledOn: string | null;
  recoveryCodesLeft: number;
  required: boolean;
  pending: { key: string; qrDataUrl: string } | null;
}

type CodeAction = (form: FormData) => Promise<ActionResult<unknown>>;
type CodesAction = (form: FormData) => Promise<ActionResult<{ recoveryCodes: string[] }>>;

/** Shown once, right after they are made: the user writes them down or prints the page. */
function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  return (
    <div className="space-y-3 rounded-md border border-amber-300 bg-amber-50 p-4" role="region" aria-labelledby="recovery-heading">
      <h3 id="recovery-heading" className="text-base font-semibold">
        Your recovery codes
      </h3>
      <p className="text-sm">
        If you lose your phone, sign in with one of these codes instead of the 6 digits. Each code works once. Print this page or write them down and keep them
        somewhere safe: they are shown only now.
      </p>
      <ol className="grid grid-cols-2 gap-x-6 gap-y-1 font-mono text-base" aria-label="Recovery codes">
        {codes.map((c) => (
          <li key={c}>{c}</li>
        ))}
      </ol>
      <Button type="button" onClick={onDone}>
        I have saved my codes
      </Button>
    </div>
  );
}

function CodeForm({
  action,
  label,
  submit,
  danger,
  idPrefix,
  onCodes,
}: {
  action: CodeAction | CodesAction;
  label: string;
  submit: string;
  danger?: boolean;
  idPrefix: string;
  onCodes?: (codes: string[]) => void;
}) {
  const { message, pending, onSubmit, field } = useActionForm<unknown>(action, {
    idPrefix,
    reset: true,
    onSuccess: (data, router) => {
      const codes = (data as { recoveryCodes?: string[] } | undefined)?.recoveryCodes;
      if (codes && onCodes) onCodes(codes);
      else router.refresh();
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-label={submit} className="space-y-3">
      {message ? <FormMessage>{message}</FormMessage> : null}
      <TextField {...field("code")} label={label} autoComplete="one-time-code" spellCheck={false} autoCapitalize="none" required className="max-w-xs" />
      <Button type="submit" variant={danger ? "danger" : "primary"} disabled={pending}>
        {pending ? "Checking…" : submit}
      </Button>
    </form>
  );
}

/** Two-step sign-in for staff: set up with a QR code, recovery codes, and turning it off (decision 025). */
export function TwoStep({
  state,
  requiredNow,
  begin,
  confirm,
  newCodes,
  disable,
}: {
  state: TwoStepState;
  /** The user was sent here because the clinic requires it. */
  requiredNow: boolean;
  begin: (form: FormData) => Promise<ActionResult<unknown>>;
  confirm: CodesAction;
  newCodes: CodesAction;
  disable: CodeAction;
}) {
  const router = useRouter();
  const [codes, setCodes] = useState<string[] | null>(null);
  const start = useActionForm(begin);
  const done = () => {
    setCodes(null);
    router.refresh();
  };
  return (
    <section aria-labelledby="two-step-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="space-y-1">
        <h2 id="two-step-heading" className="text-lg font-semibold">
          Two-step sign-in
        </h2>
        <p className="text-sm text-slate-700">
          Each time you sign in, Restride also asks for a 6-digit code from an authenticator app on your phone (for example Google Authenticator, Microsoft
          Authenticator or 1Password). Someone who learns your password still cannot sign in.
        </p>
      </div>
      {requiredNow && !state.enabled ? (
        <FormMessage tone="info">Your clinic requires two-step sign-in. Set it up here to continue to your patients.</FormMessage>
      ) : null}
      {codes ? (
        <RecoveryCodes codes={codes} onDone={done} />
      ) : state.enabled ? (
        <div className="space-y-5">
          <p className="text-sm">
            <strong>On</strong> since {state.enabledOn}. {state.recoveryCodesLeft} of 10 recovery codes left.
            {state.required ? " Your clinic requires it, so it stays on." : ""}
          </p>
          <CodeForm
            idPrefix="codes"
            action={newCodes}
            label="Code from your app, to make new recovery codes"
            submit="Make new recovery codes"
            onCodes={setCodes}
          />
          {state.required ? null : (
            <CodeForm idPrefix="off" action={disable} label="Code from your app, to turn two-step sign-in off" submit="Turn off two-step sign-in" danger />
          )}
        </div>
      ) : state.pending ? (
        <ol className="list-decimal space-y-4 pl-5 text-sm">
          <li>Open your authenticator app and add an account.</li>
          <li className="space-y-2">
            <p>Scan this QR code with the app:</p>
            {/* eslint-disable-next-line @next/next/no-img-element -- a data URL made on the server; nothing to optimise */}
            <img
              src={state.pending.qrDataUrl}
              alt="QR code to scan with your authenticator app"
              width={200}
              height={200}
              className="rounded border border-slate-200"
            />
            <p>
              Or type this key into the app: <code className="rounded bg-slate-100 px-2 py-1 font-mono text-base tracking-wider">{state.pending.key}</code>
            </p>
          </li>
          <li>
            <CodeForm idPrefix="setup" action={confirm} label="The 6-digit code the app shows" submit="Turn on two-step sign-in" onCodes={setCodes} />
          </li>
        </ol>
      ) : (
        <form onSubmit={start.onSubmit}>
          {start.message ? <FormMessage>{start.message}</FormMessage> : null}
          <Button type="submit" disabled={start.pending}>
            {start.pending ? "Starting…" : "Set up two-step sign-in"}
          </Button>
        </form>
      )}
    </section>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { useActionForm } from "@/components/use-action-form";
import type { ActionResult } from "@/lib/action-result";

export interface SessionRow {
  id: string;
  current: boolean;
  browser: string | null;
  os: string | null;
  ip: string | null;
  /** Already formatted in the user's language and the clinic's time zone. */
  signedIn: string;
  lastActive: string;
}

function EndButton({ label, action }: { label: string; action: (form: FormData) => Promise<ActionResult<unknown>> }) {
  const t = useTranslations("account.sessions");
  const { message, pending, onSubmit } = useActionForm(action);
  return (
    <form onSubmit={onSubmit} className="space-y-1">
      <Button type="submit" variant="secondary" disabled={pending} aria-label={label}>
        {pending ? t("ending") : t("endShort")}
      </Button>
      {message ? <FormMessage>{message}</FormMessage> : null}
    </form>
  );
}

/** The user's signed-in devices, with a way to sign any other one out. */
export function SessionsList({
  sessions,
  endSession,
  endOthers,
}: {
  sessions: SessionRow[];
  endSession: (id: string, form: FormData) => Promise<ActionResult<unknown>>;
  endOthers: (form: FormData) => Promise<ActionResult<unknown>>;
}) {
  const t = useTranslations("account.sessions");
  const others = useActionForm(endOthers, { success: t("endedOthers") });
  const deviceOf = (s: SessionRow) => (s.browser && s.os ? t("deviceOn", { browser: s.browser, os: s.os }) : (s.browser ?? s.os ?? t("unknownBrowser")));
  const hasOthers = sessions.some((s) => !s.current);
  return (
    <section aria-labelledby="sessions-heading" className="space-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <div className="space-y-1">
        <h2 id="sessions-heading" className="text-lg font-semibold">
          {t("heading")}
        </h2>
        <p className="text-sm text-slate-700">{t("intro")}</p>
      </div>
      <ul className="divide-y divide-slate-200">
        {sessions.map((s) => (
          <li key={s.id} className="flex flex-wrap items-center justify-between gap-3 py-3" aria-label={deviceOf(s)}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-sm">
              <dt className="font-medium text-slate-700">{t("device")}</dt>
              <dd className="font-semibold">
                {deviceOf(s)}
                {s.current ? <span className="ml-2 rounded bg-green-100 px-2 py-0.5 text-xs font-semibold text-green-900">{t("thisDevice")}</span> : null}
              </dd>
              <dt className="font-medium text-slate-700">{t("address")}</dt>
              <dd>{s.ip ?? t("unknownAddress")}</dd>
              <dt className="font-medium text-slate-700">{t("signedIn")}</dt>
              <dd>{s.signedIn}</dd>
              <dt className="font-medium text-slate-700">{t("lastActive")}</dt>
              <dd>{s.lastActive}</dd>
            </dl>
            {s.current ? null : <EndButton label={t("end", { device: deviceOf(s) })} action={endSession.bind(null, s.id)} />}
          </li>
        ))}
      </ul>
      {hasOthers ? (
        <form onSubmit={others.onSubmit} className="space-y-2">
          {others.message ? <FormMessage>{others.message}</FormMessage> : null}
          <Button type="submit" variant="secondary" disabled={others.pending}>
            {others.pending ? t("ending") : t("endOthers")}
          </Button>
        </form>
      ) : (
        <p className="text-sm text-slate-700">{others.status ?? t("none")}</p>
      )}
    </section>
  );
}

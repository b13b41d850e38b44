import type { AlertView } from "@/lib/server/progress";
import { formatDate, formatDateTime } from "@/lib/format";
import type { ActionResult } from "@/lib/action-result";
import { AcknowledgeAlertButton } from "./acknowledge-alert-button";

const KIND_LABEL: Record<string, string> = {
  PAIN_RISE: "Pain rise",
  HIGH_PAIN: "High pain",
  NEW_SWELLING: "New swelling",
  INACTIVE: "No recent logs",
  READY_TO_PROGRESS: "Ready to progress",
};

const SEVERITY = {
  warning: { box: "border-amber-500 bg-amber-50", badge: "bg-amber-100 text-amber-900", label: "Warning" },
  info: { box: "border-sky-600 bg-sky-50", badge: "bg-sky-100 text-sky-900", label: "Info" },
} as const;

function severity(value: string) {
  return value === "warning" ? SEVERITY.warning : SEVERITY.info;
}

/** Open alerts (newest first, each with an Acknowledge button), then the acknowledged ones with who and when. */
export function AlertList({
  alerts,
  timeZone,
  action,
}: {
  alerts: readonly AlertView[];
  timeZone: string;
  action: (form: FormData) => Promise<ActionResult<undefined>>;
}) {
  const open = alerts.filter((a) => !a.acknowledgedAt);
  const done = alerts.filter((a) => a.acknowledgedAt);
  return (
    <div className="space-y-4">
      {open.length === 0 ? (
        <p className="text-sm text-slate-600">No open alerts.</p>
      ) : (
        <ul className="space-y-3" aria-label="Open alerts">
          {open.map((a) => {
            const s = severity(a.severity);
            return (
              <li key={a.id} className={`rounded-md border-l-4 p-4 ${s.box}`}>
                <div className="flex flex-wrap items-start justify-between gap-3">
                  <div className="min-w-0 flex-1 basis-64 space-y-1">
                    <p className="flex flex-wrap items-center gap-2 text-xs">
                      <span className={`rounded px-2 py-0.5 font-semibold ${s.badge}`}>{s.label}</span>
                      <span className="text-slate-700">
                        {KIND_LABEL[a.kind] ?? a.kind} · {formatDate(a.date)}
                      </span>
                    </p>
                    <h3 className="font-semibold">{a.title}</h3>
                    <p className="text-sm break-words text-slate-800">{a.message}</p>
                  </div>
                  <AcknowledgeAlertButton alertId={a.id} title={a.title} action={action} />
                </div>
              </li>
            );
          })}
        </ul>
      )}
      {done.length ? (
        <div>
          <h3 className="text-sm font-semibold text-slate-700">Acknowledged</h3>
          <ul className="mt-1 divide-y divide-slate-100" aria-label="Acknowledged alerts">
            {done.map((a) => (
              <li key={a.id} className="py-2 text-sm">
                <p className="font-medium">
                  {a.title}{" "}
                  <span className="font-normal text-slate-600">
                    · {KIND_LABEL[a.kind] ?? a.kind} · {formatDate(a.date)}
                  </span>
                </p>
                <p className="text-slate-600">
                  Acknowledged{a.acknowledgedBy ? ` by ${a.acknowledgedBy}` : ""} on {formatDateTime(a.acknowledgedAt!, timeZone)}
                </p>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

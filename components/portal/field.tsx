import type { ReactNode } from "react";

/** Form controls of the patient portal: 16 px text (no zoom-on-focus on phones), 48 px tall. */
export const portalControl =
  "block w-full min-h-12 rounded-md border bg-white px-3 py-2 text-base text-slate-900 shadow-sm focus:border-brand-600 focus:outline-none focus:ring-2 focus:ring-brand-600/30";

interface PortalFieldProps {
  id: string;
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  children: (aria: { id: string; "aria-invalid"?: boolean; "aria-describedby"?: string; className: string }) => ReactNode;
  className?: string;
}

/** A labelled control with its hint and its error beside it, like components/ui/field.tsx, sized for phones. */
export function PortalField({ id, label, error, hint, children, className = "" }: PortalFieldProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className={`space-y-1 ${className}`}>
      <label htmlFor={id} className="block text-base font-medium text-slate-900">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-slate-700">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": describedBy,
        className: `${portalControl} ${error ? "border-red-600" : "border-slate-400"}`,
      })}
      {error ? (
        <p id={`${id}-error`} className="text-base font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

"use client";

import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import type { ActionResult } from "@/lib/action-result";
import { STAFF_ROLE_LABELS } from "@/lib/validation/staff";
import { LinkBox } from "./link-box";

export interface StaffRowData {
  id: string;
  name: string;
  email: string;
  role: "ADMIN" | "THERAPIST";
  active: boolean;
  lastSignIn: string | null;
  isSelf: boolean;
  mfaOn: boolean;
}

type Created = { url: string; expiresAt: string };

/** One staff member: role, active state and a password-reset link, each refused with a message in the row. */
export function StaffRow({
  member,
  changeRole,
  setActive,
  resetLink,
  resetMfa,
}: {
  member: StaffRowData;
  changeRole: (input: { role: "ADMIN" | "THERAPIST" }) => Promise<ActionResult<undefined>>;
  setActive: (input: { active: "true" | "false" }) => Promise<ActionResult<undefined>>;
  resetLink: (input: Record<string, never>) => Promise<ActionResult<Created>>;
  resetMfa: (input: Record<string, never>) => Promise<ActionResult<undefined>>;
}) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  const [link, setLink] = useState<Created | null>(null);
  const [role, setRole] = useState(member.role);

  function run<T>(call: () => Promise<ActionResult<T>>, after?: (data: T) => void) {
    setMessage(null);
    start(async () => {
      const result = await call();
      if (!result.ok) {
        setMessage(result.message);
        setRole(member.role);
        return;
      }
      after?.(result.data);
      router.refresh();
    });
  }

  const roleId = `role-${member.id}`;
  return (
    <li className="space-y-3 rounded-lg border border-slate-200 bg-white p-4 shadow-sm" aria-label={member.name}>
      <div className="flex flex-wrap items-baseline gap-x-4 gap-y-1">
        <p className="font-semibold">
          {member.name}
          {member.isSelf ? <span className="font-normal text-slate-600"> (you)</span> : null}
        </p>
        <p className="text-sm text-slate-700">{member.email}</p>
        <p className={`text-sm font-medium ${member.active ? "text-green-800" : "text-slate-600"}`}>{member.active ? "Active" : "Deactivated"}</p>
        <p className="text-sm text-slate-600">Last sign-in: {member.lastSignIn ?? "never"}</p>
        <p className="text-sm text-slate-600">Two-step sign-in: {member.mfaOn ? "on" : "off"}</p>
      </div>
      {message ? <FormMessage>{message}</FormMessage> : null}
      <div className="flex flex-wrap items-end gap-3">
        <form
          className="flex items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => changeRole({ role }));
          }}
        >
          <div className="space-y-1">
            <label htmlFor={roleId} className="block text-sm font-medium text-slate-800">
              Role of {member.name}
            </label>
            <select
              id={roleId}
              value={role}
              onChange={(e) => setRole(e.currentTarget.value as "ADMIN" | "THERAPIST")}
              className="block min-h-10 rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
            >
              {Object.entries(STAFF_ROLE_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <Button type="submit" variant="secondary" disabled={pending || role === member.role}>
            Change role
          </Button>
        </form>
        <Button type="button" variant="secondary" disabled={pending} onClick={() => run(() => setActive({ active: member.active ? "false" : "true" }))}>
          {member.active ? `Deactivate ${member.name}` : `Reactivate ${member.name}`}
        </Button>
        {member.active ? (
          <Button type="button" variant="secondary" disabled={pending} onClick={() => run(() => resetLink({}), setLink)}>
            Password reset link
          </Button>
        ) : null}
        {member.mfaOn && !member.isSelf ? (
          <Button
            type="button"
            variant="secondary"
            disabled={pending}
            onClick={() => {
              if (window.confirm(`Turn off two-step sign-in for ${member.name}? Their sessions end, and they can set it up again at their next sign-in.`))
                run(() => resetMfa({}));
            }}
          >
            Turn off two-step sign-in for {member.name}
          </Button>
        ) : null}
      </div>
      {link ? <LinkBox id={`reset-link-${member.id}`} title={`Password reset link for ${member.name}`} url={link.url} expiresAt={link.expiresAt} /> : null}
    </li>
  );
}

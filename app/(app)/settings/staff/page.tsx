import type { Metadata } from "next";
import { InviteStaffForm } from "@/components/settings/invite-staff-form";
import { MfaRequiredForm } from "@/components/settings/mfa-required-form";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { StaffRow } from "@/components/settings/staff-row";
import { requireActor } from "@/lib/server/auth";
import { orNotFound } from "@/lib/server/page";
import { listStaff } from "@/lib/server/staff";
import { STAFF_ROLE_LABELS } from "@/lib/validation/staff";
import { changeRoleAction, inviteStaffAction, resetLinkAction, resetMfaAction, setActiveAction, setMfaRequiredAction } from "./actions";

export const metadata: Metadata = { title: "Staff" };

const when = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

export default async function StaffPage() {
  const actor = await requireActor(undefined, "/settings/staff");
  // Admins only: anyone else gets the 404 page, and the refusal is audited.
  const { members, invites, mfaRequired } = await orNotFound(listStaff(actor));
  return (
    <div className="max-w-4xl space-y-6">
      <div className="space-y-3">
        <h1 className="text-2xl font-semibold">Staff</h1>
        <SettingsTabs current="/settings/staff" />
        <p className="text-sm text-slate-600">
          Invite therapists and admins, change roles, and deactivate accounts (their sessions end at once). The clinic always keeps at least one active admin.
        </p>
      </div>
      <InviteStaffForm action={inviteStaffAction} />
      <MfaRequiredForm required={mfaRequired} action={setMfaRequiredAction} />
      {invites.length ? (
        <section aria-labelledby="pending-heading" className="space-y-2">
          <h2 id="pending-heading" className="text-lg font-semibold">
            Pending invitations
          </h2>
          <ul className="space-y-1 text-sm">
            {invites.map((i) => (
              <li key={i.id}>
                {i.name} ({i.email}), {STAFF_ROLE_LABELS[i.role as "ADMIN" | "THERAPIST"].toLowerCase()}, until {when.format(i.expiresAt)} UTC
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="staff-heading" className="space-y-3">
        <h2 id="staff-heading" className="text-lg font-semibold">
          Staff members
        </h2>
        <ul className="space-y-3">
          {members.map((m) => (
            <StaffRow
              key={m.id}
              member={{
                id: m.id,
                name: m.name,
                email: m.email,
                role: m.role as "ADMIN" | "THERAPIST",
                active: m.active,
                isSelf: m.isSelf,
                lastSignIn: m.lastSignInAt ? `${when.format(m.lastSignInAt)} UTC` : null,
                mfaOn: m.mfaOn,
              }}
              changeRole={changeRoleAction.bind(null, m.id)}
              setActive={setActiveAction.bind(null, m.id)}
              resetLink={resetLinkAction.bind(null, m.id)}
              resetMfa={resetMfaAction.bind(null, m.id)}
            />
          ))}
        </ul>
      </section>
    </div>
  );
}

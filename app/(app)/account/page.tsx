import type { Metadata } from "next";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { requireActor } from "@/lib/server/auth";
import { changePasswordAction } from "./actions";

export const metadata: Metadata = { title: "Your account" };

export default async function AccountPage() {
  const actor = await requireActor(undefined, "/account");
  return (
    <div className="max-w-xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Your account</h1>
        <p className="text-sm text-slate-600">Signed in as {actor.name}. Changing your password signs you out on every other device.</p>
      </div>
      <ChangePasswordForm action={changePasswordAction} />
    </div>
  );
}

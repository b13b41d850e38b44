import type { Metadata } from "next";
import type { ReactNode } from "react";
import { SetPasswordForm } from "@/components/portal/set-password-form";
import { ButtonLink } from "@/components/ui/button";
import { inspectInvitation, type InvitationState } from "@/lib/server/invitations";
import { acceptInvitationAction } from "../actions";

// The token is in the address: keep the page out of search engines and never send it onwards.
export const metadata: Metadata = { title: "Your invitation", robots: { index: false, follow: false }, referrer: "no-referrer" };

type Refused = Exclude<InvitationState["state"], "valid">;

const REFUSED: Record<Refused, { title: string; body: string; next: string }> = {
  expired: {
    title: "This invitation has expired",
    body: "Invitation links work for 7 days, and this one is older than that.",
    next: "Ask your therapist to send you a new link. Nothing else is needed from you.",
  },
  used: {
    title: "This invitation has already been used",
    body: "A password has already been set with this link, and each link works only once.",
    next: "Sign in with your email address and the password you chose. If you have forgotten it, ask your therapist for a new link.",
  },
  revoked: {
    title: "This invitation was cancelled",
    body: "Your clinic cancelled this link, for example because they sent you a newer one.",
    next: "Use the newest link you received, or ask your therapist for a new one.",
  },
  invalid: {
    title: "This invitation link does not work",
    body: "We could not find an invitation for this link. Part of it may be missing if it was copied by hand or split over two lines.",
    next: "Open the link straight from the email again, or ask your therapist for a new one.",
  },
};

function Shell({ children }: { children: ReactNode }) {
  return (
    <main id="main" className="flex min-h-screen items-start justify-center px-4 py-8 sm:items-center">
      <div className="w-full max-w-md space-y-6 rounded-xl border border-slate-200 bg-white p-5 shadow-sm sm:p-8">
        <p className="text-base font-semibold uppercase tracking-wide text-brand-700">Restride</p>
        {children}
      </div>
    </main>
  );
}

export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const invite = await inspectInvitation(token);

  if (invite.state !== "valid") {
    const text = REFUSED[invite.state];
    return (
      <Shell>
        <div className="space-y-3 text-base">
          <h1 className="text-2xl font-semibold">{text.title}</h1>
          <p>{text.body}</p>
          <p>{text.next}</p>
        </div>
        {invite.state === "used" ? (
          <ButtonLink href="/sign-in?callbackUrl=%2Fportal" className="min-h-12 w-full text-base!">
            Sign in
          </ButtonLink>
        ) : null}
      </Shell>
    );
  }

  return (
    <Shell>
      <div className="space-y-2 text-base">
        <h1 className="text-2xl font-semibold">Hello {invite.givenName}</h1>
        <p>
          {invite.clinicName} invited you to Restride, where you can see your exercises, log how they went and download your handout. Choose a password to
          start.
        </p>
      </div>
      <SetPasswordForm email={invite.email} action={acceptInvitationAction.bind(null, token)} />
    </Shell>
  );
}

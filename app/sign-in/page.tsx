import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in-form";
import { getActor } from "@/lib/server/auth";
import { safeCallback } from "@/lib/validation/redirect";

export const metadata: Metadata = { title: "Sign in" };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  const callbackUrl = safeCallback(params.callbackUrl);
  if (await getActor()) redirect(callbackUrl);
  return (
    <main id="main" className="flex min-h-screen items-center justify-center px-4">
      <div className="w-full max-w-sm space-y-6 rounded-xl border border-slate-200 bg-white p-8 shadow-sm">
        <div>
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Restride</p>
          <h1 className="mt-1 text-2xl font-semibold">Sign in</h1>
          <p className="mt-1 text-sm text-slate-600">Staged rehab plans for muscle strains.</p>
        </div>
        <SignInForm callbackUrl={callbackUrl} />
        <p className="text-sm">
          <Link href="/forgot-password" className="font-medium text-brand-700 underline underline-offset-2">
            Forgot your password?
          </Link>
        </p>
      </div>
    </main>
  );
}

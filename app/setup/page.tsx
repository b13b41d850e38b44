import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FirstRunForm } from "@/components/first-run-form";
import { needsFirstRun } from "@/lib/server/setup";
import { firstRunAction } from "./actions";

export const metadata: Metadata = { title: "Set up Restride", robots: { index: false, follow: false } };

/** First run: only while the database has no clinic (then it is a 404 like any unknown page). */
export default async function SetupPage() {
  if (!(await needsFirstRun())) notFound();
  return (
    <main id="main" className="flex min-h-screen items-start justify-center px-4 py-8 sm:items-center">
      <div className="w-full max-w-md space-y-6 rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <div className="space-y-2">
          <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">Restride</p>
          <h1 className="text-2xl font-semibold">Set up your clinic</h1>
          <p className="text-base text-slate-700">
            Create your clinic and the first admin account. Then invite your therapists from the Staff page. You need the setup code that Restride printed when
            it started.
          </p>
        </div>
        <FirstRunForm action={firstRunAction} defaultTimeZone="UTC" />
      </div>
    </main>
  );
}

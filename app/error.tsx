"use client";

// Must match UNAVAILABLE_DIGEST in lib/server/errors.ts (a server module; this one runs in the
// browser). In production the digest is all a boundary learns about a server error.
const UNAVAILABLE_DIGEST = "RESTRIDE_UNAVAILABLE";

/**
 * The page-level boundary. A page that could not reach the database (or found every connection
 * busy) says so calmly and offers a retry; Next's boundaries cannot set the status code, so the
 * response stays a 500 (decision 020). Everything else is "something went wrong".
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const unavailable = error.digest === UNAVAILABLE_DIGEST;
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">{unavailable ? "Restride can't reach its database" : "Something went wrong"}</h1>
      <p className="mt-2 text-slate-600">
        {unavailable
          ? "Nothing you typed is lost. Try again in a moment."
          : "Restride could not load this page. Your saved work is safe. Try again in a moment."}
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-700 px-4 py-2 text-white">
        Try again
      </button>
    </main>
  );
}

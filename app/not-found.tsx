import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-semibold">Not found</h1>
      <p className="mt-2 text-slate-600">This page or record does not exist, or it is not part of your clinic.</p>
      <Link href="/" className="mt-6 inline-block text-brand-700 underline">
        Back to Restride
      </Link>
    </main>
  );
}

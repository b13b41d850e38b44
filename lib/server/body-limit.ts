/**
 * Server actions accept at most Next's default body of 1 MB (next.config.js keeps the default).
 * A larger declared body is answered here with 413 before Next reads it, instead of the 500 Next
 * gives when its parser gives up (issue 11, point 6). Pictures are uploaded to a route handler
 * with its own limit (lib/server/exercise-images.ts), not through an action.
 */
export const SERVER_ACTION_BODY_LIMIT = 1024 * 1024;

export function refuseOversizedAction(req: { method: string; headers: Headers }): Response | null {
  if (req.method !== "POST" || !req.headers.has("next-action")) return null;
  const length = Number(req.headers.get("content-length") ?? "0");
  if (!Number.isFinite(length) || length <= SERVER_ACTION_BODY_LIMIT) return null;
  return new Response(
    JSON.stringify({ error: { code: "TOO_LARGE", message: "This form is too large to send (more than 1 MB). Shorten the text and try again." } }),
    {
      status: 413,
      headers: { "Content-Type": "application/json", "Cache-Control": "no-store" },
    },
  );
}

/**
 * Node flags for the app server (`npm start` and the page benchmark), decision 038. They are
 * added to NODE_OPTIONS (anything already there stays, and a flag set there wins). RESTRIDE_NODE_FLAGS
 * replaces them ("" for Node's defaults), e.g. to measure another setting.
 *
 * V8 sizes its heap by how fast a process allocates, not by what it keeps: at 50 connections the
 * server's old space grew to 389 MB while 217 MB of the heap was in use (peak RSS 695-862 MB).
 * A 384 MB old space makes V8 collect before growing that far (old space 221 MB, RSS 530 MB,
 * p50 no worse); 32 MB semi-spaces (16 by default) mean fewer scavenges, so fewer of a render's
 * short-lived objects reach the old space. At 50 connections the old space stayed under 60 % of
 * its limit (docs/benchmarks.md, "after (helper pages)").
 */
export const SERVER_NODE_FLAGS = "--max-old-space-size=384 --max-semi-space-size=32";

export function serverNodeOptions(env: Record<string, string | undefined> = process.env): string {
  const flags = env.RESTRIDE_NODE_FLAGS ?? SERVER_NODE_FLAGS;
  const current = env.NODE_OPTIONS ?? "";
  const own = flags
    .split(/\s+/)
    .filter(Boolean)
    .filter((f) => !current.includes(f.split("=")[0]!));
  return [current, ...own].filter(Boolean).join(" ");
}

import { peerHeaderName } from "@/lib/net/peer-address.mjs";

/** "::ffff:10.0.0.1" and "10.0.0.1" are one address. */
function normalise(address: string): string {
  const a = address.trim().toLowerCase();
  return a.startsWith("::ffff:") && a.includes(".") ? a.slice(7) : a;
}

/** `RESTRIDE_TRUSTED_PROXIES`: comma-separated addresses of reverse proxies whose X-Forwarded-For is believed. */
export function parseTrustedProxies(raw: string | undefined): ReadonlySet<string> {
  return new Set(
    (raw ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean)
      .map(normalise),
  );
}

/**
 * The address the sign-in limiter counts. The socket's address, unless that is a trusted proxy:
 * then X-Forwarded-For is read from the right (each proxy appends the address it saw), skipping
 * trusted proxies, and the first other address is the client. Entries left of it are whatever
 * the client sent and are never believed. Without a socket address (not served by Next's HTTP
 * server): "unknown".
 */
export function resolveClientAddress(peer: string | undefined, forwardedFor: string | undefined, trusted: ReadonlySet<string>): string {
  if (!peer) return "unknown";
  let address = normalise(peer);
  if (!trusted.has(address)) return address;
  const hops = (forwardedFor ?? "").split(",").map(normalise).filter(Boolean);
  for (let i = hops.length - 1; i >= 0; i--) {
    address = hops[i]!;
    if (!trusted.has(address)) return address;
  }
  return address;
}

let trustedFromEnv: ReadonlySet<string> | undefined;

/** The client address of a request, from its headers (next-auth hands `authorize` the headers only). */
export function clientAddressOf(headers: Record<string, unknown> | undefined): string {
  const text = (v: unknown) => (typeof v === "string" ? v : Array.isArray(v) && typeof v[0] === "string" ? v.join(",") : undefined);
  const name = peerHeaderName();
  trustedFromEnv ??= parseTrustedProxies(process.env.RESTRIDE_TRUSTED_PROXIES);
  return resolveClientAddress(name ? text(headers?.[name]) : undefined, text(headers?.["x-forwarded-for"]), trustedFromEnv);
}

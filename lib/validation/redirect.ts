/**
 * The page to return to after sign-in: only a path on this site, never another origin
 * ("//evil.example", "/\tevil", "https://…" and the like all become "/").
 */
export function safeCallback(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  // eslint-disable-next-line no-control-regex -- rejecting control characters is the point
  if (!v || !v.startsWith("/") || /[\x00-\x1f\\]/.test(v)) return "/";
  try {
    const url = new URL(v, "http://restride.invalid");
    return url.origin === "http://restride.invalid" ? `${url.pathname}${url.search}${url.hash}` : "/";
  } catch {
    return "/";
  }
}

// Response headers every page and API answer carries (issue 11, point 6; decision 026):
// a Content-Security-Policy with a fresh nonce per request (Next reads the nonce from the
// request's own CSP header and puts it on its scripts), HSTS when served over https, and the
// usual hardening headers. Applied by proxy.ts.

/** A fresh nonce: 16 random bytes, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts only from this origin with this request's nonce ('strict-dynamic' lets those load the
 * chunks they need); no plugins, no framing by any site, forms only to this origin. Styles allow
 * 'unsafe-inline': React's style attributes (charts, the illustration sizes) cannot carry a nonce,
 * and a style cannot run code. `next dev` needs 'unsafe-eval' for its overlay.
 */
export function contentSecurityPolicy(nonce: string, opts: { dev?: boolean; https?: boolean } = {}): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(opts.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Whether the browser reached us over https: the URL, a proxy's X-Forwarded-Proto, or an https NEXTAUTH_URL. */
export function servedOverHttps(url: URL, headers: Headers): boolean {
  return (
    url.protocol === "https:" ||
    headers.get("x-forwarded-proto")?.split(",")[0]?.trim() === "https" ||
    (process.env.NODE_ENV === "production" && (process.env.NEXTAUTH_URL ?? "").startsWith("https://"))
  );
}

/** The headers for a response: CSP (with `nonce`), HSTS over https, and hardening. */
export function securityHeaders(nonce: string, https: boolean): Record<string, string> {
  return {
    "Content-Security-Policy": contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https }),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "X-Frame-Options": "DENY",
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}

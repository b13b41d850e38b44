// The client's socket address, for the sign-in limiter. Next.js's App Router does not expose the
// socket, and it copies a client's own X-Forwarded-For header through unchanged, so that header
// cannot tell who is calling. next.config.js installs this in the server process: every HTTP
// request gets a header, named with a per-process random suffix (a client cannot guess or send
// it), holding the socket's remote address. lib/server/client-address.ts reads it.
import http from "node:http";
import { randomBytes } from "node:crypto";

const KEY = Symbol.for("restride.peerHeader");

/** @returns {string | undefined} the header name, once installed in this process */
export function peerHeaderName() {
  const name = /** @type {Record<symbol, unknown>} */ (globalThis)[KEY];
  return typeof name === "string" ? name : undefined;
}

export function installPeerAddressHeader() {
  if (peerHeaderName()) return;
  const name = `x-restride-peer-${randomBytes(12).toString("hex")}`;
  /** @type {Record<symbol, unknown>} */ (globalThis)[KEY] = name;
  const emit = http.Server.prototype.emit;
  /** @type {(this: http.Server, event: string | symbol, ...args: unknown[]) => boolean} */
  function emitWithPeer(event, ...args) {
    if (event === "request" && args[0] instanceof http.IncomingMessage) {
      args[0].headers[name] = args[0].socket.remoteAddress ?? "";
    }
    return emit.call(this, event, ...args);
  }
  http.Server.prototype.emit = emitWithPeer;
}

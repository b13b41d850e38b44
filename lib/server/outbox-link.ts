import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import type { Tx } from "@/lib/server/db";

/**
 * Outbox links (invitations, password resets) are not kept in clear text (issue 11, point 7):
 * the message body holds LINK_PLACEHOLDER and the link itself is stored sealed with AES-256-GCM
 * under a key derived from NEXTAUTH_SECRET (`npm start` always sets one). Only the app can open
 * it: a transport renders the email with `renderOutboxBody`, and a repeated invitation within 10
 * minutes reads its pending link back (decision 020). Without NEXTAUTH_SECRET (tests, scripts)
 * the key lives for the process only.
 */
export const LINK_PLACEHOLDER = "{{link}}";
const VERSION = "v1";

let key: Buffer | undefined;
function linkKey(): Buffer {
  key ??= Buffer.from(hkdfSync("sha256", process.env.NEXTAUTH_SECRET || randomBytes(32), "restride", "outbox-link/v1", 32));
  return key;
}

export function sealLink(url: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", linkKey(), iv);
  const body = Buffer.concat([cipher.update(url, "utf8"), cipher.final()]);
  return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
}

/** The link, or null when it was sealed under another key or altered. */
export function openLink(sealed: string | null | undefined): string | null {
  if (!sealed?.startsWith(`${VERSION}.`)) return null;
  try {
    const raw = Buffer.from(sealed.slice(VERSION.length + 1), "base64url");
    const decipher = createDecipheriv("aes-256-gcm", linkKey(), raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
  } catch {
    return null;
  }
}

/** The email as a transport sends it: the placeholder replaced by the opened link. */
export function renderOutboxBody(message: { body: string; linkSealed: string | null }): string {
  const link = openLink(message.linkSealed);
  return message.body.replace(LINK_PLACEHOLDER, link ?? "(this link is no longer available: ask the clinic for a new one)");
}

/** A queued link is useless after this long (invitations and resets last 7 days). */
export const OUTBOX_KEEP_MS = 7 * 86_400_000;

/**
 * Deletes sent messages and those whose link has expired (issue 11, point 7). Called whenever a
 * new message is queued, in that write's transaction; returns how many went.
 */
export async function purgeOutbox(tx: Pick<Tx, "outboxMessage">, now = new Date()): Promise<number> {
  const { count } = await tx.outboxMessage.deleteMany({
    where: { OR: [{ sentAt: { not: null } }, { createdAt: { lt: new Date(now.getTime() - OUTBOX_KEEP_MS) } }] },
  });
  return count;
}

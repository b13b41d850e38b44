import "server-only";
import type { Tx } from "@/lib/server/db";
import { sealer } from "@/lib/server/seal";

/**
 * Outbox links (invitations, password resets) are not kept in clear text (issue 11, point 7):
 * the message body holds LINK_PLACEHOLDER and the link itself is stored sealed with AES-256-GCM
 * under a key derived from NEXTAUTH_SECRET (`npm start` always sets one). Only the app can open
 * it: a transport renders the email with `renderOutboxBody`, and a repeated invitation within 10
 * minutes reads its pending link back (decision 020). Without NEXTAUTH_SECRET (tests, scripts)
 * the key lives for the process only.
 */
export const LINK_PLACEHOLDER = "{{link}}";
const links = sealer("outbox-link");

export function sealLink(url: string): string {
  return links.seal(url);
}

/** The link, or null when it was sealed under another key or altered. */
export function openLink(sealed: string | null | undefined): string | null {
  return links.open(sealed);
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

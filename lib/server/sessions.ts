import "server-only";
import type { Actor } from "@/lib/server/actor";
import { audit } from "@/lib/server/audit";
import { db, type Tx } from "@/lib/server/db";
import { AppError } from "@/lib/server/errors";
import { isUuid } from "@/lib/server/patients";
import { sessionPolicy } from "@/lib/server/session-policy";

/**
 * Signed-in browsers (table user_session, decision 025). The cookie carries the row's id; the
 * row holds when the session started and was last used, so each session has its own idle clock,
 * and a user can see their sessions and end any of them.
 */
export interface SessionView {
  id: string;
  current: boolean;
  createdAt: Date;
  lastActiveAt: Date;
  ip: string | null;
  /** The browser and system, to recognise the device by. */
  device: { browser: string | null; os: string | null };
}

const MAX_USER_AGENT = 300;

export async function startSession(
  user: { id: string; clinicId: string; sessionVersion: number },
  meta: { ip: string | null; userAgent: string | null },
  tx: Tx | typeof db = db,
): Promise<string> {
  const row = await tx.userSession.create({
    data: {
      userId: user.id,
      clinicId: user.clinicId,
      version: user.sessionVersion,
      ip: meta.ip && meta.ip !== "unknown" ? meta.ip.slice(0, 64) : null,
      userAgent: meta.userAgent?.slice(0, MAX_USER_AGENT) ?? null,
    },
    select: { id: true },
  });
  return row.id;
}

/** Ends one session (signing out, idle, lifetime). Safe to repeat. */
export async function closeSession(sessionId: string | undefined, reason: string): Promise<boolean> {
  if (!sessionId || !isUuid(sessionId)) return false;
  const { count } = await db.userSession.updateMany({ where: { id: sessionId, endedAt: null }, data: { endedAt: new Date(), endReason: reason } });
  return count > 0;
}

/** The browser and system a user agent names, enough to recognise a device ("Firefox", "Windows"); null when unknown. */
export function describeDevice(userAgent: string | null): { browser: string | null; os: string | null } {
  if (!userAgent) return { browser: null, os: null };
  const browser = /Edg\//.test(userAgent)
    ? "Edge"
    : /OPR\//.test(userAgent)
      ? "Opera"
      : /Firefox\//.test(userAgent)
        ? "Firefox"
        : /Chrome\//.test(userAgent)
          ? "Chrome"
          : /Safari\//.test(userAgent)
            ? "Safari"
            : null;
  const os = /iPhone|iPad/.test(userAgent)
    ? "iPhone/iPad"
    : /Android/.test(userAgent)
      ? "Android"
      : /Windows/.test(userAgent)
        ? "Windows"
        : /Mac OS X|Macintosh/.test(userAgent)
          ? "Mac"
          : /Linux/.test(userAgent)
            ? "Linux"
            : null;
  return { browser, os };
}

/** The actor's sessions that still work, newest activity first; the one making the request is marked. */
export async function listSessions(actor: Actor, now = new Date()): Promise<SessionView[]> {
  const policy = sessionPolicy(actor.role);
  const user = await db.user.findFirst({ where: { id: actor.userId, clinicId: actor.clinicId }, select: { sessionVersion: true } });
  if (!user) throw new AppError("NOT_FOUND");
  const rows = await db.userSession.findMany({
    where: {
      userId: actor.userId,
      clinicId: actor.clinicId,
      endedAt: null,
      version: user.sessionVersion,
      createdAt: { gt: new Date(now.getTime() - policy.maxMs) },
      lastActiveAt: { gt: new Date(now.getTime() - policy.idleMs) },
    },
    orderBy: { lastActiveAt: "desc" },
    take: 50,
    select: { id: true, createdAt: true, lastActiveAt: true, ip: true, userAgent: true },
  });
  return rows.map((r) => ({
    id: r.id,
    current: r.id === actor.sessionId,
    createdAt: r.createdAt,
    lastActiveAt: r.lastActiveAt,
    ip: r.ip,
    device: describeDevice(r.userAgent),
  }));
}

/** Ends one of the actor's own sessions; another user's (or a made-up id) is NOT_FOUND. */
export async function endOwnSession(actor: Actor, sessionId: string): Promise<void> {
  const found = isUuid(sessionId)
    ? await db.userSession.updateMany({
        where: { id: sessionId, userId: actor.userId, clinicId: actor.clinicId, endedAt: null },
        data: { endedAt: new Date(), endReason: "ended_by_user" },
      })
    : { count: 0 };
  if (!found.count) {
    await audit(actor, { action: "account.session_end", outcome: "NOT_FOUND", entityType: "UserSession", entityId: isUuid(sessionId) ? sessionId : undefined });
    throw new AppError("NOT_FOUND");
  }
  await audit(actor, { action: "account.session_end", outcome: "SUCCESS", entityType: "UserSession", entityId: sessionId });
}

/** Ends every session of the actor except the one making the request. Returns how many ended. */
export async function endOtherSessions(actor: Actor, tx: Tx | typeof db = db): Promise<number> {
  const { count } = await tx.userSession.updateMany({
    where: { userId: actor.userId, clinicId: actor.clinicId, endedAt: null, ...(actor.sessionId ? { id: { not: actor.sessionId } } : {}) },
    data: { endedAt: new Date(), endReason: "ended_by_user" },
  });
  await audit(actor, { action: "account.sessions_end_others", outcome: "SUCCESS", entityType: "User", entityId: actor.userId, detail: { ended: count } }, tx);
  return count;
}

import "server-only";
import argon2 from "argon2";
import type { NextAuthOptions } from "next-auth";
import { getServerSession } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { z } from "zod";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "@/lib/server/actor";
import { logUnexpected } from "@/lib/server/log";
import { audit } from "@/lib/server/audit";
import { db } from "@/lib/server/db";
import { clientAddressOf } from "@/lib/server/client-address";
import { isUuid } from "@/lib/server/patients";
import { signInLimiter, type SignInLimiter } from "@/lib/server/rate-limit";
import { acceptSignInCode } from "@/lib/server/mfa";
import { ACTIVITY_WRITE_EVERY_MS, cookieMaxAgeSeconds, sessionEnd, sessionPolicy } from "@/lib/server/session-policy";
import { closeSession, startSession } from "@/lib/server/sessions";

/** The cookie's lifetime; each session ends earlier by its role's rules (lib/server/session-policy.ts). */
export const SESSION_MAX_AGE_SECONDS = cookieMaxAgeSeconds();

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(256),
});

// Verifying against a fixed hash when the email is unknown keeps response times alike,
// so timing does not reveal which emails have accounts.
let dummyHash: Promise<string> | undefined;
function getDummyHash() {
  return (dummyHash ??= argon2.hash("restride-timing-equaliser", { type: argon2.argon2id }));
}

export async function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, { type: argon2.argon2id });
}

/** next-auth passes an error thrown by `authorize` to the sign-in page as its code: this one carries the wait in seconds. */
export const RATE_LIMITED_ERROR = "RateLimited";

/** The password was right and the account uses two-step sign-in: the form asks for the code. */
export const MFA_REQUIRED_ERROR = "MfaRequired";
/** The code (or recovery code) was wrong, used already, or missing its digits. */
export const MFA_INVALID_ERROR = "MfaInvalid";

export class SignInNeedsCode extends Error {
  constructor(readonly reason: typeof MFA_REQUIRED_ERROR | typeof MFA_INVALID_ERROR) {
    super(reason);
    this.name = "SignInNeedsCode";
  }
}

/** Thrown by `verifyCredentials` when the limiter refuses the attempt (the password was not checked). */
export class SignInThrottled extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`${RATE_LIMITED_ERROR}:${retryAfterSeconds}`);
    this.name = "SignInThrottled";
  }
}

/**
 * The credential check behind the sign-in form. Every failure is audited, never with the
 * password. Throws SignInThrottled when the limiter says wait (lib/server/rate-limit.ts), and
 * SignInNeedsCode when the account uses two-step sign-in and `code` is missing or wrong; a wrong
 * code counts as a failed attempt like a wrong password. A success starts a session
 * (lib/server/sessions.ts) whose id the cookie carries.
 */
export async function verifyCredentials(
  rawEmail: unknown,
  rawPassword: unknown,
  clientAddress = "unknown",
  limiter: SignInLimiter = signInLimiter,
  extra: { code?: unknown; userAgent?: string | null } = {},
) {
  const parsed = credentialsSchema.safeParse({ email: rawEmail, password: rawPassword });
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  // Counted before the password is checked (a success gives it back), so parallel guesses
  // cannot slip past the limit.
  const gate = await limiter.begin(email, clientAddress);
  if (!gate.allowed) {
    await audit(null, {
      action: "auth.sign_in",
      outcome: "DENIED",
      entityType: "User",
      detail: { reason: "rate_limited", retryAfterSeconds: gate.retryAfterSeconds },
    });
    throw new SignInThrottled(gate.retryAfterSeconds);
  }
  const user = await db.user.findUnique({
    where: { email },
    select: {
      id: true,
      clinicId: true,
      role: true,
      name: true,
      email: true,
      active: true,
      passwordHash: true,
      patientId: true,
      sessionVersion: true,
      mfaSecret: true,
      mfaEnabledAt: true,
    },
  });
  const ok = await argon2.verify(user?.passwordHash ?? (await getDummyHash()), password).catch(() => false);
  if (!user || !ok || !user.active) {
    const reason = !user ? "unknown_email" : !ok ? "wrong_password" : "inactive_user";
    await audit(user ? { userId: user.id, clinicId: user.clinicId, role: user.role, name: user.name, patientId: null } : null, {
      action: "auth.sign_in",
      outcome: "DENIED",
      entityType: "User",
      entityId: user?.id,
      detail: { reason },
    });
    return null;
  }
  const actorOf = { userId: user.id, clinicId: user.clinicId, role: user.role, name: user.name, patientId: user.patientId };
  if (user.mfaEnabledAt) {
    const code = typeof extra.code === "string" ? extra.code.trim() : "";
    if (!code) {
      // The password is right: give the attempt back, and ask for the second step.
      await limiter.succeeded(email, clientAddress);
      throw new SignInNeedsCode(MFA_REQUIRED_ERROR);
    }
    const accepted = await acceptSignInCode(user, code);
    if (!accepted) {
      await audit(actorOf, { action: "auth.sign_in", outcome: "DENIED", entityType: "User", entityId: user.id, detail: { reason: "wrong_code" } });
      throw new SignInNeedsCode(MFA_INVALID_ERROR);
    }
    if (accepted === "recovery") {
      await audit(actorOf, { action: "auth.recovery_code_used", outcome: "SUCCESS", entityType: "User", entityId: user.id });
    }
  }
  await limiter.succeeded(email, clientAddress);
  const now = new Date();
  const { sessionVersion } = await db.user.update({
    where: { id: user.id },
    data: { lastSignInAt: now },
    select: { sessionVersion: true },
  });
  const sid = await startSession({ id: user.id, clinicId: user.clinicId, sessionVersion }, { ip: clientAddress, userAgent: extra.userAgent ?? null });
  await audit(actorOf, { action: "auth.sign_in", outcome: "SUCCESS", entityType: "User", entityId: user.id, detail: { session: sid } });
  return { id: user.id, name: user.name, email: user.email, role: user.role, clinicId: user.clinicId, sessionVersion, sid };
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in", error: "/sign-in" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
        code: { label: "Code", type: "text" },
      },
      authorize: async (credentials, req) => {
        try {
          // next-auth types the request headers as `any`: narrow before use.
          const headers: unknown = req?.headers;
          const address = clientAddressOf(typeof headers === "object" && headers !== null ? (headers as Record<string, unknown>) : undefined);
          const userAgent =
            typeof (headers as Record<string, unknown> | undefined)?.["user-agent"] === "string"
              ? ((headers as Record<string, string>)["user-agent"] ?? null)
              : null;
          return await verifyCredentials(credentials?.email, credentials?.password, address, signInLimiter, { code: credentials?.code, userAgent });
        } catch (err) {
          // The sign-in form shows "Too many attempts" for this code (the route answers 429),
          // and the code field for the two-step ones.
          if (err instanceof SignInThrottled || err instanceof SignInNeedsCode) throw err;
          // Never let a database error's text reach the sign-in page.
          logUnexpected("sign-in", err);
          throw new Error("Unavailable");
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; role: Role; clinicId: string; sessionVersion: number; sid: string };
        token.uid = u.id;
        token.role = u.role;
        token.clinicId = u.clinicId;
        token.sv = u.sessionVersion;
        token.sid = u.sid;
        token.at = Date.now();
        return token;
      }
      // Every read of the session (/api/auth/session re-issues the cookie) checks it is still
      // live; throwing makes next-auth clear the cookie instead of renewing it. Only a session
      // found ended does that: a busy or unreachable database must not sign anyone out (the
      // page's own session check then answers 503).
      let live: Awaited<ReturnType<typeof liveSession>> | "unknown";
      try {
        live = await liveSession(token);
      } catch {
        live = "unknown";
      }
      if (live === "ended") throw new SessionEnded();
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.uid;
        session.user.role = token.role;
        session.user.sv = token.sv;
        session.user.at = token.at;
        session.user.sid = token.sid;
      }
      return session;
    },
  },
  logger: {
    // A session that ended is expected, not an error worth a log line (the cookie is cleared).
    error(code, metadata) {
      const error = metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
      if (code === "JWT_SESSION_ERROR" && error instanceof Error && error.name === "SessionEnded") return;
      logUnexpected(`next-auth ${code}`, error ?? metadata);
    },
    warn() {},
    debug() {},
  },
  events: {
    async signOut({ token }) {
      // Signing out ends this browser's session (a copied cookie stops working with it); the
      // user's other devices stay signed in and can be ended from the account page.
      if (!token?.uid || !(await closeSession(token.sid, "signed_out").catch(() => false))) return;
      const user = await db.user
        .findUnique({ where: { id: token.uid }, select: { id: true, clinicId: true, role: true, name: true, patientId: true } })
        .catch(() => null);
      if (user) {
        await audit(
          { userId: user.id, clinicId: user.clinicId, role: user.role, name: user.name, patientId: user.patientId },
          { action: "auth.sign_out", outcome: "SUCCESS", entityType: "User", entityId: user.id },
        );
      }
    },
  },
  secret: process.env.NEXTAUTH_SECRET,
};

class SessionEnded extends Error {
  constructor() {
    super("The session has ended");
    this.name = "SessionEnded";
  }
}

/**
 * Whether the session in this cookie is still live: its user_session row exists and was not
 * ended (signing out, the account page), the account is active, the session version matches (a
 * password change, deactivation and reactivation change it), and neither the idle timeout nor
 * the absolute lifetime has passed (lib/server/session-policy.ts). A session found over is ended
 * on its row, audited once.
 */
interface SessionRow {
  id: string;
  created_at: Date;
  last_active_at: Date;
  user_id: string;
  clinic_id: string;
  role: Role;
  name: string;
  active: boolean;
  patient_id: string | null;
  session_version: number;
  mfa_enabled_at: Date | null;
  mfa_required: boolean;
}

// The session, its user and the clinic's rule in one statement (every request reads it).
// React's per-request cache: the jwt callback and getActor read it once between them.
const readSession = cache(async (sid: string, uid: string) => {
  const rows = await db.$queryRaw<SessionRow[]>`
    SELECT s.id::text, s.created_at, s.last_active_at, u.id::text AS user_id, u.clinic_id::text, u.role, u.name, u.active,
           u.patient_id::text, u.session_version, u.mfa_enabled_at, c.mfa_required
      FROM user_session s JOIN app_user u ON u.id = s.user_id JOIN clinic c ON c.id = u.clinic_id
     WHERE s.id = ${sid}::uuid AND s.user_id = ${uid}::uuid AND s.ended_at IS NULL`;
  const r = rows[0];
  return r
    ? {
        id: r.id,
        createdAt: r.created_at,
        lastActiveAt: r.last_active_at,
        user: {
          id: r.user_id,
          clinicId: r.clinic_id,
          role: r.role,
          name: r.name,
          active: r.active,
          patientId: r.patient_id,
          sessionVersion: r.session_version,
          mfaEnabledAt: r.mfa_enabled_at,
          clinic: { mfaRequired: r.mfa_required },
        },
      }
    : null;
});

async function liveSession(token: { uid?: string; sv?: number; at?: number; sid?: string }) {
  if (!token.uid || !token.sid || !isUuid(token.sid) || !isUuid(token.uid)) return "ended" as const;
  const row = await readSession(token.sid, token.uid);
  const user = row?.user;
  if (!row || !user || !user.active || user.sessionVersion !== (token.sv ?? 0)) return "ended" as const;
  if (user.role === "PATIENT" && !user.patientId) return "ended" as const;
  const now = Date.now();
  const signedInAt = Math.min(row.createdAt.getTime(), token.at ?? Infinity);
  const end = sessionEnd({ signedInAt, lastActiveAt: row.lastActiveAt }, sessionPolicy(user.role), now);
  if (end) {
    if (await closeSession(row.id, end)) {
      await audit(
        { userId: user.id, clinicId: user.clinicId, role: user.role, name: user.name, patientId: user.patientId },
        { action: "auth.session_end", outcome: "SUCCESS", entityType: "User", entityId: user.id, detail: { reason: end } },
      );
    }
    return "ended" as const;
  }
  return { ...user, sessionId: row.id, sessionLastActiveAt: row.lastActiveAt };
}

/**
 * The signed-in user, re-read from the database on every request (once per request thanks to
 * `cache`), so a deactivated account or a role change takes effect at once, not at token expiry.
 * A request is activity: it restarts the idle clock (written at most once a minute).
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  return actorForSession({ uid: userId, sv: session.user.sv, at: session.user.at, sid: session.user.sid });
});

/** getActor's check of one session's claims (exported for tests). */
export async function actorForSession(claims: { uid: string; sv?: number; at?: number; sid?: string }): Promise<Actor | null> {
  const user = await liveSession(claims);
  if (user === "ended") return null;
  const now = Date.now();
  if (now - user.sessionLastActiveAt.getTime() >= ACTIVITY_WRITE_EVERY_MS) {
    await db.userSession.updateMany({ where: { id: user.sessionId, endedAt: null }, data: { lastActiveAt: new Date(now) } });
  }
  return {
    userId: user.id,
    clinicId: user.clinicId,
    role: user.role,
    name: user.name,
    patientId: user.patientId,
    sessionId: user.sessionId,
    ...(user.role !== "PATIENT" && user.clinic.mfaRequired && !user.mfaEnabledAt ? { mfaSetupRequired: true } : {}),
  };
}

/** Where a staff member who must set up two-step sign-in is sent (the only page that works for them). */
export const MFA_SETUP_PATH = "/account";

/** For pages: the actor, or a redirect to sign-in. Roles outside `roles` get a 404. */
export async function requireActor(roles?: readonly Role[], callbackUrl?: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`);
  // Every page names itself in callbackUrl; the layout (which wraps the account page too) does not.
  if (actor.mfaSetupRequired && callbackUrl && callbackUrl !== MFA_SETUP_PATH) redirect(`${MFA_SETUP_PATH}?setup=required`);
  if (roles && !roles.includes(actor.role)) {
    // The answer is "not found", as for a missing record; the refusal itself is on the record.
    await audit(actor, { action: "page.view", outcome: "DENIED", entityType: "Page", entityId: callbackUrl?.slice(0, 64), detail: { role: actor.role } }).catch(
      () => {},
    );
    notFound();
  }
  return actor;
}

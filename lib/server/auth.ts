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
import { db, shedIfQueueFull } from "@/lib/server/db";
import { checkSignInRate, recordSignInFailure, resetSignInFailures } from "@/lib/server/rate-limit";

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one clinic day

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

/** The credential check behind the sign-in form. Every failure is audited, never with the password. */
export async function verifyCredentials(rawEmail: unknown, rawPassword: unknown, clientIp = "unknown") {
  const parsed = credentialsSchema.safeParse({ email: rawEmail, password: rawPassword });
  if (!parsed.success) return null;
  const { email, password } = parsed.data;
  // Counted before the password is checked, per email and per client address, so parallel
  // guesses cannot slip past the limit and spraying many emails from one address is limited too.
  const keys = [`email:${email}`, `ip:${clientIp}`];
  if (!keys.every((k) => checkSignInRate(k))) {
    await audit(null, { action: "auth.sign_in", outcome: "DENIED", entityType: "User", detail: { reason: "rate_limited" } });
    return null;
  }
  for (const k of keys) recordSignInFailure(k);
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, clinicId: true, role: true, name: true, email: true, active: true, passwordHash: true, patientId: true, sessionVersion: true },
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
  for (const k of keys) resetSignInFailures(k);
  await audit(
    { userId: user.id, clinicId: user.clinicId, role: user.role, name: user.name, patientId: user.patientId },
    { action: "auth.sign_in", outcome: "SUCCESS", entityType: "User", entityId: user.id },
  );
  return { id: user.id, name: user.name, email: user.email, role: user.role, clinicId: user.clinicId, sessionVersion: user.sessionVersion };
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
      },
      authorize: async (credentials, req) => {
        try {
          // next-auth types the request headers as `any`: narrow before use.
          const forwarded: unknown = req?.headers?.["x-forwarded-for"];
          const first: unknown = Array.isArray(forwarded) ? forwarded[0] : forwarded;
          const ip = (typeof first === "string" ? first.split(",")[0]?.trim() : undefined) ?? "local";
          return await verifyCredentials(credentials?.email, credentials?.password, ip);
        } catch (err) {
          // Never let a database error's text reach the sign-in page.
          logUnexpected("sign-in", err);
          throw new Error("Unavailable");
        }
      },
    }),
  ],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        const u = user as { id: string; role: Role; clinicId: string; sessionVersion: number };
        token.uid = u.id;
        token.role = u.role;
        token.clinicId = u.clinicId;
        token.sv = u.sessionVersion;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.uid;
        session.user.role = token.role;
        session.user.sv = token.sv;
      }
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      if (token?.uid) {
        // Signing out ends this user's other sessions too: a copied cookie stops working.
        const user = await db.user
          .update({ where: { id: token.uid }, data: { sessionVersion: { increment: 1 } }, select: { id: true, clinicId: true, role: true, name: true } })
          .catch(() => null);
        if (user) {
          await audit(
            { userId: user.id, clinicId: user.clinicId, role: user.role, name: user.name, patientId: null },
            { action: "auth.sign_out", outcome: "SUCCESS", entityType: "User", entityId: user.id },
          );
        }
      }
    },
  },
  secret: process.env.NEXTAUTH_SECRET,
};

/**
 * The signed-in user, re-read from the database on every request (once per request thanks to
 * `cache`), so a deactivated account or a role change takes effect at once, not at token expiry.
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = session?.user?.id;
  if (!userId) return null;
  shedIfQueueFull(); // the first database read of a request: turn it away now if the pool is swamped
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, clinicId: true, role: true, name: true, active: true, patientId: true, sessionVersion: true },
  });
  if (!user || !user.active || user.sessionVersion !== (session.user.sv ?? 0)) return null;
  if (user.role === "PATIENT" && !user.patientId) return null;
  return { userId: user.id, clinicId: user.clinicId, role: user.role, name: user.name, patientId: user.patientId };
});

/** For pages: the actor, or a redirect to sign-in. Roles outside `roles` get a 404. */
export async function requireActor(roles?: readonly Role[], callbackUrl?: string): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect(`/sign-in${callbackUrl ? `?callbackUrl=${encodeURIComponent(callbackUrl)}` : ""}`);
  if (roles && !roles.includes(actor.role)) notFound();
  return actor;
}

import type { DefaultSession } from "next-auth";
import type { Role } from "@/lib/generated/prisma/enums";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; role: Role; sv: number; at?: number; sid?: string };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: Role;
    clinicId: string;
    /** The user's session_version at sign-in. */
    sv: number;
    /** When the user signed in (ms since the epoch): the absolute lifetime counts from it. */
    at?: number;
    /** The user_session row of this browser (lib/server/sessions.ts). */
    sid?: string;
  }
}

import NextAuth from "next-auth";
import { authOptions } from "@/lib/server/auth";

export const runtime = "nodejs";

// next-auth v4 declares NextAuth() as returning `any`; Next checks the exported handlers' shape.
// eslint-disable-next-line @typescript-eslint/no-unsafe-assignment
const handler = NextAuth(authOptions);
export { handler as GET, handler as POST };

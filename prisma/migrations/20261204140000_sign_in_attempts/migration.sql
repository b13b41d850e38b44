-- Sign-in throttling shared by every app instance (issue 11, docs/decisions/022). One row per
-- throttled key: an account, an account from one client address, or a client address. The key
-- is a sha256 of its parts, so the table holds no email addresses. A row is only a counter and a
-- time before which the next attempt is refused; rows unused for a day are deleted on the way.
CREATE TABLE "sign_in_attempt" (
    "key" TEXT NOT NULL,
    "failures" INTEGER NOT NULL DEFAULT 0,
    "last_failure_at" TIMESTAMPTZ(3),
    "blocked_until" TIMESTAMPTZ(3),
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sign_in_attempt_pkey" PRIMARY KEY ("key")
);

CREATE INDEX "sign_in_attempt_updated_at_idx" ON "sign_in_attempt"("updated_at");

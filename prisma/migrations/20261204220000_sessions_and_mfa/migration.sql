-- Sessions a user can see and end, and two-step sign-in for staff (issue 11; decision 025).
ALTER TABLE "clinic" ADD COLUMN "mfa_required" BOOLEAN NOT NULL DEFAULT false;

ALTER TABLE "app_user"
  ADD COLUMN "mfa_secret" TEXT,
  ADD COLUMN "mfa_pending_secret" TEXT,
  ADD COLUMN "mfa_enabled_at" TIMESTAMPTZ(3),
  ADD COLUMN "mfa_last_step" BIGINT;

CREATE TABLE "user_session" (
  "id" UUID NOT NULL,
  "user_id" UUID NOT NULL,
  "clinic_id" UUID NOT NULL,
  "version" INTEGER NOT NULL,
  "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "last_active_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
  "ended_at" TIMESTAMPTZ(3),
  "end_reason" TEXT,
  "ip" TEXT,
  "user_agent" TEXT,
  CONSTRAINT "user_session_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "user_session_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE,
  CONSTRAINT "user_session_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE
);
CREATE INDEX "user_session_user_id_ended_at_idx" ON "user_session"("user_id", "ended_at");

CREATE TABLE "mfa_recovery_code" (
  "id" UUID NOT NULL,
  "user_id" UUID NOT NULL,
  "code_hash" TEXT NOT NULL,
  "used_at" TIMESTAMPTZ(3),
  CONSTRAINT "mfa_recovery_code_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "mfa_recovery_code_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "mfa_recovery_code_user_id_code_hash_key" ON "mfa_recovery_code"("user_id", "code_hash");

-- "Forgot your password?" (lib/server/password-reset.ts) gives patients a RESET link of their own;
-- invitations stay staff-only (patients are invited through patient_invitation).
ALTER TABLE "staff_link" DROP CONSTRAINT "staff_link_role_staff";
ALTER TABLE "staff_link" ADD CONSTRAINT "staff_link_role_staff" CHECK ("role" <> 'PATIENT' OR "kind" = 'RESET');

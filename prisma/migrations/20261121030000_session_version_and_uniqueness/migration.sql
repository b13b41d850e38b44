-- Sessions can be ended server-side: a session carries the user's session_version, which
-- revoking access, setting a password or signing out increments.
ALTER TABLE "app_user" ADD COLUMN "session_version" INTEGER NOT NULL DEFAULT 0;

-- At most one active plan per injury episode, and one pending invitation per patient, even
-- under double submits (the application checks too; these make races impossible).
CREATE UNIQUE INDEX "rehab_plan_one_active_per_episode" ON "rehab_plan"("episode_id") WHERE "status" = 'ACTIVE';
CREATE UNIQUE INDEX "patient_invitation_one_pending_per_patient" ON "patient_invitation"("patient_id") WHERE "used_at" IS NULL AND "revoked_at" IS NULL;

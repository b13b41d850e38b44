-- Clinic administration (issue 11, point 3): single-use links an admin gives a new staff member
-- (INVITE: creates the account) or an existing one (RESET: sets a new password). Same token
-- design as patient invitations (decision 007): 256 random bits, only the sha256 stored, 7 days,
-- single use, a newer link for the same email replaces older ones.
CREATE TYPE "StaffLinkKind" AS ENUM ('INVITE', 'RESET');

CREATE TABLE "staff_link" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "kind" "StaffLinkKind" NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "user_id" UUID,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "staff_link_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "staff_link_role_staff" CHECK ("role" <> 'PATIENT'),
    CONSTRAINT "staff_link_reset_has_user" CHECK ("kind" = 'INVITE' OR "user_id" IS NOT NULL)
);

CREATE UNIQUE INDEX "staff_link_token_hash_key" ON "staff_link"("token_hash");
CREATE INDEX "staff_link_clinic_id_email_idx" ON "staff_link"("clinic_id", "email");

ALTER TABLE "staff_link" ADD CONSTRAINT "staff_link_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "staff_link" ADD CONSTRAINT "staff_link_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

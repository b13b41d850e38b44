-- Patient portal accounts and invitations, the mail outbox, daily logs, alerts, handout cache.

ALTER TABLE "app_user" ADD COLUMN "patient_id" UUID;
CREATE UNIQUE INDEX "app_user_patient_id_key" ON "app_user"("patient_id");
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
-- A patient account is bound to exactly one patient record; staff accounts to none.
ALTER TABLE "app_user" ADD CONSTRAINT "app_user_patient_role_check" CHECK (("role" = 'PATIENT') = ("patient_id" IS NOT NULL));

CREATE TABLE "patient_invitation" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "patient_id" UUID NOT NULL,
    "token_hash" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "used_at" TIMESTAMPTZ(3),
    "revoked_at" TIMESTAMPTZ(3),
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "patient_invitation_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "outbox_message" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "recipient" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),
    CONSTRAINT "outbox_message_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "daily_log" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "patient_id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "log_date" DATE NOT NULL,
    "sets_done" JSONB NOT NULL,
    "pain_during" INTEGER,
    "pain_next_morning" INTEGER,
    "note" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "daily_log_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "daily_log_pain_check" CHECK (("pain_during" IS NULL OR "pain_during" BETWEEN 0 AND 10) AND ("pain_next_morning" IS NULL OR "pain_next_morning" BETWEEN 0 AND 10))
);

CREATE TABLE "alert" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "patient_id" UUID NOT NULL,
    "plan_id" UUID,
    "kind" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "severity" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "message" TEXT NOT NULL,
    "alert_date" DATE NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "acknowledged_at" TIMESTAMPTZ(3),
    "acknowledged_by_id" UUID,
    CONSTRAINT "alert_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "handout_cache" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "plan_id" UUID NOT NULL,
    "plan_version" INTEGER NOT NULL,
    "options_key" TEXT NOT NULL,
    "file_name" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "handout_cache_pkey" PRIMARY KEY ("id")
);

CREATE UNIQUE INDEX "patient_invitation_token_hash_key" ON "patient_invitation"("token_hash");
CREATE INDEX "patient_invitation_clinic_id_patient_id_idx" ON "patient_invitation"("clinic_id", "patient_id");
CREATE INDEX "outbox_message_sent_at_created_at_idx" ON "outbox_message"("sent_at", "created_at");
CREATE UNIQUE INDEX "daily_log_plan_id_log_date_key" ON "daily_log"("plan_id", "log_date");
CREATE INDEX "daily_log_clinic_id_patient_id_log_date_idx" ON "daily_log"("clinic_id", "patient_id", "log_date");
CREATE UNIQUE INDEX "alert_patient_id_key_key" ON "alert"("patient_id", "key");
CREATE INDEX "alert_clinic_id_acknowledged_at_idx" ON "alert"("clinic_id", "acknowledged_at");
CREATE UNIQUE INDEX "handout_cache_plan_id_plan_version_options_key_key" ON "handout_cache"("plan_id", "plan_version", "options_key");

ALTER TABLE "patient_invitation" ADD CONSTRAINT "patient_invitation_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "patient_invitation" ADD CONSTRAINT "patient_invitation_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "outbox_message" ADD CONSTRAINT "outbox_message_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "daily_log" ADD CONSTRAINT "daily_log_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "daily_log" ADD CONSTRAINT "daily_log_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "daily_log" ADD CONSTRAINT "daily_log_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "rehab_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "alert" ADD CONSTRAINT "alert_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "alert" ADD CONSTRAINT "alert_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "handout_cache" ADD CONSTRAINT "handout_cache_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "handout_cache" ADD CONSTRAINT "handout_cache_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "rehab_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

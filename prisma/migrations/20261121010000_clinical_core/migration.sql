-- Clinical core: protocol templates with stages, exercises and gates; injury episodes with the
-- red-flag screen; rehab plans (JSON snapshots) with their history; visit measurements.

CREATE TYPE "TemplateStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'ARCHIVED');
CREATE TYPE "GateKind" AS ENUM ('MEASURE', 'CHECK');
CREATE TYPE "PlanStatus" AS ENUM ('ACTIVE', 'COMPLETED', 'STOPPED');

CREATE TABLE "protocol_template" (
    "id" UUID NOT NULL,
    "clinic_id" UUID,
    "key" TEXT NOT NULL,
    "version" INTEGER NOT NULL,
    "status" "TemplateStatus" NOT NULL,
    "name" TEXT NOT NULL,
    "muscles" TEXT[],
    "grades" INTEGER[],
    "sources" JSONB NOT NULL,
    "education" JSONB NOT NULL,
    "translations" JSONB,
    "based_on_id" UUID,
    "created_by_id" UUID,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "published_at" TIMESTAMPTZ(3),
    CONSTRAINT "protocol_template_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "template_stage" (
    "id" UUID NOT NULL,
    "template_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "goals" TEXT[],
    "precautions" TEXT[],
    "education" TEXT NOT NULL,
    "duration_days" JSONB NOT NULL,
    "requires_specialist_review" BOOLEAN NOT NULL DEFAULT false,
    "translations" JSONB,
    CONSTRAINT "template_stage_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "exercise" (
    "id" UUID NOT NULL,
    "clinic_id" UUID,
    "key" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "purpose" TEXT NOT NULL,
    "steps" TEXT[],
    "cues" TEXT[],
    "common_mistakes" TEXT[],
    "equipment" TEXT[],
    "side" TEXT NOT NULL,
    "category" TEXT NOT NULL,
    "knee_bias" TEXT,
    "external_load" BOOLEAN NOT NULL DEFAULT false,
    "translations" JSONB,
    CONSTRAINT "exercise_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "stage_exercise" (
    "id" UUID NOT NULL,
    "stage_id" UUID NOT NULL,
    "exercise_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "dose" JSONB NOT NULL,
    "grades" INTEGER[],
    CONSTRAINT "stage_exercise_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "stage_gate" (
    "id" UUID NOT NULL,
    "stage_id" UUID NOT NULL,
    "position" INTEGER NOT NULL,
    "key" TEXT NOT NULL,
    "kind" "GateKind" NOT NULL,
    "measure" TEXT,
    "comparator" TEXT,
    "threshold" DECIMAL(8,2),
    "check_key" TEXT,
    "label" TEXT NOT NULL,
    "patient_label" TEXT NOT NULL,
    "grades" INTEGER[],
    "translations" JSONB,
    CONSTRAINT "stage_gate_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "stage_gate_shape_check" CHECK (
        ("kind" = 'MEASURE' AND "measure" IS NOT NULL AND "comparator" IN ('>=', '<=', '>', '<') AND "threshold" IS NOT NULL)
        OR ("kind" = 'CHECK' AND "check_key" IS NOT NULL)
    )
);

CREATE TABLE "injury_episode" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "patient_id" UUID NOT NULL,
    "muscle" TEXT NOT NULL,
    "side" TEXT NOT NULL,
    "injury_date" DATE NOT NULL,
    "onset" TEXT NOT NULL,
    "during_running" BOOLEAN NOT NULL,
    "repeat_injury" BOOLEAN NOT NULL,
    "clinical_grade" INTEGER NOT NULL,
    "bamic_grade" INTEGER,
    "bamic_site" TEXT,
    "baseline" JSONB NOT NULL,
    "screen" JSONB NOT NULL,
    "screen_result" JSONB NOT NULL,
    "wells_score" INTEGER NOT NULL,
    "blocks_plan" BOOLEAN NOT NULL,
    "urgency" TEXT,
    "assessed_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "injury_episode_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "injury_episode_grade_check" CHECK ("clinical_grade" BETWEEN 1 AND 3),
    CONSTRAINT "injury_episode_bamic_check" CHECK ("bamic_grade" IS NULL OR "bamic_grade" BETWEEN 0 AND 4)
);

CREATE TABLE "rehab_plan" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "patient_id" UUID NOT NULL,
    "episode_id" UUID NOT NULL,
    "template_id" UUID NOT NULL,
    "template_version" INTEGER NOT NULL,
    "status" "PlanStatus" NOT NULL DEFAULT 'ACTIVE',
    "start_date" DATE NOT NULL,
    "current_stage_index" INTEGER NOT NULL DEFAULT 0,
    "stage_started_on" DATE NOT NULL,
    "content" JSONB NOT NULL,
    "notes" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    CONSTRAINT "rehab_plan_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "plan_event" (
    "id" BIGSERIAL NOT NULL,
    "plan_id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "actor_user_id" UUID NOT NULL,
    "kind" TEXT NOT NULL,
    "summary" TEXT NOT NULL,
    "detail" JSONB,
    "plan_version" INTEGER NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "plan_event_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "measurement" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "patient_id" UUID NOT NULL,
    "measured_on" DATE NOT NULL,
    "values" JSONB NOT NULL,
    "checks" JSONB NOT NULL,
    "recorded_by_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "measurement_pkey" PRIMARY KEY ("id")
);

-- One shared template per key and version; NULLS NOT DISTINCT makes the shared library (clinic_id
-- NULL) unique too.
CREATE UNIQUE INDEX "protocol_template_clinic_id_key_version_key" ON "protocol_template"("clinic_id", "key", "version") NULLS NOT DISTINCT;
CREATE INDEX "protocol_template_clinic_id_status_idx" ON "protocol_template"("clinic_id", "status");
CREATE UNIQUE INDEX "template_stage_template_id_position_key" ON "template_stage"("template_id", "position");
CREATE UNIQUE INDEX "exercise_clinic_id_key_key" ON "exercise"("clinic_id", "key") NULLS NOT DISTINCT;
CREATE UNIQUE INDEX "stage_exercise_stage_id_position_key" ON "stage_exercise"("stage_id", "position");
CREATE INDEX "stage_exercise_exercise_id_idx" ON "stage_exercise"("exercise_id");
CREATE UNIQUE INDEX "stage_gate_stage_id_position_key" ON "stage_gate"("stage_id", "position");
CREATE INDEX "injury_episode_clinic_id_patient_id_created_at_idx" ON "injury_episode"("clinic_id", "patient_id", "created_at");
CREATE INDEX "rehab_plan_clinic_id_patient_id_idx" ON "rehab_plan"("clinic_id", "patient_id");
CREATE INDEX "plan_event_plan_id_id_idx" ON "plan_event"("plan_id", "id");
CREATE INDEX "measurement_clinic_id_patient_id_measured_on_idx" ON "measurement"("clinic_id", "patient_id", "measured_on");

ALTER TABLE "protocol_template" ADD CONSTRAINT "protocol_template_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "template_stage" ADD CONSTRAINT "template_stage_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "protocol_template"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "exercise" ADD CONSTRAINT "exercise_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "stage_exercise" ADD CONSTRAINT "stage_exercise_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "template_stage"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "stage_exercise" ADD CONSTRAINT "stage_exercise_exercise_id_fkey" FOREIGN KEY ("exercise_id") REFERENCES "exercise"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "stage_gate" ADD CONSTRAINT "stage_gate_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "template_stage"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "injury_episode" ADD CONSTRAINT "injury_episode_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "injury_episode" ADD CONSTRAINT "injury_episode_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "rehab_plan" ADD CONSTRAINT "rehab_plan_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "rehab_plan" ADD CONSTRAINT "rehab_plan_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "rehab_plan" ADD CONSTRAINT "rehab_plan_episode_id_fkey" FOREIGN KEY ("episode_id") REFERENCES "injury_episode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "rehab_plan" ADD CONSTRAINT "rehab_plan_template_id_fkey" FOREIGN KEY ("template_id") REFERENCES "protocol_template"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "plan_event" ADD CONSTRAINT "plan_event_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "rehab_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "measurement" ADD CONSTRAINT "measurement_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "measurement" ADD CONSTRAINT "measurement_patient_id_fkey" FOREIGN KEY ("patient_id") REFERENCES "patient"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- The worklist's per-plan summary (issue 13; decision 027). Kept current by the app's writes
-- (syncPlanSummary) and by the scheduled refresh; the rows below are a first fill so an existing
-- database shows its plans at once. Their as_of is NULL, so the first refresh recomputes them
-- with the app's rules (adherence, gates, alerts).
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE "plan_summary" (
    "plan_id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "patient_id" UUID NOT NULL,
    "therapist_id" UUID NOT NULL,
    "patient_name" TEXT NOT NULL,
    "sort_name" TEXT NOT NULL,
    "search_name" TEXT NOT NULL,
    "stage_index" INTEGER NOT NULL,
    "stage_key" TEXT NOT NULL,
    "stage_label" TEXT NOT NULL,
    "stage_number" INTEGER NOT NULL,
    "stage_count" INTEGER NOT NULL,
    "last_activity" DATE,
    "week_adherence" INTEGER,
    "open_warning" INTEGER NOT NULL DEFAULT 0,
    "open_info" INTEGER NOT NULL DEFAULT 0,
    "open_high_pain" INTEGER NOT NULL DEFAULT 0,
    "open_new_swelling" INTEGER NOT NULL DEFAULT 0,
    "open_pain_rise" INTEGER NOT NULL DEFAULT 0,
    "open_inactive" INTEGER NOT NULL DEFAULT 0,
    "open_ready" INTEGER NOT NULL DEFAULT 0,
    "top_alert" TEXT,
    "gates_met" INTEGER NOT NULL,
    "gates_total" INTEGER NOT NULL,
    "gates_all_met" BOOLEAN NOT NULL,
    "as_of" DATE,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "plan_summary_pkey" PRIMARY KEY ("plan_id")
);

CREATE INDEX "plan_summary_clinic_id_therapist_id_idx" ON "plan_summary"("clinic_id", "therapist_id");
CREATE INDEX "plan_summary_clinic_id_stage_number_idx" ON "plan_summary"("clinic_id", "stage_number");
-- The worklist's order ("needs attention first"), so a page is read off the index.
CREATE INDEX "plan_summary_worklist_order_idx" ON "plan_summary"("clinic_id", "open_warning" DESC, "open_info" DESC, "gates_all_met" DESC, "last_activity" ASC NULLS FIRST, "sort_name", "plan_id");
-- Infix name search (LIKE '%term%') for the worklist and the patients list.
CREATE INDEX "plan_summary_search_name_trgm_idx" ON "plan_summary" USING GIN ("search_name" gin_trgm_ops);
CREATE INDEX "patient_search_name_trgm_idx" ON "patient" USING GIN ("search_name" gin_trgm_ops);

ALTER TABLE "plan_summary" ADD CONSTRAINT "plan_summary_plan_id_fkey" FOREIGN KEY ("plan_id") REFERENCES "rehab_plan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

INSERT INTO "plan_summary" (
    "plan_id", "clinic_id", "patient_id", "therapist_id", "patient_name", "sort_name", "search_name",
    "stage_index", "stage_key", "stage_label", "stage_number", "stage_count", "last_activity",
    "open_warning", "open_info", "open_high_pain", "open_new_swelling", "open_pain_rise", "open_inactive", "open_ready",
    "gates_met", "gates_total", "gates_all_met", "as_of", "updated_at")
SELECT rp."id", rp."clinic_id", rp."patient_id", p."therapist_id",
       trim(p."given_name" || ' ' || p."family_name"), lower(p."family_name" || ' ' || p."given_name"), p."search_name",
       rp."current_stage_index",
       coalesce(rp."content" -> 'plan' -> 'stages' -> rp."current_stage_index" ->> 'key', ''),
       coalesce(rp."content" -> 'plan' -> 'stages' -> rp."current_stage_index" ->> 'name', ''),
       rp."current_stage_index" + 1,
       jsonb_array_length(rp."content" -> 'plan' -> 'stages'),
       greatest((SELECT max(l."log_date") FROM "daily_log" l WHERE l."plan_id" = rp."id"),
                (SELECT max(m."measured_on") FROM "measurement" m WHERE m."patient_id" = rp."patient_id")),
       (SELECT count(*) FROM "alert" a WHERE a."plan_id" = rp."id" AND a."acknowledged_at" IS NULL AND a."severity" = 'warning'),
       (SELECT count(*) FROM "alert" a WHERE a."plan_id" = rp."id" AND a."acknowledged_at" IS NULL AND a."severity" = 'info'),
       (SELECT count(*) FROM "alert" a WHERE a."plan_id" = rp."id" AND a."acknowledged_at" IS NULL AND a."kind" = 'HIGH_PAIN'),
       (SELECT count(*) FROM "alert" a WHERE a."plan_id" = rp."id" AND a."acknowledged_at" IS NULL AND a."kind" = 'NEW_SWELLING'),
       (SELECT count(*) FROM "alert" a WHERE a."plan_id" = rp."id" AND a."acknowledged_at" IS NULL AND a."kind" = 'PAIN_RISE'),
       (SELECT count(*) FROM "alert" a WHERE a."plan_id" = rp."id" AND a."acknowledged_at" IS NULL AND a."kind" = 'INACTIVE'),
       (SELECT count(*) FROM "alert" a WHERE a."plan_id" = rp."id" AND a."acknowledged_at" IS NULL AND a."kind" = 'READY_TO_PROGRESS'),
       0,
       coalesce(jsonb_array_length(rp."content" -> 'plan' -> 'stages' -> rp."current_stage_index" -> 'gates'), 0),
       false, NULL, now()
  FROM "rehab_plan" rp
  JOIN "patient" p ON p."id" = rp."patient_id"
 WHERE rp."status" = 'ACTIVE';

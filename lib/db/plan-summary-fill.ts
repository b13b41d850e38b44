/**
 * First rows of plan_summary for active plans that have none (the migration's fill, for a database
 * seeded outside the app: lib/db/seed.ts). Stage, name, last activity and the stored alerts'
 * counts come from SQL; as_of is NULL, so the app's scheduled refresh (lib/server/plan-summary.ts,
 * run at start) recomputes each row with the progress rules: adherence, gates and new alerts.
 */
import type { PrismaClient } from "@/lib/generated/prisma/client";

const FILL = `
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
 WHERE rp."status" = 'ACTIVE'
 ON CONFLICT ("plan_id") DO NOTHING`;

export async function fillPlanSummaries(prisma: Pick<PrismaClient, "$executeRawUnsafe">): Promise<number> {
  return prisma.$executeRawUnsafe(FILL);
}

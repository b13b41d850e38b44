-- Template tables for what decision 028 added to the domain: parallel tracks inside a stage, each
-- a sequence of phases; stated session pain rules; session and subjective gates; clinician notes.
-- A phase is a template_stage row with a track_id, so it keeps its exercises and gates in
-- stage_exercise and stage_gate like any stage (decision 039).

CREATE TABLE "template_track" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "stage_id" UUID NOT NULL,
  "position" INTEGER NOT NULL,
  "key" TEXT NOT NULL,
  "name" TEXT NOT NULL,
  "purpose" TEXT NOT NULL,
  "translations" JSONB,
  CONSTRAINT "template_track_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "template_track_stage_id_fkey" FOREIGN KEY ("stage_id") REFERENCES "template_stage"("id") ON DELETE CASCADE ON UPDATE CASCADE
);
CREATE UNIQUE INDEX "template_track_stage_id_position_key" ON "template_track"("stage_id", "position");
CREATE UNIQUE INDEX "template_track_stage_id_key_key" ON "template_track"("stage_id", "key");

ALTER TABLE "template_stage" ADD COLUMN "track_id" UUID;
ALTER TABLE "template_stage" ADD COLUMN "dose_stage" TEXT;
ALTER TABLE "template_stage" ADD COLUMN "pain_rule" JSONB;
ALTER TABLE "template_stage" ADD CONSTRAINT "template_stage_track_id_fkey" FOREIGN KEY ("track_id") REFERENCES "template_track"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "template_stage" ADD CONSTRAINT "template_stage_pain_rule_object" CHECK ("pain_rule" IS NULL OR jsonb_typeof("pain_rule") = 'object');
-- Only a phase names the stage whose dose rules it follows.
ALTER TABLE "template_stage" ADD CONSTRAINT "template_stage_dose_stage_phase" CHECK ("dose_stage" IS NULL OR "track_id" IS NOT NULL);
-- Stages are numbered within the template, phases within their track: NULLS NOT DISTINCT keeps
-- two top-level stages (track_id NULL) from sharing a position.
DROP INDEX "template_stage_template_id_position_key";
CREATE UNIQUE INDEX "template_stage_template_id_track_id_position_key" ON "template_stage"("template_id", "track_id", "position") NULLS NOT DISTINCT;
CREATE INDEX "template_stage_track_id_idx" ON "template_stage"("track_id");

ALTER TYPE "GateKind" ADD VALUE 'SESSIONS';
ALTER TYPE "GateKind" ADD VALUE 'SUBJECTIVE';
ALTER TABLE "stage_gate" ADD COLUMN "exercise_key" TEXT;
ALTER TABLE "stage_gate" ADD COLUMN "session_count" INTEGER;
ALTER TABLE "stage_gate" ADD COLUMN "max_pain" DECIMAL(4,1);
ALTER TABLE "stage_gate" ADD COLUMN "question" TEXT;
ALTER TABLE "stage_gate" ADD COLUMN "minimum" DECIMAL(4,1);
-- Each kind has its own columns. The kind is compared as text: a value added to an enum cannot
-- be named as an enum literal in the transaction that added it.
ALTER TABLE "stage_gate" DROP CONSTRAINT "stage_gate_shape_check";
ALTER TABLE "stage_gate" ADD CONSTRAINT "stage_gate_shape_check" CHECK (
    ("kind"::text = 'MEASURE' AND "measure" IS NOT NULL AND "comparator" IN ('>=', '<=', '>', '<') AND "threshold" IS NOT NULL)
    OR ("kind"::text = 'CHECK' AND "check_key" IS NOT NULL)
    OR ("kind"::text = 'SESSIONS' AND "exercise_key" IS NOT NULL AND "session_count" >= 1 AND "max_pain" BETWEEN 0 AND 10)
    OR ("kind"::text = 'SUBJECTIVE' AND "question" IS NOT NULL AND "minimum" BETWEEN 0 AND 10)
);

ALTER TABLE "protocol_template" ADD COLUMN "clinician_notes" TEXT[] DEFAULT ARRAY[]::TEXT[];

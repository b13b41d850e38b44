-- A doctor's clearance of an assessment's DVT flag (docs/decisions/015-dvt-clearance.md). A Wells
-- criterion blocks the plan until a same-day medical review has excluded a clot; the therapist
-- records who cleared the patient and when. At most one per assessment. It lifts the DVT flags
-- only: lib/domain/injuries/calf/screen.ts. Like measurement.recorded_by_id, recorded_by_id is
-- the acting user's id without a foreign key.
CREATE TABLE "dvt_clearance" (
    "id" UUID NOT NULL,
    "clinic_id" UUID NOT NULL,
    "episode_id" UUID NOT NULL,
    "cleared_by" TEXT NOT NULL,
    "cleared_on" DATE NOT NULL,
    "note" TEXT,
    "recorded_by_id" UUID NOT NULL,
    "recorded_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "dvt_clearance_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "dvt_clearance_cleared_by_check" CHECK (length(btrim("cleared_by")) BETWEEN 1 AND 200),
    CONSTRAINT "dvt_clearance_note_check" CHECK ("note" IS NULL OR length("note") <= 1000)
);

CREATE UNIQUE INDEX "dvt_clearance_episode_id_key" ON "dvt_clearance"("episode_id");
CREATE INDEX "dvt_clearance_clinic_id_idx" ON "dvt_clearance"("clinic_id");

ALTER TABLE "dvt_clearance" ADD CONSTRAINT "dvt_clearance_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "dvt_clearance" ADD CONSTRAINT "dvt_clearance_episode_id_fkey" FOREIGN KEY ("episode_id") REFERENCES "injury_episode"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

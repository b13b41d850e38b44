-- A clinic's own picture for an exercise (issue 10, point 1): an admin may replace Restride's line
-- drawing with a photo or drawing of their own, for their clinic only. One per clinic and exercise
-- key (shared or the clinic's own exercise), PNG or JPEG (what the PDF renderer reads), at most
-- 2 MB, with alt text in both portal languages. Stored in PostgreSQL so a backup holds it.
CREATE TABLE "exercise_image" (
  "id" UUID NOT NULL DEFAULT gen_random_uuid(),
  "clinic_id" UUID NOT NULL,
  "exercise_key" TEXT NOT NULL,
  "content_type" TEXT NOT NULL,
  "bytes" BYTEA NOT NULL,
  "byte_size" INTEGER NOT NULL,
  "sha256" TEXT NOT NULL,
  "alt_en" TEXT NOT NULL,
  "alt_es" TEXT NOT NULL,
  "created_by_id" UUID,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  CONSTRAINT "exercise_image_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "exercise_image_clinic_id_fkey" FOREIGN KEY ("clinic_id") REFERENCES "clinic"("id") ON DELETE RESTRICT ON UPDATE CASCADE,
  CONSTRAINT "exercise_image_type_check" CHECK ("content_type" IN ('image/png', 'image/jpeg')),
  CONSTRAINT "exercise_image_size_check" CHECK ("byte_size" = octet_length("bytes") AND "byte_size" BETWEEN 1 AND 2097152),
  CONSTRAINT "exercise_image_alt_check" CHECK (length("alt_en") BETWEEN 1 AND 300 AND length("alt_es") BETWEEN 1 AND 300)
);
CREATE UNIQUE INDEX "exercise_image_clinic_id_exercise_key_key" ON "exercise_image" ("clinic_id", "exercise_key");

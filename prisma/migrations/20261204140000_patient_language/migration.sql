-- The patient's preferred language (issue 10, point 4): it sets the portal's language and the
-- default language of the handout download. 'en' or 'es'; every existing patient keeps English.
ALTER TABLE "patient" ADD COLUMN "preferred_language" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "patient" ADD CONSTRAINT "patient_preferred_language_check" CHECK ("preferred_language" IN ('en', 'es'));

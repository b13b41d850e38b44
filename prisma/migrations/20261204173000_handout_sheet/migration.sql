-- Clinic settings for the handout (issue 10 point 3, issue 11 "Clinic settings"): the clinic's
-- postal address, the paper its handouts are printed on (A4 or US Letter) and the language new
-- patients' portal and handout start in. The time zone, phone and emergency number exist already.
ALTER TABLE "clinic" ADD COLUMN "address" TEXT;
ALTER TABLE "clinic" ADD COLUMN "paper_size" TEXT NOT NULL DEFAULT 'A4';
ALTER TABLE "clinic" ADD COLUMN "handout_language" TEXT NOT NULL DEFAULT 'en';
ALTER TABLE "clinic" ADD CONSTRAINT "clinic_paper_size_check" CHECK ("paper_size" IN ('A4', 'LETTER'));
ALTER TABLE "clinic" ADD CONSTRAINT "clinic_handout_language_check" CHECK ("handout_language" IN ('en', 'es'));

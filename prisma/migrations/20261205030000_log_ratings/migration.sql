-- Subjective gates (decision 028): the patient's 0-10 answers to the questions their current
-- stage asks ("How confident do you feel to sprint?"), by gate key, saved with the day's log.
ALTER TABLE "daily_log" ADD COLUMN "ratings" JSONB;
ALTER TABLE "daily_log" ADD CONSTRAINT "daily_log_ratings_object" CHECK ("ratings" IS NULL OR jsonb_typeof("ratings") = 'object');

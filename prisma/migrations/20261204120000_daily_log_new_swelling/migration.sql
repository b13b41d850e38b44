-- The portal's daily log asks "Any new swelling, redness or warmth in the leg?" (issue 9, point
-- 12): true for yes, false for no, null when not answered (every log made before the question).
ALTER TABLE "daily_log" ADD COLUMN "new_swelling" BOOLEAN;

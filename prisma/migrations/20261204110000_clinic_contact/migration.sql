-- Clinic settings (issue 9, point 11): the clinic's phone and the local emergency number, edited by
-- the clinic's admins and printed in the handout's "Stop and get care" box and the portal's care
-- advice. Both optional: unset, the patient is told to call the clinic or the local emergency
-- number in words. No country's number is assumed.
ALTER TABLE "clinic" ADD COLUMN "phone" TEXT;
ALTER TABLE "clinic" ADD COLUMN "emergency_number" TEXT;

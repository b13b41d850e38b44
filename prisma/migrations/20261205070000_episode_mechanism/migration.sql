-- How the injury happened, for kinds whose prognosis depends on it (the hamstring's sprinting vs
-- stretching type, Askling 2013): one of the kind's MechanismOption keys. Null for kinds that ask
-- for none and for assessments recorded before the question was asked; those fall back on
-- "injured while running" (lib/domain/injuries/hamstring/prognosis.ts).
ALTER TABLE "injury_episode" ADD COLUMN "mechanism" TEXT;
ALTER TABLE "injury_episode" ADD CONSTRAINT "injury_episode_mechanism_key" CHECK ("mechanism" IS NULL OR "mechanism" ~ '^[A-Z][A-Z_]{0,39}$');

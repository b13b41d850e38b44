-- First run without SQL (issue 11): `npm start` on a database with no clinic writes a one-time
-- setup code here (its hash) and prints it; /setup creates the first clinic and its admin with it.
CREATE TABLE "setup_code" (
  "id" INTEGER NOT NULL DEFAULT 1,
  "code_hash" TEXT NOT NULL,
  "expires_at" TIMESTAMPTZ(3) NOT NULL,
  "failures" INTEGER NOT NULL DEFAULT 0,
  CONSTRAINT "setup_code_pkey" PRIMARY KEY ("id"),
  CONSTRAINT "setup_code_single_row" CHECK ("id" = 1)
);

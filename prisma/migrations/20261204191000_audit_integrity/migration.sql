-- Audit integrity (issue 11, point 5; decision 026).
-- 1. audit_event is append-only: UPDATE, DELETE and TRUNCATE are refused by triggers, whoever
--    connects (the app's role, a script, a console), short of a superuser disabling the trigger.
-- 2. Each row carries the client's address and user agent when it was written for a request.
-- 3. A hash chain per clinic (rows without a clinic form their own chain): each row stores the
--    hash of the previous row of its chain and its own hash over its content and that link. The
--    chain's head is a row in audit_chain_head taken FOR UPDATE, so concurrent inserts queue and
--    link one after another. `npm run audit:verify` recomputes every hash and follows the links:
--    an edited, deleted or inserted-out-of-band row breaks it.
ALTER TABLE "audit_event" ADD COLUMN "ip" TEXT;
ALTER TABLE "audit_event" ADD COLUMN "user_agent" TEXT;
-- Set by the chain trigger; the default only lets inserts leave them out.
ALTER TABLE "audit_event" ADD COLUMN "prev_hash" TEXT NOT NULL DEFAULT '';
ALTER TABLE "audit_event" ADD COLUMN "hash" TEXT NOT NULL DEFAULT '';

CREATE TABLE "audit_chain_head" (
  "chain" TEXT NOT NULL,
  "hash" TEXT NOT NULL,
  "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT now(),
  CONSTRAINT "audit_chain_head_pkey" PRIMARY KEY ("chain")
);

-- The chain a row belongs to: its clinic, or '-' for rows without one (sign-ins of unknown emails).
CREATE FUNCTION audit_chain_of(clinic UUID) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
  SELECT COALESCE(clinic::text, '-')
$$;

-- The hash of a row given the previous hash of its chain: SHA-256 over every column, in a fixed
-- order, with the timestamp in UTC to the millisecond. One definition for the trigger and verify.
CREATE FUNCTION audit_event_hash(e "audit_event", prev TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws(E'\x1f',
    prev, e.id::text, COALESCE(e.clinic_id::text, ''), COALESCE(e.actor_user_id::text, ''),
    COALESCE(e.actor_role::text, ''), e.action, COALESCE(e.entity_type, ''), COALESCE(e.entity_id, ''),
    COALESCE(e.patient_id::text, ''), e.outcome::text, COALESCE(e.detail::text, ''),
    to_char(e.created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS'),
    COALESCE(e.ip, ''), COALESCE(e.user_agent, '')), 'UTF8')), 'hex')
$$;

CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  head TEXT;
BEGIN
  INSERT INTO audit_chain_head (chain, hash) VALUES (audit_chain_of(NEW.clinic_id), '') ON CONFLICT (chain) DO NOTHING;
  SELECT hash INTO head FROM audit_chain_head WHERE chain = audit_chain_of(NEW.clinic_id) FOR UPDATE;
  NEW.prev_hash := head;
  NEW.hash := audit_event_hash(NEW, head);
  UPDATE audit_chain_head SET hash = NEW.hash, updated_at = now() WHERE chain = audit_chain_of(NEW.clinic_id);
  RETURN NEW;
END
$$;

CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_event is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

-- Existing rows are chained once, in id order, before the guards go on.
DO $$
DECLARE
  r "audit_event";
  head TEXT;
BEGIN
  FOR r IN SELECT * FROM "audit_event" ORDER BY id LOOP
    SELECT hash INTO head FROM audit_chain_head WHERE chain = audit_chain_of(r.clinic_id);
    head := COALESCE(head, '');
    r.prev_hash := head;
    r.hash := audit_event_hash(r, head);
    UPDATE "audit_event" SET prev_hash = r.prev_hash, hash = r.hash WHERE id = r.id;
    INSERT INTO audit_chain_head (chain, hash) VALUES (audit_chain_of(r.clinic_id), r.hash)
      ON CONFLICT (chain) DO UPDATE SET hash = EXCLUDED.hash, updated_at = now();
  END LOOP;
END
$$;

CREATE UNIQUE INDEX "audit_event_hash_key" ON "audit_event" ("hash");

CREATE TRIGGER audit_event_chain BEFORE INSERT ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_chain();
CREATE TRIGGER audit_event_no_update BEFORE UPDATE OR DELETE ON "audit_event" FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON "audit_event" FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();

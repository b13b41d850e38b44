-- Session limits and staff administration (issue 11, docs/decisions/022).
-- last_active_at: the idle timeout counts from it (written at most once a minute per user).
-- last_sign_in_at: shown on the clinic's staff page.
ALTER TABLE "app_user" ADD COLUMN "last_active_at" TIMESTAMPTZ(3);
ALTER TABLE "app_user" ADD COLUMN "last_sign_in_at" TIMESTAMPTZ(3);

-- A new password or a reactivated account ends every older session, however the row is changed
-- (the app, a script, or SQL by hand): sessions carry session_version (decision 003).
CREATE FUNCTION app_user_end_sessions() RETURNS trigger AS $$
BEGIN
  IF NEW.password_hash IS DISTINCT FROM OLD.password_hash OR (NEW.active AND NOT OLD.active) THEN
    NEW.session_version := GREATEST(NEW.session_version, OLD.session_version + 1);
  END IF;
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER app_user_end_sessions BEFORE UPDATE ON "app_user"
  FOR EACH ROW EXECUTE FUNCTION app_user_end_sessions();

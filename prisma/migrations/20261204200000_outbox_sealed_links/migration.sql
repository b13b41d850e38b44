-- Outbox links are no longer kept in clear text (issue 11, point 7; decision 033): the body
-- holds {{link}} and the link is sealed in link_sealed by the app. Links already queued cannot be
-- sealed here (the key is the app's), so they are removed: the clinic sends a new one.
ALTER TABLE "outbox_message" ADD COLUMN "link_sealed" TEXT;
UPDATE "outbox_message" SET "body" = regexp_replace("body", '\S+/invite/\S+', '{{link}}', 'g')
 WHERE "body" ~ '/invite/';

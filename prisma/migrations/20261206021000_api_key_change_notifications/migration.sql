-- API servers keep the keys they authenticated in memory; every change that could make a cached
-- key wrong (revoked, scopes changed, deleted, its shop renamed or changed) tells them at commit
-- (NOTIFY is delivered only when the transaction commits), so a revoked key stops at once on every
-- process. The payload is the key's hash, or '*' when a shop changed: forget all its keys.
CREATE FUNCTION notify_api_key_change() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF TG_TABLE_NAME = 'ApiKey' THEN
    PERFORM pg_notify('api_key_changed', OLD.hash);
  ELSE
    PERFORM pg_notify('api_key_changed', '*');
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "ApiKey_notify_change"
AFTER UPDATE OF "revokedAt", scopes, hash, "shopId" OR DELETE ON "ApiKey"
FOR EACH ROW EXECUTE FUNCTION notify_api_key_change();

CREATE TRIGGER "Shop_notify_api_key_change"
AFTER UPDATE OF name, kind, currency OR DELETE ON "Shop"
FOR EACH ROW EXECUTE FUNCTION notify_api_key_change();

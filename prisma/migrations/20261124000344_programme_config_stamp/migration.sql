-- AlterTable
ALTER TABLE "ProgrammeSettings" ADD COLUMN     "configStamp" UUID NOT NULL DEFAULT gen_random_uuid();

-- Hand-written: any change of the settings or of the earn rules replaces the stamp, in the
-- transaction of the change, so a cached copy is never used past it.
CREATE FUNCTION programme_settings_restamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW."configStamp" := gen_random_uuid();
  RETURN NEW;
END
$$;
CREATE TRIGGER programme_settings_restamp BEFORE UPDATE ON "ProgrammeSettings"
  FOR EACH ROW EXECUTE FUNCTION programme_settings_restamp();

CREATE FUNCTION earn_rules_restamp() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  UPDATE "ProgrammeSettings" SET "configStamp" = gen_random_uuid();
  RETURN NULL;
END
$$;
CREATE TRIGGER earn_rules_restamp AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "EarnRule"
  FOR EACH STATEMENT EXECUTE FUNCTION earn_rules_restamp();

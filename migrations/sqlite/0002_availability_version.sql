-- A version on every clinic day and centre, raised by the database itself on
-- every update, so that a cached answer about places left can be checked
-- against one cheap sum: any committed write (a hold, a registration, a
-- cancellation, a quota change, a closure, a centre edit) changes the sum.
ALTER TABLE clinic_days ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE centres ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
CREATE INDEX clinic_days_day_version ON clinic_days (day, version);

CREATE TRIGGER clinic_days_version AFTER UPDATE ON clinic_days
FOR EACH ROW WHEN NEW.version = OLD.version
BEGIN
    UPDATE clinic_days SET version = OLD.version + 1 WHERE id = NEW.id;
END;

CREATE TRIGGER centres_version AFTER UPDATE ON centres
FOR EACH ROW WHEN NEW.version = OLD.version
BEGIN
    UPDATE centres SET version = OLD.version + 1 WHERE id = NEW.id;
END;

-- What the team's report says after a completed joint assessment: the day
-- it was written and the services it recommends (a JSON list of service
-- names), with a note for the family, beside the re-assessment date already
-- kept in report_reassess_date. Rows without a report keep the defaults.
ALTER TABLE registrations ADD COLUMN report_written_on TEXT;
ALTER TABLE registrations ADD COLUMN report_services TEXT NOT NULL DEFAULT '[]';
ALTER TABLE registrations ADD COLUMN report_note TEXT NOT NULL DEFAULT '';

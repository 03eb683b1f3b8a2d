-- Dashboards (issue 13): where a child lives, as the family or the referrer
-- gives it (optional; a district of Taoyuan by its stored name), so that the
-- city sees need by district; and indexes for the dashboards' period scans.
ALTER TABLE registrations ADD COLUMN home_district TEXT;
ALTER TABLE waitlist ADD COLUMN home_district TEXT;
ALTER TABLE referrals ADD COLUMN home_district TEXT;
CREATE INDEX referrals_reported ON referrals (reported_on);
CREATE INDEX cases_opened ON cases (opened_on);
CREATE INDEX meals_created ON meals (created_at);
CREATE INDEX cases_registration ON cases (registration_id);
CREATE INDEX waitlist_offers_entry ON waitlist_offers (entry_id);

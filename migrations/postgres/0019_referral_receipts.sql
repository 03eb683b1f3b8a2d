-- Each referral's own receipt: the number its reporter and the family are
-- given. The case number is for the referral centre's staff only, so the
-- answer to a referral never tells whether the child already had a case.
-- Referrals made before keep a receipt made from their id.
ALTER TABLE referrals ADD COLUMN receipt TEXT;
UPDATE referrals SET receipt = 'RF-' || id;
CREATE UNIQUE INDEX referrals_receipt_key ON referrals (receipt);

-- Which of the family's contacts (a keyed hash of the phone and e-mail a
-- referral gave) have been told of a case: the family hears once per
-- contact and case, however many referrals join it, and whoever refers
-- cannot tell from the messages whether the case was new.
CREATE TABLE referral_contacts (
    case_id BIGINT NOT NULL REFERENCES cases (id),
    contact_key TEXT NOT NULL,
    PRIMARY KEY (case_id, contact_key)
);

-- Text messages as a second channel. The SMS outbox is written in the same
-- transaction as the change a message reports, like mail; the server's SMS
-- job sends what is due through the gateway (or into files) with back-off.
CREATE TABLE sms_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    to_phone TEXT NOT NULL,
    body TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    last_error TEXT,
    sent_at BIGINT,
    -- Set when the gateway refused the message for good (a bad number):
    -- kept, never retried.
    refused_at BIGINT
);
CREATE INDEX sms_outbox_due ON sms_outbox (sent_at, next_attempt_at);

-- How each family chose to hear (sms, mail or both) and in which language.
-- Registrations made before get what they gave the means for: text messages
-- to a mobile number, e-mail to an address, both when they gave both.
ALTER TABLE registrations ADD COLUMN channels TEXT NOT NULL DEFAULT 'sms'
    CHECK (channels IN ('sms', 'mail', 'both'));
ALTER TABLE registrations ADD COLUMN lang TEXT NOT NULL DEFAULT 'zh-Hant-TW'
    CHECK (lang IN ('zh-Hant-TW', 'en'));
UPDATE registrations SET channels = CASE WHEN phone LIKE '09%' THEN 'both' ELSE 'mail' END
    WHERE email IS NOT NULL;

-- Whether the family was reminded that the re-assessment window opened
-- (two months before the date in the report); sent once.
ALTER TABLE registrations ADD COLUMN reassess_reminded BIGINT NOT NULL DEFAULT 0;

-- Therapy providers the family may turn to after the assessment: the
-- services each offers (a JSON list of service names) and where it is.
CREATE TABLE therapy_providers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name_zh_tw TEXT NOT NULL,
    name_en TEXT NOT NULL,
    district TEXT NOT NULL,
    services TEXT NOT NULL,
    phone TEXT NOT NULL,
    address_zh_tw TEXT NOT NULL,
    address_en TEXT NOT NULL,
    is_demo BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

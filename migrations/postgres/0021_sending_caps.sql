-- A message whose destination had had its day's share when it came due is
-- kept, with the time, and never sent (`domain::platform::sending`).
ALTER TABLE sms_outbox ADD COLUMN capped_at BIGINT;
ALTER TABLE mail_outbox ADD COLUMN capped_at BIGINT;
-- What the caps count: sent per destination in a day, sent in all in an hour.
CREATE INDEX sms_outbox_to_sent ON sms_outbox (to_phone, sent_at);
CREATE INDEX sms_outbox_sent ON sms_outbox (sent_at);
CREATE INDEX mail_outbox_to_sent ON mail_outbox (to_addr, sent_at);
CREATE INDEX mail_outbox_sent ON mail_outbox (sent_at);

-- Wrong birth dates given with a booking or waitlist reference: after a few
-- within an hour the reference is locked for an hour (the rule is
-- domain::booking::guesses). Kept for any well-formed reference, existing or
-- not, so that a lock says nothing about which references exist.
CREATE TABLE reference_guesses (
    reference TEXT PRIMARY KEY,
    wrong BIGINT NOT NULL CHECK (wrong >= 0),
    first_at BIGINT NOT NULL,
    locked_until BIGINT NOT NULL DEFAULT 0
);
CREATE INDEX reference_guesses_first_at ON reference_guesses (first_at);

-- Two-step sign-in for staff and administrators: the authenticator app's
-- secret (encrypted with the server's key) and the last time step whose code
-- was accepted, so that a code signs in once. An administrator can require
-- it for the roles of their government (`second_factor_rules`).
ALTER TABLE users ADD COLUMN totp_secret TEXT;
ALTER TABLE users ADD COLUMN totp_last_step BIGINT;
CREATE TABLE second_factor_rules (
    role TEXT PRIMARY KEY,
    set_by BIGINT NOT NULL REFERENCES users (id),
    set_at BIGINT NOT NULL
);

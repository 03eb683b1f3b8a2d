-- A self-registration waits here until its holder opens the link mailed to
-- the address: only then are the account (and the restaurant a cook brings)
-- created. The token is kept as a hash; an unconfirmed sign-up expires.
-- Several may wait for one address: nobody can hold an address by signing
-- up with it first.
CREATE TABLE signups (
    token_hash TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL,
    workplace_name TEXT,
    workplace_area TEXT,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX signups_expires_at ON signups (expires_at);

-- Failed sign-ins per account across every client (keyed hash of the
-- e-mail, so unknown addresses count too and nothing tells whether an
-- account exists): past a few, each attempt on the account waits a little
-- longer before its password is checked. Cleared by a successful sign-in.
CREATE TABLE sign_in_failures (
    account_key TEXT PRIMARY KEY,
    failures BIGINT NOT NULL,
    last_at BIGINT NOT NULL
);

-- The clients (a keyed hash of the address, an IPv6 client by its /64) an
-- account has signed in from: a sign-in from a new one is told to the
-- holder, with the failures before it.
CREATE TABLE sign_in_clients (
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    client_key TEXT NOT NULL,
    first_at BIGINT NOT NULL,
    PRIMARY KEY (user_id, client_key)
);

-- A value sealed with the secret key, opened at every start (issue 33): a
-- server given another key refuses to start instead of reading nothing and
-- recognising no child. `server rotate-key` moves it with every other
-- encrypted column, in the same transaction.
CREATE TABLE key_check (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    sealed TEXT NOT NULL
);

-- A password an administrator set (a new staff account, or a reset) must be
-- changed by its holder at the first sign-in.
ALTER TABLE users ADD COLUMN must_change_password BIGINT NOT NULL DEFAULT 0;

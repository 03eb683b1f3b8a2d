-- Rate limits shared by several instances on one database (SHARED_LIMITS):
-- each key's theoretical arrival time in milliseconds (GCRA), moved on by
-- one conditional upsert per request. Rows whose budget is full again are
-- dropped by a job.
CREATE TABLE rate_limits (
    key TEXT PRIMARY KEY,
    tat BIGINT NOT NULL
);

-- The slow-food restaurant certification: the county's criteria in
-- editions, applications with the restaurant's declarations and the
-- figures they were judged on, each step of the review, and certificates.

CREATE TABLE certification_criteria (
    edition BIGINT PRIMARY KEY,
    criteria TEXT NOT NULL,
    note TEXT NOT NULL,
    created_by BIGINT REFERENCES users (id),
    created_at BIGINT NOT NULL
);

-- One open application per restaurant (submitted, or sent back for
-- changes): the partial unique index refuses a second one.
CREATE TABLE certification_applications (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    restaurant_id BIGINT NOT NULL REFERENCES restaurants (id),
    criteria_edition BIGINT NOT NULL REFERENCES certification_criteria (edition),
    status TEXT NOT NULL CHECK (status IN ('submitted', 'changes_requested', 'approved', 'rejected')),
    declaration TEXT NOT NULL,
    measures TEXT NOT NULL,
    submitted_at BIGINT NOT NULL,
    decided_at BIGINT,
    decided_by BIGINT REFERENCES users (id),
    decision_note TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX certification_applications_one_open ON certification_applications (restaurant_id)
    WHERE status IN ('submitted', 'changes_requested');

-- Every step: submitted, resubmitted, approved, rejected, changes
-- requested, revoked (the record the county and the restaurant read).
CREATE TABLE certification_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    application_id BIGINT NOT NULL REFERENCES certification_applications (id),
    action TEXT NOT NULL,
    note TEXT NOT NULL,
    actor_user_id BIGINT NOT NULL REFERENCES users (id),
    at BIGINT NOT NULL
);
CREATE INDEX certification_events_application ON certification_events (application_id, at);

-- A certificate per approved application; one current (neither revoked nor
-- replaced by a renewal) per restaurant.
CREATE TABLE certificates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    number TEXT NOT NULL UNIQUE,
    restaurant_id BIGINT NOT NULL REFERENCES restaurants (id),
    application_id BIGINT NOT NULL UNIQUE REFERENCES certification_applications (id),
    level TEXT NOT NULL CHECK (level IN ('basic', 'advanced', 'exemplary')),
    issued_on TEXT NOT NULL,
    expires_on TEXT NOT NULL,
    revoked_at BIGINT,
    revoke_reason TEXT NOT NULL DEFAULT '',
    replaced_at BIGINT
);
CREATE UNIQUE INDEX certificates_one_current ON certificates (restaurant_id)
    WHERE revoked_at IS NULL AND replaced_at IS NULL;

-- Photos and documents a restaurant sends as evidence of what it declares
-- (JPEG, PNG or PDF, known by their content, at most 5 MB each). They wait
-- unattached until the restaurant applies, then belong to the application.
CREATE TABLE certification_evidence (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    restaurant_id BIGINT NOT NULL REFERENCES restaurants (id),
    application_id BIGINT REFERENCES certification_applications (id),
    topic TEXT NOT NULL CHECK (topic IN ('waste', 'packaging')),
    file_name TEXT NOT NULL,
    format TEXT NOT NULL CHECK (format IN ('jpeg', 'png', 'pdf')),
    data BLOB NOT NULL,
    size BIGINT NOT NULL CHECK (size BETWEEN 1 AND 5242880),
    uploaded_by BIGINT NOT NULL REFERENCES users (id),
    uploaded_at BIGINT NOT NULL
);
CREATE INDEX certification_evidence_restaurant ON certification_evidence (restaurant_id, application_id);

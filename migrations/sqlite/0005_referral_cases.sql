-- Referrals (通報) and the city's referral cases. Two new kinds of account:
-- reporters at institutions (bound to their institution) and case managers
-- at the city's referral centre. SQLite cannot change a CHECK constraint in
-- place, so the users table is rebuilt by SQLite's documented procedure
-- (create, copy, drop, rename). The server runs the SQLite migrations with
-- foreign keys off and checks every reference afterwards (server/src/db.rs).

CREATE TABLE institutions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name_zh_tw TEXT NOT NULL,
    name_en TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('school', 'medical', 'social_welfare')),
    district TEXT NOT NULL,
    is_demo BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE TABLE users_new (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('parent', 'centre_staff', 'city_admin', 'restaurant_staff', 'county_admin', 'reporter', 'case_manager')),
    display_name TEXT NOT NULL,
    centre_id BIGINT REFERENCES centres (id),
    restaurant_id BIGINT REFERENCES restaurants (id),
    institution_id BIGINT REFERENCES institutions (id),
    active BIGINT NOT NULL DEFAULT 1,
    is_demo BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_centre_binding CHECK ((role = 'centre_staff') = (centre_id IS NOT NULL)),
    CONSTRAINT users_restaurant_binding CHECK ((role = 'restaurant_staff') = (restaurant_id IS NOT NULL)),
    CONSTRAINT users_institution_binding CHECK ((role = 'reporter') = (institution_id IS NOT NULL))
);
INSERT INTO users_new (id, email, password_hash, role, display_name, centre_id, restaurant_id, active, is_demo, created_at)
    SELECT id, email, password_hash, role, display_name, centre_id, restaurant_id, active, is_demo, created_at FROM users;
DROP TABLE users;
ALTER TABLE users_new RENAME TO users;

-- One case per child while it is open; a closed case keeps its outcome.
CREATE TABLE cases (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    number TEXT NOT NULL,
    child_key TEXT NOT NULL,
    open BIGINT NOT NULL,
    national_id_enc TEXT NOT NULL,
    national_id_masked TEXT NOT NULL,
    child_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    guardian_name TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT,
    opened_on TEXT NOT NULL,
    contact_due TEXT NOT NULL,
    first_contact_on TEXT,
    assigned_to BIGINT REFERENCES users (id),
    registration_id BIGINT REFERENCES registrations (id),
    outcome TEXT CHECK (outcome IN ('assessed', 'family_declined', 'unreachable', 'moved_away', 'already_in_services')),
    closed_on TEXT,
    is_demo BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT cases_number_key UNIQUE (number),
    CONSTRAINT cases_open_matches_outcome CHECK (open = CASE WHEN outcome IS NULL THEN 1 ELSE 0 END)
);
CREATE UNIQUE INDEX one_open_case_per_child ON cases (child_key) WHERE open = 1;
CREATE INDEX cases_open ON cases (open, contact_due);

-- Each referral of the child; the first opened the case, later ones attach.
CREATE TABLE referrals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id BIGINT NOT NULL REFERENCES cases (id),
    reporter_user_id BIGINT REFERENCES users (id),
    institution_id BIGINT REFERENCES institutions (id),
    reporter_kind TEXT NOT NULL CHECK (reporter_kind IN ('school', 'medical', 'social_welfare', 'family')),
    reporter_name TEXT NOT NULL,
    observed_on TEXT NOT NULL,
    reported_on TEXT NOT NULL,
    observation TEXT NOT NULL,
    domains TEXT NOT NULL,
    screening TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX referrals_case ON referrals (case_id);
CREATE INDEX referrals_reporter ON referrals (reporter_user_id);

-- What the referral centre did: contacts with the family, assignment,
-- booking and closing, in order.
CREATE TABLE case_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    case_id BIGINT NOT NULL REFERENCES cases (id),
    at BIGINT NOT NULL,
    actor_user_id BIGINT REFERENCES users (id),
    kind TEXT NOT NULL,
    on_date TEXT NOT NULL,
    method TEXT,
    reached BIGINT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_events_case ON case_events (case_id);

ALTER TABLE audit_log ADD COLUMN case_id BIGINT REFERENCES cases (id);

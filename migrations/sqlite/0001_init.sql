-- Platform, booking and meals schema (SQLite). Mirrors ../postgres/0001_init.sql.
-- Instants are UTC epoch seconds (BIGINT); dates are ISO 'YYYY-MM-DD' text;
-- flags are 0/1 integers, so that one query text serves both databases.

CREATE TABLE centres (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name_zh_tw TEXT NOT NULL,
    name_en TEXT NOT NULL,
    district TEXT NOT NULL,
    address_zh_tw TEXT NOT NULL,
    address_en TEXT NOT NULL,
    phone TEXT NOT NULL,
    disciplines TEXT NOT NULL,
    checkin_time TEXT NOT NULL,
    notes_zh_tw TEXT NOT NULL DEFAULT '',
    notes_en TEXT NOT NULL DEFAULT '',
    active BIGINT NOT NULL DEFAULT 1,
    is_demo BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE TABLE restaurants (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name_zh_tw TEXT NOT NULL,
    name_en TEXT NOT NULL,
    district TEXT NOT NULL,
    is_demo BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL
);

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('parent', 'centre_staff', 'city_admin', 'restaurant_staff', 'county_admin')),
    display_name TEXT NOT NULL,
    centre_id BIGINT REFERENCES centres (id),
    restaurant_id BIGINT REFERENCES restaurants (id),
    active BIGINT NOT NULL DEFAULT 1,
    is_demo BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email),
    CONSTRAINT users_centre_binding CHECK ((role = 'centre_staff') = (centre_id IS NOT NULL)),
    CONSTRAINT users_restaurant_binding CHECK ((role = 'restaurant_staff') = (restaurant_id IS NOT NULL))
);

CREATE TABLE sessions (
    id_hash TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_expires ON sessions (expires_at);

CREATE TABLE clinic_days (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    centre_id BIGINT NOT NULL REFERENCES centres (id),
    day TEXT NOT NULL,
    quota_total BIGINT NOT NULL,
    quota_reserved BIGINT NOT NULL,
    taken_general BIGINT NOT NULL DEFAULT 0,
    taken_reserved BIGINT NOT NULL DEFAULT 0,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    closure_note_zh_tw TEXT NOT NULL DEFAULT '',
    closure_note_en TEXT NOT NULL DEFAULT '',
    session_plan TEXT NOT NULL,
    checkin_time TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    CONSTRAINT clinic_days_centre_day UNIQUE (centre_id, day),
    CONSTRAINT clinic_days_quota CHECK (quota_total BETWEEN 1 AND 60 AND quota_reserved BETWEEN 0 AND quota_total),
    CONSTRAINT clinic_days_places CHECK (
        taken_general >= 0 AND taken_reserved >= 0
        AND taken_general <= quota_total - quota_reserved
        AND taken_reserved <= quota_reserved)
);
CREATE INDEX clinic_days_day ON clinic_days (day);

CREATE TABLE holds (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    token_hash TEXT NOT NULL UNIQUE,
    clinic_day_id BIGINT NOT NULL REFERENCES clinic_days (id),
    pool TEXT NOT NULL CHECK (pool IN ('general', 'reserved')),
    under3 BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX holds_expiry ON holds (expires_at);
CREATE INDEX holds_day ON holds (clinic_day_id);

CREATE TABLE registrations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    clinic_day_id BIGINT NOT NULL REFERENCES clinic_days (id),
    pool TEXT NOT NULL CHECK (pool IN ('general', 'reserved')),
    status TEXT NOT NULL CHECK (status IN ('submitted', 'confirmed', 'checked_in', 'completed', 'no_show', 'ineligible', 'cancelled')),
    active BIGINT NOT NULL,
    child_key TEXT NOT NULL,
    national_id_enc TEXT NOT NULL,
    national_id_masked TEXT NOT NULL,
    child_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    due_date TEXT,
    filled_by TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT,
    previous_assessment_date TEXT,
    previous_reassess_date TEXT,
    high_risk TEXT NOT NULL,
    problem_domains TEXT NOT NULL,
    notes TEXT NOT NULL DEFAULT '',
    fast_track BIGINT NOT NULL DEFAULT 0,
    needs_approval BIGINT NOT NULL DEFAULT 0,
    user_id BIGINT REFERENCES users (id),
    status_reason TEXT,
    report_reassess_date TEXT,
    reminder_sent BIGINT NOT NULL DEFAULT 0,
    is_demo BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    CONSTRAINT registrations_active_matches_status CHECK (
        active = CASE WHEN status IN ('submitted', 'confirmed', 'checked_in') THEN 1 ELSE 0 END)
);
-- The city-wide rule: at most one active registration per child, whatever the centre.
CREATE UNIQUE INDEX one_active_registration_per_child ON registrations (child_key) WHERE active = 1;
CREATE INDEX registrations_day ON registrations (clinic_day_id);
CREATE INDEX registrations_user ON registrations (user_id);
CREATE INDEX registrations_child ON registrations (child_key);

CREATE TABLE registration_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    registration_id BIGINT NOT NULL REFERENCES registrations (id),
    at BIGINT NOT NULL,
    actor_user_id BIGINT REFERENCES users (id),
    from_status TEXT,
    to_status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX registration_events_reg ON registration_events (registration_id);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at BIGINT NOT NULL,
    actor_user_id BIGINT NOT NULL REFERENCES users (id),
    action TEXT NOT NULL,
    registration_id BIGINT REFERENCES registrations (id),
    centre_id BIGINT REFERENCES centres (id),
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_centre ON audit_log (centre_id);

CREATE TABLE mail_outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    to_addr TEXT NOT NULL,
    subject TEXT NOT NULL,
    body TEXT NOT NULL,
    ics TEXT,
    created_at BIGINT NOT NULL,
    next_attempt_at BIGINT NOT NULL,
    attempts BIGINT NOT NULL DEFAULT 0,
    last_error TEXT,
    sent_at BIGINT
);
CREATE INDEX mail_outbox_due ON mail_outbox (sent_at, next_attempt_at);

CREATE TABLE standard_editions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    edition BIGINT NOT NULL UNIQUE,
    data TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_by BIGINT REFERENCES users (id),
    created_at BIGINT NOT NULL
);

CREATE TABLE meals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    restaurant_id BIGINT NOT NULL REFERENCES restaurants (id),
    slug TEXT NOT NULL UNIQUE,
    name_zh_tw TEXT NOT NULL,
    name_en TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('lunch_box', 'dish')),
    spec TEXT NOT NULL,
    edition BIGINT NOT NULL,
    total_kg REAL NOT NULL,
    band TEXT NOT NULL,
    result TEXT NOT NULL,
    on_menu BIGINT NOT NULL DEFAULT 1,
    created_by BIGINT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX meals_restaurant ON meals (restaurant_id);

-- The waitlist: families whose preferred days are full wait for one centre,
-- or for any centre in the districts they chose, from a date on. The order
-- of offers is the domain's rule (domain::booking::waitlist).
CREATE TABLE waitlist (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    reference TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('waiting', 'booked', 'left')),
    active BIGINT NOT NULL,
    child_key TEXT NOT NULL,
    national_id_enc TEXT NOT NULL,
    national_id_masked TEXT NOT NULL,
    child_name TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    due_date TEXT,
    previous_assessment_date TEXT,
    previous_reassess_date TEXT,
    high_risk TEXT NOT NULL,
    problem_domains TEXT NOT NULL,
    filled_by TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT,
    notes TEXT NOT NULL DEFAULT '',
    channels TEXT NOT NULL CHECK (channels IN ('sms', 'mail', 'both')),
    lang TEXT NOT NULL CHECK (lang IN ('zh-Hant-TW', 'en')),
    user_id BIGINT REFERENCES users (id),
    -- A re-assessment waits behind first assessments.
    first_assessment BIGINT NOT NULL,
    -- One centre, or a JSON list of districts: exactly one of the two.
    wish_centre_id BIGINT REFERENCES centres (id),
    wish_districts TEXT NOT NULL DEFAULT '[]',
    wish_from TEXT NOT NULL,
    joined_at BIGINT NOT NULL,
    ended_at BIGINT,
    -- The registration that ended the wait, when the child was booked.
    registration_id BIGINT REFERENCES registrations (id),
    is_demo BIGINT NOT NULL DEFAULT 0,
    CONSTRAINT waitlist_active_matches_status CHECK (active = CASE WHEN status = 'waiting' THEN 1 ELSE 0 END),
    CONSTRAINT waitlist_one_wish CHECK ((wish_centre_id IS NULL) <> (wish_districts = '[]'))
);
-- One child, one wait at a time (and, with child_locks below, not while booked).
CREATE UNIQUE INDEX one_wait_per_child ON waitlist (child_key) WHERE active = 1;
CREATE INDEX waitlist_active ON waitlist (active, wish_from);

-- An offer holds a freed place for one waiting family: the place is taken
-- on the day's counters by a hold (holds.token_hash = hold_hash) that runs
-- out with the offer, so nobody else can book it meanwhile.
CREATE TABLE waitlist_offers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    entry_id BIGINT NOT NULL REFERENCES waitlist (id),
    clinic_day_id BIGINT NOT NULL REFERENCES clinic_days (id),
    pool TEXT NOT NULL CHECK (pool IN ('general', 'reserved')),
    hold_hash TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL CHECK (status IN ('open', 'accepted', 'declined', 'expired', 'withdrawn')),
    open BIGINT NOT NULL,
    expires_at BIGINT NOT NULL,
    created_at BIGINT NOT NULL,
    answered_at BIGINT,
    registration_id BIGINT REFERENCES registrations (id),
    CONSTRAINT waitlist_offers_open_matches_status CHECK (open = CASE WHEN status = 'open' THEN 1 ELSE 0 END)
);
-- A family never holds two offers at once.
CREATE UNIQUE INDEX one_open_offer_per_family ON waitlist_offers (entry_id) WHERE open = 1;
CREATE INDEX waitlist_offers_day ON waitlist_offers (clinic_day_id, status);
CREATE INDEX waitlist_offers_created ON waitlist_offers (created_at);

-- One row per child, upserted first by every change of a child's booking
-- or wait: on PostgreSQL the upsert locks the row, so a booking and a join
-- of the same child run one after the other and each sees the other's
-- result (SQLite has one writer at a time anyway).
CREATE TABLE child_locks (
    child_key TEXT PRIMARY KEY
);

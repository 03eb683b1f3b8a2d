-- Farm to table, first part: the county approves a restaurant before it is
-- public, and restaurants keep their suppliers, some picked from the
-- county's directory of local farms.

-- A restaurant is pending until the county approves it; the restaurants
-- that were public before this migration stay so. The reason is the
-- county's last word to the restaurant (required to suspend).
ALTER TABLE restaurants ADD COLUMN listing TEXT NOT NULL DEFAULT 'pending' CHECK (listing IN ('pending', 'approved', 'suspended'));
ALTER TABLE restaurants ADD COLUMN listing_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE restaurants ADD COLUMN listing_changed_at BIGINT;
UPDATE restaurants SET listing = 'approved';

-- Every decision, for the county's record and the restaurant's history.
CREATE TABLE restaurant_listing_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    restaurant_id BIGINT NOT NULL REFERENCES restaurants (id),
    listing TEXT NOT NULL CHECK (listing IN ('pending', 'approved', 'suspended')),
    reason TEXT NOT NULL,
    actor_user_id BIGINT NOT NULL REFERENCES users (id),
    at BIGINT NOT NULL
);
CREATE INDEX restaurant_listing_log_restaurant ON restaurant_listing_log (restaurant_id, at);

-- A supplier belongs to one restaurant, or (restaurant_id NULL) to the
-- county's public directory. Its place is a Taitung township or another
-- city or county of Taiwan (domain::meals::locality), its location is in
-- decimal degrees. A farming certificate is all there or not at all.
CREATE TABLE suppliers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    restaurant_id BIGINT REFERENCES restaurants (id),
    kind TEXT NOT NULL CHECK (kind IN ('farm', 'fishery', 'market', 'wholesaler', 'shop')),
    name_zh_tw TEXT NOT NULL,
    name_en TEXT NOT NULL,
    locality TEXT NOT NULL,
    lat REAL NOT NULL CHECK (lat BETWEEN 21.7 AND 26.5),
    lon REAL NOT NULL CHECK (lon BETWEEN 118.0 AND 122.2),
    certification TEXT CHECK (certification IN ('organic', 'eco_friendly')),
    certificate_number TEXT,
    certificate_body TEXT,
    certificate_expires TEXT,
    is_demo BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    CONSTRAINT suppliers_certificate_whole CHECK (
        (certification IS NULL AND certificate_number IS NULL AND certificate_body IS NULL AND certificate_expires IS NULL)
        OR (certification IS NOT NULL AND certificate_number IS NOT NULL AND certificate_body IS NOT NULL AND certificate_expires IS NOT NULL)
    )
);
CREATE INDEX suppliers_restaurant ON suppliers (restaurant_id);

-- What a supplier grows or catches and in which months (January = bit 0),
-- and which of the standard's ingredients it is, when it is one (the
-- builder proposes local, in-season alternatives by it).
CREATE TABLE supplier_produce (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    supplier_id BIGINT NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
    name_zh_tw TEXT NOT NULL,
    name_en TEXT NOT NULL,
    months BIGINT NOT NULL CHECK (months BETWEEN 1 AND 4095),
    ingredient_id TEXT
);
CREATE INDEX supplier_produce_supplier ON supplier_produce (supplier_id);

-- A restaurant's list of suppliers: its own and those picked from the
-- directory, each once.
CREATE TABLE restaurant_suppliers (
    restaurant_id BIGINT NOT NULL REFERENCES restaurants (id),
    supplier_id BIGINT NOT NULL REFERENCES suppliers (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    PRIMARY KEY (restaurant_id, supplier_id)
);

-- Which client (its address, or its /64) placed a hold, so that one client
-- cannot hold a day's places: at most a few at once (the limit is a
-- setting). Holds of waitlist offers have none. The lock row serialises one
-- client's holds, so that two at once cannot both pass the count.
ALTER TABLE holds ADD COLUMN client_key TEXT;
CREATE INDEX holds_client ON holds (client_key, clinic_day_id);
CREATE TABLE hold_clients (
    client_key TEXT PRIMARY KEY
);

-- A booking or a place in line made by someone not known as the child's
-- family, for a child already booked or waiting (or whose recorded
-- assessment refuses it), is taken like any other and flagged for the staff
-- to check: the answer tells no one what the records hold. At most one
-- unflagged active booking (and place in line) per child, as before; a
-- flagged one loses its flag only when it is the child's only one.
ALTER TABLE registrations ADD COLUMN review TEXT CHECK (review IN ('duplicate', 'recorded_assessment'));
DROP INDEX one_active_registration_per_child;
CREATE UNIQUE INDEX one_active_registration_per_child ON registrations (child_key) WHERE active = 1 AND review IS NULL;
ALTER TABLE waitlist ADD COLUMN review TEXT CHECK (review IN ('duplicate', 'recorded_assessment'));
DROP INDEX one_wait_per_child;
CREATE UNIQUE INDEX one_wait_per_child ON waitlist (child_key) WHERE active = 1 AND review IS NULL;

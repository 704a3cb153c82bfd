-- The simulator's online appointments (统一预约排队) as the platform's
-- feed: one row per change — a booking, then perhaps its cancellation —
-- read by the hall service from a cursor.
CREATE TABLE appointment_change (
    cursor          INTEGER PRIMARY KEY AUTOINCREMENT,
    appointment_id  TEXT NOT NULL CHECK (length(appointment_id) BETWEEN 1 AND 64),
    line            TEXT NOT NULL CHECK (length(line) BETWEEN 1 AND 2),
    matter_code     TEXT NOT NULL DEFAULT '',
    person_masked   TEXT NOT NULL DEFAULT '',
    slot_start      TEXT NOT NULL,
    slot_end        TEXT NOT NULL,
    cancelled       INTEGER NOT NULL DEFAULT 0 CHECK (cancelled IN (0, 1)),
    changed_at      TEXT NOT NULL
);
CREATE INDEX appointment_change_id ON appointment_change(appointment_id, cursor);

-- The queue engine's state beyond version 4: where a waiting ticket stands
-- in its line (a transfer to the front and a supervisor's 置顶 move it), the
-- window or staff member it was transferred to, since when its priority
-- applies (an appointment from its slot time), the case number it was
-- finished with; the windows' live state; staff sessions of the hall
-- protocol (only a hash of the token is kept).

ALTER TABLE ticket ADD COLUMN sort_key INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ticket ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0 CHECK (pinned IN (0, 1));
ALTER TABLE ticket ADD COLUMN target_window INTEGER;
ALTER TABLE ticket ADD COLUMN target_staff TEXT;
ALTER TABLE ticket ADD COLUMN priority_from TEXT;
ALTER TABLE ticket ADD COLUMN case_no TEXT NOT NULL DEFAULT '';
ALTER TABLE ticket ADD COLUMN state_changed_at TEXT;
UPDATE ticket SET sort_key = id * 1000, priority_from = issued_at, state_changed_at = issued_at;
CREATE INDEX ticket_active ON ticket(state, line_id, sort_key);

CREATE TABLE queue_window (
    window_no              INTEGER PRIMARY KEY CHECK (window_no BETWEEN 1 AND 999),
    paused                 INTEGER NOT NULL DEFAULT 0 CHECK (paused IN (0, 1)),
    pause_reason           TEXT NOT NULL DEFAULT '',
    staff_no               TEXT NOT NULL DEFAULT '',
    normal_since_priority  INTEGER NOT NULL DEFAULT 0,
    changed_at             TEXT NOT NULL
);

CREATE TABLE hall_session (
    token_hash  TEXT PRIMARY KEY,
    staff_no    TEXT NOT NULL,
    roles       TEXT NOT NULL,
    window_no   INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    expires_at  TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX hall_session_expiry ON hall_session(expires_at);

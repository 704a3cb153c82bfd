-- The province platform simulator's record of what it received. The sync
-- issue completes this schema; for now it answers health and keeps events.
CREATE TABLE received_event (
    event_id    TEXT PRIMARY KEY,
    case_key    TEXT NOT NULL,
    case_seq    INTEGER NOT NULL,
    event_type  TEXT NOT NULL,
    payload     TEXT NOT NULL,
    received_at TEXT NOT NULL,
    UNIQUE (case_key, case_seq)
) WITHOUT ROWID;

-- Sync state kept beside the outbox: the status-feed cursor and anything
-- else the sync worker must remember across restarts (one row per key).
CREATE TABLE sync_state (
    key        TEXT PRIMARY KEY,
    value      TEXT NOT NULL,
    updated_at TEXT NOT NULL
) WITHOUT ROWID;

-- The heads of the per-case queues are found through this index; delivered
-- rows are the bulk, so counting "delivered today" gets one too.
CREATE INDEX outbox_case_state ON outbox(destination, case_key, state, case_seq);
CREATE INDEX outbox_delivered ON outbox(destination, delivered_at) WHERE delivered_at IS NOT NULL;

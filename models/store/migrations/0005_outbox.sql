-- The outbox: every event a business action produces for the province
-- platform or the hall service, written in the same transaction as the
-- action. Delivered in case_seq order per (destination, case_key).

CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    event_id        TEXT NOT NULL UNIQUE,             -- UUID, the idempotency key
    destination     TEXT NOT NULL CHECK (destination IN ('platform', 'hall')),
    case_key        TEXT NOT NULL,                    -- case_record.local_id / proxy_case.local_id
    case_seq        INTEGER NOT NULL CHECK (case_seq >= 1),
    event_type      TEXT NOT NULL,
    payload         TEXT NOT NULL CHECK (json_valid(payload)),
    created_at      TEXT NOT NULL,
    state           TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'in_flight', 'delivered',
                        'dead')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    last_error      TEXT NOT NULL DEFAULT '',
    error_class     TEXT NOT NULL DEFAULT '',
    delivered_at    TEXT,
    UNIQUE (destination, case_key, case_seq)
);
CREATE INDEX outbox_due ON outbox(destination, state, next_attempt_at);

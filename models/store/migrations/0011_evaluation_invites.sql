-- 二维码评价: the evaluations halld expects from citizens' phones and the
-- answers it keeps until the window's client has stored them (the client
-- owns the case and its outbox). Used in halld's database; empty in a
-- window's own.
CREATE TABLE evaluation_invite (
    id           INTEGER PRIMARY KEY,
    -- SHA-256 (hex) of the token: the token itself exists only in the QR code.
    token_hash   TEXT NOT NULL UNIQUE CHECK (length(token_hash) = 64),
    -- The window whose client stores the answer; NULL: the window that
    -- finishes ticket_id (an invitation printed on the ticket slip).
    window_no    INTEGER,
    ticket_id    INTEGER REFERENCES ticket(id),
    case_no      TEXT NOT NULL DEFAULT '',
    service_name TEXT NOT NULL DEFAULT '',
    created_by   TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    expires_at   TEXT NOT NULL,
    CHECK (window_no IS NOT NULL OR ticket_id IS NOT NULL)
);
CREATE INDEX evaluation_invite_ticket ON evaluation_invite(ticket_id) WHERE ticket_id IS NOT NULL;

CREATE TABLE evaluation_answer (
    id            INTEGER PRIMARY KEY,
    invite_id     INTEGER NOT NULL REFERENCES evaluation_invite(id),
    -- Becomes the evaluation's local_id at the window: storing twice is harmless.
    answer_key    TEXT NOT NULL UNIQUE,
    -- 1 the evaluation, 2 the follow-up (追评); never more.
    attempt       INTEGER NOT NULL CHECK (attempt IN (1, 2)),
    level         TEXT NOT NULL CHECK (level IN ('very_satisfied', 'satisfied', 'basically_satisfied',
                      'dissatisfied', 'very_dissatisfied')),
    efficiency    INTEGER CHECK (efficiency BETWEEN 1 AND 5),
    service_level INTEGER CHECK (service_level BETWEEN 1 AND 5),
    attitude      INTEGER CHECK (attitude BETWEEN 1 AND 5),
    comment       TEXT NOT NULL DEFAULT '',
    received_at   TEXT NOT NULL,
    -- Set when the window's client took it: 'stored', or its refusal code.
    acked_at      TEXT,
    ack_result    TEXT NOT NULL DEFAULT '',
    UNIQUE (invite_id, attempt)
);
CREATE INDEX evaluation_answer_pending ON evaluation_answer(invite_id) WHERE acked_at IS NULL;

-- The queue (business lines, tickets, appointments, the append-only queue
-- event log), evaluations (好差评) with bad-review work orders, and proxy
-- cases (帮办代办).

CREATE TABLE business_line (
    id         INTEGER PRIMARY KEY,
    hall_id    INTEGER NOT NULL REFERENCES hall(id),
    prefix     TEXT NOT NULL CHECK (length(prefix) BETWEEN 1 AND 2),
    name       TEXT NOT NULL,
    daily_cap  INTEGER NOT NULL DEFAULT 0,            -- 0 = no cap
    opens_at   TEXT NOT NULL DEFAULT '09:00',
    closes_at  TEXT NOT NULL DEFAULT '17:00',
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    UNIQUE (hall_id, prefix)
);

CREATE TABLE window_line (
    window_id INTEGER NOT NULL REFERENCES hall_window(id) ON DELETE CASCADE,
    line_id   INTEGER NOT NULL REFERENCES business_line(id) ON DELETE CASCADE,
    weight    INTEGER NOT NULL DEFAULT 1 CHECK (weight >= 1),
    PRIMARY KEY (window_id, line_id)
) WITHOUT ROWID;

CREATE TABLE appointment (
    id             INTEGER PRIMARY KEY,
    hall_id        INTEGER NOT NULL REFERENCES hall(id),
    line_id        INTEGER NOT NULL REFERENCES business_line(id),
    source         TEXT NOT NULL CHECK (source IN ('window', 'kiosk', 'platform')),
    external_id    TEXT,
    person_masked  TEXT NOT NULL DEFAULT '',
    person_lookup  TEXT NOT NULL DEFAULT '',
    slot_start     TEXT NOT NULL,
    slot_end       TEXT NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('booked', 'checked_in', 'cancelled', 'missed')),
    ticket_id      INTEGER,
    UNIQUE (source, external_id)
);

CREATE TABLE ticket (
    id              INTEGER PRIMARY KEY,
    hall_id         INTEGER NOT NULL REFERENCES hall(id),
    business_day    TEXT NOT NULL,
    line_id         INTEGER NOT NULL REFERENCES business_line(id),
    line_prefix     TEXT NOT NULL,
    number          INTEGER NOT NULL CHECK (number >= 1),
    display_no      TEXT NOT NULL,
    priority_group  TEXT NOT NULL DEFAULT 'none' CHECK (priority_group IN ('none', 'elderly', 'disabled',
                        'pregnant', 'military', 'proxy', 'appointment', 'green_channel')),
    proxy_mode      TEXT CHECK (proxy_mode IN ('assist', 'proxy', 'home_visit')),
    state           TEXT NOT NULL CHECK (state IN ('waiting', 'called', 'serving', 'held', 'finished',
                        'no_show', 'cancelled')),
    issued_at       TEXT NOT NULL,
    called_at       TEXT,
    window_no       INTEGER,
    staff_no        TEXT,
    recall_count    INTEGER NOT NULL DEFAULT 0,
    finished_at     TEXT,
    case_id         INTEGER REFERENCES case_record(id),
    appointment_id  INTEGER REFERENCES appointment(id),
    person_masked   TEXT NOT NULL DEFAULT '',
    UNIQUE (hall_id, business_day, line_prefix, number)
);
CREATE INDEX ticket_waiting ON ticket(hall_id, business_day, state, line_id);

-- Every change to the queue, in order; seq is what clients catch up from.
CREATE TABLE queue_event (
    seq        INTEGER PRIMARY KEY AUTOINCREMENT,
    at         TEXT NOT NULL,
    kind       TEXT NOT NULL,
    ticket_id  INTEGER,
    window_no  INTEGER,
    staff_no   TEXT NOT NULL DEFAULT '',
    detail     TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER queue_event_no_update BEFORE UPDATE ON queue_event
BEGIN
    SELECT RAISE(ABORT, 'queue_event is append-only');
END;
CREATE TRIGGER queue_event_no_delete BEFORE DELETE ON queue_event
BEGIN
    SELECT RAISE(ABORT, 'queue_event is append-only');
END;

CREATE TABLE evaluation (
    id            INTEGER PRIMARY KEY,
    local_id      TEXT NOT NULL UNIQUE,
    case_id       INTEGER REFERENCES case_record(id),
    ticket_id     INTEGER REFERENCES ticket(id),
    channel       TEXT NOT NULL CHECK (channel IN ('window_device', 'qr_page', 'kiosk', 'default')),
    window_no     INTEGER,
    staff_no      TEXT NOT NULL DEFAULT '',
    task_code     TEXT NOT NULL DEFAULT '',
    level         TEXT NOT NULL CHECK (level IN ('very_satisfied', 'satisfied', 'basically_satisfied',
                      'dissatisfied', 'very_dissatisfied')),
    efficiency    INTEGER CHECK (efficiency BETWEEN 1 AND 5),
    service_level INTEGER CHECK (service_level BETWEEN 1 AND 5),
    attitude      INTEGER CHECK (attitude BETWEEN 1 AND 5),
    comment       TEXT NOT NULL DEFAULT '',
    is_followup   INTEGER NOT NULL DEFAULT 0 CHECK (is_followup IN (0, 1)),
    evaluated_at  TEXT NOT NULL,
    CHECK (case_id IS NOT NULL OR ticket_id IS NOT NULL)
);
-- 一次一评: one first evaluation per service; follow-ups may add more.
CREATE UNIQUE INDEX evaluation_once_per_case ON evaluation(case_id) WHERE is_followup = 0 AND case_id IS NOT NULL;
CREATE UNIQUE INDEX evaluation_once_per_ticket ON evaluation(ticket_id)
    WHERE is_followup = 0 AND ticket_id IS NOT NULL AND case_id IS NULL;

CREATE TABLE bad_review_order (
    id              INTEGER PRIMARY KEY,
    evaluation_id   INTEGER NOT NULL UNIQUE REFERENCES evaluation(id),
    state           TEXT NOT NULL CHECK (state IN ('open', 'contacted', 'rectifying', 'closed', 'appealed',
                        'appeal_upheld', 'appeal_rejected')),
    contact_due_at  TEXT NOT NULL,
    close_due_at    TEXT NOT NULL,
    escalated_at    TEXT,
    closed_at       TEXT
);

CREATE TABLE bad_review_step (
    id        INTEGER PRIMARY KEY,
    order_id  INTEGER NOT NULL REFERENCES bad_review_order(id),
    kind      TEXT NOT NULL CHECK (kind IN ('verify', 'callback', 'rectify', 'explain', 'feedback', 'appeal',
                  'appeal_decision', 'escalate')),
    at        TEXT NOT NULL,
    staff_no  TEXT NOT NULL,
    note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX bad_review_step_order ON bad_review_step(order_id);

CREATE TABLE proxy_case (
    id                 INTEGER PRIMARY KEY,
    local_id           TEXT NOT NULL UNIQUE,
    proxy_no           TEXT NOT NULL UNIQUE,
    service_mode       TEXT NOT NULL CHECK (service_mode IN ('assist', 'proxy', 'home_visit')),
    reason             TEXT NOT NULL CHECK (reason IN ('elderly', 'disabled', 'pregnant', 'limited_mobility',
                           'enterprise_start', 'enterprise_change', 'enterprise_close', 'key_project',
                           'other')),
    principal_id       INTEGER NOT NULL REFERENCES applicant(id),
    assigned_staff_no  TEXT NOT NULL,
    state              TEXT NOT NULL CHECK (state IN ('open', 'in_progress', 'suspended', 'terminated',
                           'finished')),
    mandate_scope      TEXT NOT NULL DEFAULT '',
    mandate_from       TEXT,
    mandate_to         TEXT,
    mandate_scan_ref   TEXT NOT NULL DEFAULT '',
    mandate_signed     INTEGER NOT NULL DEFAULT 0,
    opened_at          TEXT NOT NULL,
    closed_at          TEXT,
    close_reason       TEXT NOT NULL DEFAULT '',
    callback_at        TEXT,
    callback_result    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX proxy_case_staff ON proxy_case(assigned_staff_no, state);

CREATE TABLE proxy_case_link (
    proxy_case_id INTEGER NOT NULL REFERENCES proxy_case(id) ON DELETE CASCADE,
    case_id       INTEGER NOT NULL REFERENCES case_record(id),
    PRIMARY KEY (proxy_case_id, case_id)
) WITHOUT ROWID;

CREATE TABLE proxy_handover (
    id            INTEGER PRIMARY KEY,
    proxy_case_id INTEGER NOT NULL REFERENCES proxy_case(id),
    item          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('original', 'copy')),
    count         INTEGER NOT NULL CHECK (count >= 1),
    direction     TEXT NOT NULL CHECK (direction IN ('received', 'returned')),
    at            TEXT NOT NULL,
    staff_no      TEXT NOT NULL
);

CREATE TABLE proxy_progress (
    id            INTEGER PRIMARY KEY,
    proxy_case_id INTEGER NOT NULL REFERENCES proxy_case(id),
    at            TEXT NOT NULL,
    staff_no      TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('note', 'home_visit', 'suspend', 'resume', 'terminate',
                      'finish', 'callback')),
    note          TEXT NOT NULL DEFAULT '',
    next_action   TEXT NOT NULL DEFAULT '',
    next_due_at   TEXT
);
CREATE INDEX proxy_progress_case ON proxy_progress(proxy_case_id);

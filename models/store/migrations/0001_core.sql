-- Core: the hall and its windows, staff and roles, the audit log, the
-- working-day calendar. Times are ISO-8601 UTC text; codes are neutral text.

CREATE TABLE hall (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
    region_code     TEXT NOT NULL DEFAULT '',
    org_credit_code TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    phone           TEXT NOT NULL DEFAULT '',
    time_zone       TEXT NOT NULL DEFAULT 'Asia/Shanghai',
    created_at      TEXT NOT NULL
);

CREATE TABLE hall_window (
    id          INTEGER PRIMARY KEY,
    hall_id     INTEGER NOT NULL REFERENCES hall(id),
    number      INTEGER NOT NULL CHECK (number BETWEEN 1 AND 999),
    name        TEXT NOT NULL,
    window_type TEXT NOT NULL CHECK (window_type IN
                    ('comprehensive', 'cross_region', 'proxy', 'complaint', 'fallback')),
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    UNIQUE (hall_id, number)
);

CREATE TABLE staff (
    id                   INTEGER PRIMARY KEY,
    staff_no             TEXT NOT NULL UNIQUE CHECK (length(staff_no) BETWEEN 1 AND 32),
    name                 TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 50),
    department           TEXT NOT NULL DEFAULT '',
    phone                TEXT NOT NULL DEFAULT '',
    password_hash        TEXT NOT NULL,
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    failed_logins        INTEGER NOT NULL DEFAULT 0,
    locked_until         TEXT,
    last_login_at        TEXT,
    created_at           TEXT NOT NULL,
    updated_at           TEXT NOT NULL
);

CREATE TABLE staff_role (
    staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    role     TEXT NOT NULL CHECK (role IN ('clerk', 'helpdesk', 'supervisor', 'admin')),
    PRIMARY KEY (staff_id, role)
) WITHOUT ROWID;

-- Who did what, when, where. Never personal data in clear: subjects are keys
-- or masked numbers. Append-only, enforced below.
CREATE TABLE audit_log (
    id          INTEGER PRIMARY KEY,
    at          TEXT NOT NULL,
    staff_no    TEXT NOT NULL DEFAULT '',
    window_no   INTEGER,
    action      TEXT NOT NULL,
    subject     TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE INDEX audit_log_staff ON audit_log(staff_no, at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

-- Exceptions to the Monday-Friday week: public holidays and 调休 make-up
-- working days.
CREATE TABLE calendar_day (
    day  TEXT PRIMARY KEY CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
    kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;

-- Counters for numbers that must be unique and gap-free per scope
-- (document numbers per hall and year, case serials per window and day).
CREATE TABLE number_sequence (
    scope      TEXT PRIMARY KEY,
    next_value INTEGER NOT NULL CHECK (next_value >= 1)
) WITHOUT ROWID;

-- The 办不成事 register of the 兜底服务 / 投诉受理 window (seed 001 (十八):
-- 接受登记、分类处置、限时办结、评价反馈、抽查回访). docs/unresolved-register.md.
--
-- The person who reported it: a natural person or an enterprise. The name
-- is kept in clear as in `applicant` (shown masked); ID number / credit code
-- and phone are AES-256-GCM blobs (FieldCipher) with a masked copy.
CREATE TABLE unresolved_entry (
    id                INTEGER PRIMARY KEY,
    entry_no          TEXT NOT NULL UNIQUE,          -- U-yyyyMMdd-NNN, the number the citizen is given
    registered_at     TEXT NOT NULL,                 -- UTC
    registered_on     TEXT NOT NULL,                 -- the hall's business day
    registered_by     TEXT NOT NULL,                 -- staff_no
    window_no         INTEGER,
    reporter_kind     TEXT NOT NULL CHECK (reporter_kind IN ('natural', 'legal')),
    reporter_name     TEXT NOT NULL CHECK (length(reporter_name) BETWEEN 1 AND 200),
    reporter_id_type  TEXT NOT NULL DEFAULT '',
    reporter_id_cipher BLOB,
    reporter_id_masked TEXT NOT NULL DEFAULT '',
    phone_cipher      BLOB,
    phone_masked      TEXT NOT NULL DEFAULT '',
    matter_id         INTEGER REFERENCES matter(id), -- the matter version, when known
    what              TEXT NOT NULL CHECK (length(what) BETWEEN 1 AND 1000),
    category          TEXT NOT NULL CHECK (category IN ('policy_unclear', 'unreasonable_requirement',
                          'system_limitation', 'responsibility_unclear', 'shirking', 'complex_matter',
                          'beyond_scope', 'other')),
    unit_code         TEXT REFERENCES department(code), -- the responsible unit from the catalog …
    unit_name         TEXT NOT NULL DEFAULT '',         -- … or in words when it is not in it
    deadline_days     INTEGER NOT NULL CHECK (deadline_days BETWEEN 1 AND 30),
    due_on            TEXT NOT NULL,                 -- last working day (hall calendar)
    state             TEXT NOT NULL CHECK (state IN ('registered', 'assigned', 'replied', 'resolved',
                          'unresolvable', 'closed')),
    closed_at         TEXT,                          -- UTC, while closed
    closed_on         TEXT,                          -- business day, while closed
    feedback_result   TEXT NOT NULL DEFAULT '',      -- the citizen's word at the closing feedback
    spot_check_result TEXT NOT NULL DEFAULT ''       -- '', confirmed, reopened (the latest)
);
CREATE INDEX unresolved_state ON unresolved_entry(state, due_on);
CREATE INDEX unresolved_registered ON unresolved_entry(registered_on);

-- Every step, dated and signed; never changed once written.
CREATE TABLE unresolved_step (
    id         INTEGER PRIMARY KEY,
    entry_id   INTEGER NOT NULL REFERENCES unresolved_entry(id),
    kind       TEXT NOT NULL CHECK (kind IN ('register', 'assign', 'reply', 'resolve', 'unresolvable',
                   'feedback', 'spot_check')),
    at         TEXT NOT NULL,
    staff_no   TEXT NOT NULL,
    note       TEXT NOT NULL DEFAULT '',
    unit_code  TEXT NOT NULL DEFAULT '',
    unit_name  TEXT NOT NULL DEFAULT '',
    channel    TEXT NOT NULL DEFAULT '',             -- feedback: phone, sms, platform, in_person
    result     TEXT NOT NULL DEFAULT ''              -- feedback / spot check result code
);
CREATE INDEX unresolved_step_entry ON unresolved_step(entry_id, at);
CREATE TRIGGER unresolved_step_no_update BEFORE UPDATE ON unresolved_step
BEGIN
    SELECT RAISE(ABORT, 'unresolved steps are append-only');
END;
CREATE TRIGGER unresolved_step_no_delete BEFORE DELETE ON unresolved_step
BEGIN
    SELECT RAISE(ABORT, 'unresolved steps are append-only');
END;

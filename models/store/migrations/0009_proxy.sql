-- 帮办代办 (issue 7): what the proxy case record of version 4 lacked.
--
-- The person or enterprise served stays proxy_case.principal_id: an
-- applicant row, kind 'natural' (ID number encrypted) or 'legal' (name,
-- 统一社会信用代码 as a credit_code, 法定代表人). Added here: where the case
-- came from (the ticket, the intake case, who opened it), a free-text reason
-- detail, the waiting-on-the-citizen flag, the mandate's signing and scan,
-- the next action denormalised for the workspace lists, the close and
-- follow-up details, and the home-visit appointments.

CREATE TABLE proxy_attachment (
    id             INTEGER PRIMARY KEY,
    proxy_case_id  INTEGER NOT NULL REFERENCES proxy_case(id),
    purpose        TEXT NOT NULL CHECK (purpose IN ('mandate')),
    file_name      TEXT NOT NULL,
    mime_type      TEXT NOT NULL,
    size_bytes     INTEGER NOT NULL,
    page_count     INTEGER NOT NULL DEFAULT 1,
    sha256         TEXT NOT NULL,
    storage_ref    TEXT NOT NULL,                   -- encrypted blob, same folder as case attachments
    created_at     TEXT NOT NULL,
    created_by     TEXT NOT NULL
);
CREATE INDEX proxy_attachment_case ON proxy_attachment(proxy_case_id);

ALTER TABLE proxy_case ADD COLUMN reason_detail TEXT NOT NULL DEFAULT '';
ALTER TABLE proxy_case ADD COLUMN opened_by TEXT NOT NULL DEFAULT '';
ALTER TABLE proxy_case ADD COLUMN window_no INTEGER;
ALTER TABLE proxy_case ADD COLUMN ticket_id INTEGER REFERENCES ticket(id);
ALTER TABLE proxy_case ADD COLUMN source_case_id INTEGER REFERENCES case_record(id);
ALTER TABLE proxy_case ADD COLUMN waiting_on_citizen INTEGER NOT NULL DEFAULT 0
    CHECK (waiting_on_citizen IN (0, 1));
ALTER TABLE proxy_case ADD COLUMN next_action TEXT NOT NULL DEFAULT '';
ALTER TABLE proxy_case ADD COLUMN next_due_at TEXT;
ALTER TABLE proxy_case ADD COLUMN mandate_signed_at TEXT;
ALTER TABLE proxy_case ADD COLUMN mandate_attachment_id INTEGER REFERENCES proxy_attachment(id);
ALTER TABLE proxy_case ADD COLUMN closed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE proxy_case ADD COLUMN retained_note TEXT NOT NULL DEFAULT '';
ALTER TABLE proxy_case ADD COLUMN callback_by TEXT NOT NULL DEFAULT '';
ALTER TABLE proxy_case ADD COLUMN callback_method TEXT CHECK (callback_method IN ('phone', 'visit', 'sms'));
ALTER TABLE proxy_case ADD COLUMN callback_satisfaction TEXT CHECK (callback_satisfaction IN
    ('very_satisfied', 'satisfied', 'basically_satisfied', 'dissatisfied', 'very_dissatisfied'));
ALTER TABLE proxy_case ADD COLUMN updated_at TEXT;

-- The next action of existing cases: the latest progress entry's, as the
-- indicators read it.
UPDATE proxy_case SET
    next_action = coalesce((SELECT g.next_action FROM proxy_progress g WHERE g.proxy_case_id = proxy_case.id
                            ORDER BY g.at DESC, g.id DESC LIMIT 1), ''),
    next_due_at = (SELECT g.next_due_at FROM proxy_progress g WHERE g.proxy_case_id = proxy_case.id
                   ORDER BY g.at DESC, g.id DESC LIMIT 1),
    updated_at = opened_at;

CREATE INDEX proxy_case_due ON proxy_case(state, next_due_at);

CREATE TABLE proxy_home_visit (
    id             INTEGER PRIMARY KEY,
    proxy_case_id  INTEGER NOT NULL REFERENCES proxy_case(id),
    scheduled_at   TEXT NOT NULL,
    address        TEXT NOT NULL,
    purpose        TEXT NOT NULL DEFAULT '',
    staff_no       TEXT NOT NULL,
    state          TEXT NOT NULL CHECK (state IN ('scheduled', 'done', 'cancelled')),
    result         TEXT NOT NULL DEFAULT '',
    recorded_at    TEXT,
    recorded_by    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX proxy_home_visit_case ON proxy_home_visit(proxy_case_id);

-- A handover records who took or gave back the item on the citizen's side
-- and an optional note (e.g. which authority kept an original).
ALTER TABLE proxy_handover ADD COLUMN counterpart TEXT NOT NULL DEFAULT '';
ALTER TABLE proxy_handover ADD COLUMN note TEXT NOT NULL DEFAULT '';

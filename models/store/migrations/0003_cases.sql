-- Applicants and cases (办件) with their materials, attachments, documents,
-- process steps, special procedures and hand-overs. Field names follow the
-- national exchange tables (research/domain.md §2) where one exists.

-- A natural or legal person. Identity numbers and phones are personal
-- information: stored encrypted (AES-256-GCM, key outside the database),
-- found through a keyed hash, shown masked.
CREATE TABLE applicant (
    id              INTEGER PRIMARY KEY,
    kind            TEXT NOT NULL CHECK (kind IN ('natural', 'legal')),
    name            TEXT NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    id_type         TEXT NOT NULL,
    id_no_lookup    TEXT NOT NULL,
    id_no_cipher    BLOB NOT NULL,
    id_no_masked    TEXT NOT NULL,
    phone_cipher    BLOB,
    phone_masked    TEXT NOT NULL DEFAULT '',
    address         TEXT NOT NULL DEFAULT '',
    legal_rep       TEXT NOT NULL DEFAULT '',
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    UNIQUE (id_type, id_no_lookup)
);

CREATE TABLE case_record (
    id                 INTEGER PRIMARY KEY,
    local_id           TEXT NOT NULL UNIQUE,           -- UUID, the outbox key (orgbusno)
    project_no         TEXT UNIQUE,                    -- 办件编号, once numbered
    query_password     TEXT NOT NULL DEFAULT '',
    intake_group       TEXT NOT NULL DEFAULT '',       -- 一件事一次办: cases taken together
    matter_id          INTEGER NOT NULL REFERENCES matter(id),
    task_code          TEXT NOT NULL,
    matter_version     INTEGER NOT NULL,
    matter_name        TEXT NOT NULL,                  -- as shown when accepted
    project_kind       TEXT NOT NULL CHECK (project_kind IN ('instant', 'commitment', 'other')),
    applicant_id       INTEGER NOT NULL REFERENCES applicant(id),
    agent_id           INTEGER REFERENCES applicant(id),
    contact_phone_masked TEXT NOT NULL DEFAULT '',
    status             TEXT NOT NULL CHECK (status IN ('received', 'accepted', 'supplementing',
                           'special_procedure', 'finished', 'delivered', 'rejected', 'notified')),
    decision           TEXT CHECK (decision IN ('accept', 'accept_deficient', 'notify_once', 'reject')),
    reject_reason      TEXT NOT NULL DEFAULT '',
    competent_agency   TEXT NOT NULL DEFAULT '',
    apply_channel      TEXT NOT NULL DEFAULT 'window',
    hall_id            INTEGER REFERENCES hall(id),
    window_no          INTEGER,
    clerk_staff_no     TEXT NOT NULL DEFAULT '',
    ticket_id          INTEGER,                        -- the queue ticket served, when there was one
    applied_at         TEXT NOT NULL,
    accepted_at        TEXT,
    promise_due_at     TEXT,
    finished_at        TEXT,
    delivered_at       TEXT,
    delivery_method    TEXT CHECK (delivery_method IN ('window', 'mail')),
    delivery_tracking  TEXT NOT NULL DEFAULT '',
    result_type        TEXT CHECK (result_type IN ('certificate', 'approval', 'other', 'none')),
    result_cert_name   TEXT NOT NULL DEFAULT '',
    result_cert_no     TEXT NOT NULL DEFAULT '',
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX case_status_due ON case_record(status, promise_due_at);
CREATE INDEX case_applicant ON case_record(applicant_id);
CREATE INDEX case_matter ON case_record(task_code);
CREATE INDEX case_applied ON case_record(applied_at);

CREATE TABLE case_material (
    id                 INTEGER PRIMARY KEY,
    case_id            INTEGER NOT NULL REFERENCES case_record(id) ON DELETE CASCADE,
    material_code      TEXT NOT NULL,
    name               TEXT NOT NULL,
    state              TEXT NOT NULL CHECK (state IN ('pending', 'received', 'missing', 'not_applicable',
                           'licence', 'deferred')),
    paper_count        INTEGER NOT NULL DEFAULT 0,
    licence_ref        TEXT NOT NULL DEFAULT '',
    supply_due_at      TEXT,
    supplied_at        TEXT,
    note               TEXT NOT NULL DEFAULT '',
    UNIQUE (case_id, material_code)
);

CREATE TABLE attachment (
    id               INTEGER PRIMARY KEY,
    case_material_id INTEGER NOT NULL REFERENCES case_material(id) ON DELETE CASCADE,
    file_name        TEXT NOT NULL,
    mime_type        TEXT NOT NULL,
    size_bytes       INTEGER NOT NULL,
    page_count       INTEGER NOT NULL DEFAULT 1,
    sha256           TEXT NOT NULL,
    storage_ref      TEXT NOT NULL,                   -- encrypted blob, relative to the data folder
    created_at       TEXT NOT NULL
);
CREATE INDEX attachment_material ON attachment(case_material_id);

CREATE TABLE case_document (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES case_record(id),
    doc_type   TEXT NOT NULL CHECK (doc_type IN ('acceptance_receipt', 'notify_once', 'deficiency_notice',
                   'rejection_notice', 'delivery_receipt', 'handover_voucher')),
    doc_no     TEXT NOT NULL UNIQUE,
    issued_at  TEXT NOT NULL,
    issued_by  TEXT NOT NULL,
    pdf_ref    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_document_case ON case_document(case_id);

CREATE TABLE case_step (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES case_record(id),
    seq        INTEGER NOT NULL,
    step_name  TEXT NOT NULL,
    action     TEXT NOT NULL CHECK (action IN ('approve', 'return', 'other')),
    step_state TEXT NOT NULL CHECK (step_state IN ('pending', 'done')),
    staff_name TEXT NOT NULL DEFAULT '',
    org_name   TEXT NOT NULL DEFAULT '',
    opinion    TEXT NOT NULL DEFAULT '',
    started_at TEXT NOT NULL,
    ended_at   TEXT,
    UNIQUE (case_id, seq)
);

CREATE TABLE case_special_procedure (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES case_record(id),
    kind       TEXT NOT NULL CHECK (kind IN ('extension', 'other')),
    name       TEXT NOT NULL,
    reason     TEXT NOT NULL,
    started_at TEXT NOT NULL,
    ended_at   TEXT,
    result     TEXT NOT NULL DEFAULT '',
    opinion    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_special_case ON case_special_procedure(case_id);

-- 物料流转凭证: what went from the front window to the back office.
CREATE TABLE case_handover (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES case_record(id),
    items      TEXT NOT NULL,
    to_whom    TEXT NOT NULL,
    handed_at  TEXT NOT NULL,
    staff_no   TEXT NOT NULL
);
CREATE INDEX case_handover_case ON case_handover(case_id);

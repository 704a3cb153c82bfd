INSERT INTO applicant (id, kind, name, id_type, id_no_lookup, id_no_cipher, id_no_masked, created_at, updated_at)
    VALUES (1, 'natural', '张三', 'resident_id', 'abc', X'00', '3704**********1234', '2025-01-02T00:00:00Z',
    '2025-01-02T00:00:00Z');
INSERT INTO case_record (id, local_id, project_no, matter_id, task_code, matter_version, matter_name, project_kind,
    applicant_id, status, applied_at, created_at, updated_at)
    VALUES (1, 'uuid-1', 'T-1202501020001', 1, 'T-1', 1, '内地居民结婚登记', 'instant', 1, 'accepted',
    '2025-01-02T00:00:00Z', '2025-01-02T00:00:00Z', '2025-01-02T00:00:00Z');
INSERT INTO case_material (case_id, material_code, name, state, paper_count) VALUES (1, 'M01', '居民身份证', 'received', 1);
INSERT INTO case_document (case_id, doc_type, doc_no, issued_at, issued_by)
    VALUES (1, 'acceptance_receipt', '市中政务受〔2025〕17号', '2025-01-02T00:00:00Z', '1001');
INSERT INTO case_step (case_id, seq, step_name, action, step_state, started_at) VALUES (1, 1, '受理', 'approve', 'done', '2025-01-02T00:00:00Z');

INSERT INTO outbox (event_id, destination, case_key, case_seq, event_type, payload, created_at, next_attempt_at)
    VALUES ('e-1', 'platform', 'uuid-1', 1, 'case.accepted', '{"caseKey":"uuid-1"}', '2025-01-02T00:00:00Z',
    '2025-01-02T00:00:00Z');

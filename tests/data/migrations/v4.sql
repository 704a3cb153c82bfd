INSERT INTO business_line (id, hall_id, prefix, name) VALUES (1, 1, 'A', '综合受理');
INSERT INTO ticket (id, hall_id, business_day, line_id, line_prefix, number, display_no, state, issued_at)
    VALUES (1, 1, '2025-01-02', 1, 'A', 12, 'A012', 'finished', '2025-01-02T01:00:00Z');
INSERT INTO queue_event (at, kind, ticket_id) VALUES ('2025-01-02T01:00:00Z', 'issue', 1);
INSERT INTO evaluation (local_id, case_id, channel, level, evaluated_at)
    VALUES ('ev-1', 1, 'window_device', 'very_satisfied', '2025-01-02T02:00:00Z');
INSERT INTO proxy_case (id, local_id, proxy_no, service_mode, reason, principal_id, assigned_staff_no, state, opened_at)
    VALUES (1, 'p-1', 'BD2025001', 'proxy', 'elderly', 1, '2001', 'open', '2025-01-02T00:00:00Z');
INSERT INTO proxy_case_link (proxy_case_id, case_id) VALUES (1, 1);

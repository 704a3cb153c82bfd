INSERT INTO hall (id, code, name, created_at) VALUES (1, 'H1', '测试大厅', '2025-01-02T03:04:05.000Z');
INSERT INTO hall_window (hall_id, number, name, window_type) VALUES (1, 3, '综合受理3号', 'comprehensive');
INSERT INTO staff (id, staff_no, name, password_hash, created_at, updated_at)
    VALUES (1, '1001', '王晓梅', 'pbkdf2-sha256$210000$x$y', '2025-01-02T03:04:05Z', '2025-01-02T03:04:05Z');
INSERT INTO staff_role (staff_id, role) VALUES (1, 'clerk');
INSERT INTO audit_log (at, staff_no, action, subject) VALUES ('2025-01-02T03:04:05Z', '1001', 'login.ok', '');
INSERT INTO calendar_day (day, kind, name) VALUES ('2025-10-01', 'holiday', '国庆节');
INSERT INTO number_sequence (scope, next_value) VALUES ('doc/2025', 17);

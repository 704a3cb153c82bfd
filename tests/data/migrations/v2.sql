INSERT INTO department (code, name) VALUES ('MZ', '县民政局');
INSERT INTO matter (id, task_code, version, is_current, catalog_version, content_hash, state, name, department_code,
    matter_type, service_objects, project_kind, legal_limit_value, legal_limit_unit, promise_limit_value,
    promise_limit_unit, onsite_visits, result_type)
    VALUES (1, 'T-1', 1, 1, 1, 'h', 'active', '内地居民结婚登记', 'MZ', '07', '1', 'instant', 1, 'workday', 0,
    'workday', 1, 'certificate');
INSERT INTO matter_material (matter_id, code, sort_no, name, kind, form, copies, necessity, source)
    VALUES (1, 'M01', 1, '居民身份证', 'original', 'paper', 1, 'required', 'government');
INSERT INTO matter_fee (matter_id, name) VALUES (1, '工本费');
INSERT INTO matter_synonym (term, target) VALUES ('结婚', '内地居民结婚登记');
INSERT INTO catalog_state (id, catalog_version, region_code, region_name, published_at, imported_at)
    VALUES (1, 1, '370402', '市中区', '2025-01-01T00:00:00Z', '2025-01-02T00:00:00Z');

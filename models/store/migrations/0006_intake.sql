-- Intake: what 容缺受理 and 一次性告知 record on the case itself.
ALTER TABLE case_record ADD COLUMN commitment TEXT NOT NULL DEFAULT '';       -- the applicant's written commitment
ALTER TABLE case_record ADD COLUMN supply_deadline TEXT;                       -- 容缺: all deferred materials by then
ALTER TABLE case_record ADD COLUMN finished_by TEXT NOT NULL DEFAULT '';
CREATE INDEX case_group ON case_record(intake_group);

-- The 帮办代办 badge and the ticket kiosk:
-- * why a ticket or a case is served as 帮办/代办/上门办 (the reason set at the
--   kiosk or by the clerk at the window), and the mode on the case itself, so
--   the case list, the case screen and the printed receipt show the badge
--   whether the ticket lives in this database (--standalone) or in halld's;
-- * a `kiosk` role for the ticket dispenser's account (it may only issue
--   tickets, check appointments in and read the queue).

ALTER TABLE ticket ADD COLUMN proxy_reason TEXT CHECK (proxy_reason IN ('elderly', 'disabled', 'pregnant',
    'limited_mobility', 'enterprise_start', 'enterprise_change', 'enterprise_close', 'key_project', 'other'));

ALTER TABLE case_record ADD COLUMN proxy_mode TEXT CHECK (proxy_mode IN ('assist', 'proxy', 'home_visit'));
ALTER TABLE case_record ADD COLUMN proxy_reason TEXT CHECK (proxy_reason IN ('elderly', 'disabled',
    'pregnant', 'limited_mobility', 'enterprise_start', 'enterprise_change', 'enterprise_close', 'key_project',
    'other'));

-- Cases taken before this version from a ticket of this database's own queue.
UPDATE case_record SET proxy_mode = (SELECT t.proxy_mode FROM ticket t WHERE t.id = case_record.ticket_id)
WHERE ticket_id IS NOT NULL AND proxy_mode IS NULL;

-- SQLite cannot change a CHECK: the role table is rebuilt with the new role.
CREATE TABLE staff_role_new (
    staff_id INTEGER NOT NULL REFERENCES staff(id) ON DELETE CASCADE,
    role     TEXT NOT NULL CHECK (role IN ('clerk', 'helpdesk', 'supervisor', 'admin', 'kiosk')),
    PRIMARY KEY (staff_id, role)
) WITHOUT ROWID;
INSERT INTO staff_role_new (staff_id, role) SELECT staff_id, role FROM staff_role;
DROP TABLE staff_role;
ALTER TABLE staff_role_new RENAME TO staff_role;

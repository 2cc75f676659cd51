-- The dashboard's customer counts, kept as they change instead of counted per view: how many customers each scope
-- (everyone 'A' 0, a department 'D' <id>, an assignee 'U' <id>) has per 現進捗 (0: none) and 最終対応日
-- ('1000-01-01': never). A department counts a customer once however many of its people look after it, as the
-- 顧客検索 department filter does.
--
-- The triggers below never update a count: they append signed changes to customer_tally_change, so that saves of
-- different customers never wait for one another on the shared rows of 'A' and 'D'. Readers add both tables;
-- CustomerTallyFold moves the changes into customer_tally every few seconds. A department's count changes when an
-- assignment, a customer's 現進捗 or 最終対応日, or a person's department changes.
CREATE TABLE customer_tally (
    scope_kind   CHAR(1) CHARACTER SET ascii NOT NULL,
    scope_id     BIGINT  NOT NULL,
    progress_id  BIGINT  NOT NULL,
    contact_date DATE    NOT NULL,
    customers    INT     NOT NULL,
    PRIMARY KEY (scope_kind, scope_id, progress_id, contact_date)
) ENGINE = InnoDB;

CREATE TABLE customer_tally_change (
    id           BIGINT  NOT NULL AUTO_INCREMENT PRIMARY KEY,
    scope_kind   CHAR(1) CHARACTER SET ascii NOT NULL,
    scope_id     BIGINT  NOT NULL,
    progress_id  BIGINT  NOT NULL,
    contact_date DATE    NOT NULL,
    change_count INT     NOT NULL
) ENGINE = InnoDB;

CREATE INDEX idx_customer_tally_change_scope ON customer_tally_change (scope_kind, scope_id);

-- The records panels: records done per handler and day, and the open plans (no 対応日) per handler by 予定日, each
-- one range of this index per person.
CREATE INDEX idx_negotiation_handler_done ON negotiation (handler_id, done_date, planned_date);

-- [jooq ignore start]
INSERT INTO customer_tally (scope_kind, scope_id, progress_id, contact_date, customers)
SELECT 'A', 0, IFNULL(current_progress_id, 0), IFNULL(last_contact_date, '1000-01-01'), COUNT(*)
FROM customer GROUP BY 3, 4
UNION ALL
SELECT 'U', a.user_id, IFNULL(c.current_progress_id, 0), IFNULL(c.last_contact_date, '1000-01-01'), COUNT(*)
FROM customer_assignee a JOIN customer c ON c.id = a.customer_id GROUP BY 2, 3, 4
UNION ALL
SELECT 'D', m.department_id, m.progress_id, m.contact_date, COUNT(*)
FROM (SELECT DISTINCT u.department_id, a.customer_id, IFNULL(c.current_progress_id, 0) AS progress_id,
             IFNULL(c.last_contact_date, '1000-01-01') AS contact_date
      FROM customer_assignee a JOIN app_user u ON u.id = a.user_id JOIN customer c ON c.id = a.customer_id
      WHERE u.department_id IS NOT NULL) m
GROUP BY 2, 3, 4;

CREATE TRIGGER customer_tally_customer_added AFTER INSERT ON customer FOR EACH ROW
    INSERT INTO customer_tally_change (scope_kind, scope_id, progress_id, contact_date, change_count)
    VALUES ('A', 0, IFNULL(NEW.current_progress_id, 0), IFNULL(NEW.last_contact_date, '1000-01-01'), 1);

CREATE TRIGGER customer_tally_customer_changed AFTER UPDATE ON customer FOR EACH ROW
    INSERT INTO customer_tally_change (scope_kind, scope_id, progress_id, contact_date, change_count)
    SELECT s.scope_kind, s.scope_id, t.progress_id, t.contact_date, t.change_count
    FROM (SELECT 'A' AS scope_kind, 0 AS scope_id
          UNION ALL
          SELECT 'U', a.user_id FROM customer_assignee a WHERE a.customer_id = NEW.id
          UNION ALL
          SELECT DISTINCT 'D', u.department_id FROM customer_assignee a JOIN app_user u ON u.id = a.user_id
          WHERE a.customer_id = NEW.id AND u.department_id IS NOT NULL) s
    JOIN (SELECT IFNULL(OLD.current_progress_id, 0) AS progress_id,
                 IFNULL(OLD.last_contact_date, '1000-01-01') AS contact_date, -1 AS change_count
          UNION ALL
          SELECT IFNULL(NEW.current_progress_id, 0), IFNULL(NEW.last_contact_date, '1000-01-01'), 1) t
    WHERE NOT (OLD.current_progress_id <=> NEW.current_progress_id
               AND OLD.last_contact_date <=> NEW.last_contact_date);

-- before, while the assignments are still there (those the foreign key then removes fire no trigger)
CREATE TRIGGER customer_tally_customer_removed BEFORE DELETE ON customer FOR EACH ROW
    INSERT INTO customer_tally_change (scope_kind, scope_id, progress_id, contact_date, change_count)
    SELECT s.scope_kind, s.scope_id, IFNULL(OLD.current_progress_id, 0),
           IFNULL(OLD.last_contact_date, '1000-01-01'), -1
    FROM (SELECT 'A' AS scope_kind, 0 AS scope_id
          UNION ALL
          SELECT 'U', a.user_id FROM customer_assignee a WHERE a.customer_id = OLD.id
          UNION ALL
          SELECT DISTINCT 'D', u.department_id FROM customer_assignee a JOIN app_user u ON u.id = a.user_id
          WHERE a.customer_id = OLD.id AND u.department_id IS NOT NULL) s;

CREATE TRIGGER customer_tally_assignee_added AFTER INSERT ON customer_assignee FOR EACH ROW
    INSERT INTO customer_tally_change (scope_kind, scope_id, progress_id, contact_date, change_count)
    SELECT s.scope_kind, s.scope_id, IFNULL(c.current_progress_id, 0), IFNULL(c.last_contact_date, '1000-01-01'), 1
    FROM customer c
    JOIN (SELECT 'U' AS scope_kind, NEW.user_id AS scope_id
          UNION ALL
          SELECT 'D', u.department_id FROM app_user u
          WHERE u.id = NEW.user_id AND u.department_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM customer_assignee o JOIN app_user ou ON ou.id = o.user_id
                            WHERE o.customer_id = NEW.customer_id AND o.user_id <> NEW.user_id
                              AND ou.department_id = u.department_id)) s
    WHERE c.id = NEW.customer_id;

CREATE TRIGGER customer_tally_assignee_removed AFTER DELETE ON customer_assignee FOR EACH ROW
    INSERT INTO customer_tally_change (scope_kind, scope_id, progress_id, contact_date, change_count)
    SELECT s.scope_kind, s.scope_id, IFNULL(c.current_progress_id, 0), IFNULL(c.last_contact_date, '1000-01-01'), -1
    FROM customer c
    JOIN (SELECT 'U' AS scope_kind, OLD.user_id AS scope_id
          UNION ALL
          SELECT 'D', u.department_id FROM app_user u
          WHERE u.id = OLD.user_id AND u.department_id IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM customer_assignee o JOIN app_user ou ON ou.id = o.user_id
                            WHERE o.customer_id = OLD.customer_id AND o.user_id <> OLD.user_id
                              AND ou.department_id = u.department_id)) s
    WHERE c.id = OLD.customer_id;

-- a person who moves takes their customers out of the old department (unless someone else there keeps them) and
-- into the new one (unless someone there had them already)
CREATE TRIGGER customer_tally_user_moved AFTER UPDATE ON app_user FOR EACH ROW
    INSERT INTO customer_tally_change (scope_kind, scope_id, progress_id, contact_date, change_count)
    SELECT 'D', d.department_id, IFNULL(c.current_progress_id, 0), IFNULL(c.last_contact_date, '1000-01-01'),
           d.change_count
    FROM customer_assignee a
    JOIN customer c ON c.id = a.customer_id
    JOIN (SELECT OLD.department_id AS department_id, -1 AS change_count
          UNION ALL
          SELECT NEW.department_id, 1) d ON d.department_id IS NOT NULL
    WHERE a.user_id = NEW.id
      AND NOT (OLD.department_id <=> NEW.department_id)
      AND NOT EXISTS (SELECT 1 FROM customer_assignee o JOIN app_user ou ON ou.id = o.user_id
                      WHERE o.customer_id = a.customer_id AND o.user_id <> NEW.id
                        AND ou.department_id = d.department_id);
-- [jooq ignore stop]

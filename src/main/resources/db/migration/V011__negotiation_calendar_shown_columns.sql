-- The calendar carries what it shows of each record: its time, customer, progress, handler, whether it is done, and
-- the version a drag on the calendar saves against. Five weeks of a busy user's calendar are then read from one
-- range of the primary key alone, without a lookup into the records and the customers for each entry.
-- The triggers below replace V010's where the shown columns must follow: a record's every change, a new
-- assignment, and a customer's new name.
ALTER TABLE negotiation_calendar ADD COLUMN shown_time TIME NULL;
ALTER TABLE negotiation_calendar ADD COLUMN customer_name VARCHAR(100) NOT NULL DEFAULT '';
ALTER TABLE negotiation_calendar ADD COLUMN progress_id BIGINT NULL;
ALTER TABLE negotiation_calendar ADD COLUMN handler_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE negotiation_calendar ADD COLUMN done BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE negotiation_calendar ADD COLUMN negotiation_version INT NOT NULL DEFAULT 0;

-- [jooq ignore start]
UPDATE negotiation_calendar k
    JOIN negotiation n ON n.id = k.negotiation_id
    JOIN customer c ON c.id = n.customer_id
SET k.shown_time = n.shown_time, k.customer_name = c.name, k.progress_id = n.progress_id,
    k.handler_id = n.handler_id, k.done = n.done_date IS NOT NULL, k.negotiation_version = n.version;

DROP TRIGGER negotiation_calendar_record_added;
DROP TRIGGER negotiation_calendar_record_placed;
DROP TRIGGER negotiation_calendar_assignee_added;

CREATE TRIGGER negotiation_calendar_record_added AFTER INSERT ON negotiation FOR EACH ROW
    INSERT IGNORE INTO negotiation_calendar (user_id, shown_date, negotiation_id, shown_time, customer_name,
                                             progress_id, handler_id, done, negotiation_version)
    SELECT u.user_id, NEW.shown_date, NEW.id, NEW.shown_time, c.name, NEW.progress_id, NEW.handler_id,
           NEW.done_date IS NOT NULL, NEW.version
    FROM (SELECT NEW.handler_id AS user_id
          UNION SELECT a.user_id FROM customer_assignee a WHERE a.customer_id = NEW.customer_id) u
    JOIN customer c ON c.id = NEW.customer_id;

-- after negotiation_calendar_record_moved (V010) has taken away the rows of a record shown elsewhere now
CREATE TRIGGER negotiation_calendar_record_placed AFTER UPDATE ON negotiation FOR EACH ROW
    FOLLOWS negotiation_calendar_record_moved
    INSERT INTO negotiation_calendar (user_id, shown_date, negotiation_id, shown_time, customer_name,
                                      progress_id, handler_id, done, negotiation_version)
    SELECT u.user_id, NEW.shown_date, NEW.id, NEW.shown_time, c.name, NEW.progress_id, NEW.handler_id,
           NEW.done_date IS NOT NULL, NEW.version
    FROM (SELECT NEW.handler_id AS user_id
          UNION SELECT a.user_id FROM customer_assignee a WHERE a.customer_id = NEW.customer_id) u
    JOIN customer c ON c.id = NEW.customer_id
    ON DUPLICATE KEY UPDATE shown_time = VALUES(shown_time), customer_name = VALUES(customer_name),
                            progress_id = VALUES(progress_id), handler_id = VALUES(handler_id),
                            done = VALUES(done), negotiation_version = VALUES(negotiation_version);

CREATE TRIGGER negotiation_calendar_assignee_added AFTER INSERT ON customer_assignee FOR EACH ROW
    INSERT IGNORE INTO negotiation_calendar (user_id, shown_date, negotiation_id, shown_time, customer_name,
                                             progress_id, handler_id, done, negotiation_version)
    SELECT NEW.user_id, n.shown_date, n.id, n.shown_time, c.name, n.progress_id, n.handler_id,
           n.done_date IS NOT NULL, n.version
    FROM negotiation n JOIN customer c ON c.id = n.customer_id
    WHERE n.customer_id = NEW.customer_id;

CREATE TRIGGER negotiation_calendar_customer_renamed AFTER UPDATE ON customer FOR EACH ROW
    UPDATE negotiation_calendar k JOIN negotiation n ON n.id = k.negotiation_id
    SET k.customer_name = NEW.name
    WHERE n.customer_id = NEW.id AND NEW.name <> OLD.name;
-- [jooq ignore stop]

-- Whose calendar shows which record: its handler's and every 担当者's of its customer, on the day it is shown.
-- Five weeks of a busy user's calendar are then one range of the primary key, instead of one index probe into
-- the records per customer they look after. Kept by the triggers below, whoever writes records or assignments.
CREATE TABLE negotiation_calendar (
    user_id        BIGINT NOT NULL,
    shown_date     DATE   NOT NULL,
    negotiation_id BIGINT NOT NULL,
    PRIMARY KEY (user_id, shown_date, negotiation_id)
) ENGINE = InnoDB;

CREATE INDEX idx_negotiation_calendar_negotiation ON negotiation_calendar (negotiation_id);

-- [jooq ignore start]
INSERT IGNORE INTO negotiation_calendar (user_id, shown_date, negotiation_id)
SELECT handler_id, shown_date, id FROM negotiation;

INSERT IGNORE INTO negotiation_calendar (user_id, shown_date, negotiation_id)
SELECT a.user_id, n.shown_date, n.id FROM negotiation n JOIN customer_assignee a ON a.customer_id = n.customer_id;

CREATE TRIGGER negotiation_calendar_record_added AFTER INSERT ON negotiation FOR EACH ROW
    INSERT IGNORE INTO negotiation_calendar (user_id, shown_date, negotiation_id)
    SELECT NEW.handler_id, NEW.shown_date, NEW.id
    UNION ALL
    SELECT a.user_id, NEW.shown_date, NEW.id FROM customer_assignee a WHERE a.customer_id = NEW.customer_id;

CREATE TRIGGER negotiation_calendar_record_moved AFTER UPDATE ON negotiation FOR EACH ROW
    DELETE FROM negotiation_calendar
    WHERE negotiation_id = OLD.id
      AND (NEW.shown_date <> OLD.shown_date OR NEW.handler_id <> OLD.handler_id OR NEW.customer_id <> OLD.customer_id);

CREATE TRIGGER negotiation_calendar_record_placed AFTER UPDATE ON negotiation FOR EACH ROW
    FOLLOWS negotiation_calendar_record_moved
    INSERT IGNORE INTO negotiation_calendar (user_id, shown_date, negotiation_id)
    SELECT NEW.handler_id, NEW.shown_date, NEW.id
    UNION ALL
    SELECT a.user_id, NEW.shown_date, NEW.id FROM customer_assignee a WHERE a.customer_id = NEW.customer_id;

CREATE TRIGGER negotiation_calendar_record_removed AFTER DELETE ON negotiation FOR EACH ROW
    DELETE FROM negotiation_calendar WHERE negotiation_id = OLD.id;

CREATE TRIGGER negotiation_calendar_assignee_added AFTER INSERT ON customer_assignee FOR EACH ROW
    INSERT IGNORE INTO negotiation_calendar (user_id, shown_date, negotiation_id)
    SELECT NEW.user_id, n.shown_date, n.id FROM negotiation n WHERE n.customer_id = NEW.customer_id;

CREATE TRIGGER negotiation_calendar_assignee_removed AFTER DELETE ON customer_assignee FOR EACH ROW
    DELETE c FROM negotiation_calendar c JOIN negotiation n ON n.id = c.negotiation_id
    WHERE n.customer_id = OLD.customer_id AND c.user_id = OLD.user_id AND n.handler_id <> OLD.user_id;
-- [jooq ignore stop]

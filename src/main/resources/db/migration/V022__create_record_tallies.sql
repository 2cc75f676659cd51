-- The dashboard's record counts, kept per handler as records change instead of counted per view: records done per
-- day ('D', tally_date = 対応日), open plans (no 対応日) per 予定日 ('O', tally_date = 予定日), and all open plans of the handler
-- ('T', tally_date = '1000-01-01'). Overdue plans are then 'T' less the 'O' rows from today on: the days ahead are few,
-- the days behind many. Each row belongs to one handler, so only saves of the same person's records on the same day
-- share a row, and the counts are updated in place.
CREATE TABLE negotiation_tally (
    handler_id BIGINT  NOT NULL,
    kind       CHAR(1) CHARACTER SET ascii NOT NULL,
    tally_date DATE    NOT NULL,
    records    INT     NOT NULL,
    PRIMARY KEY (handler_id, kind, tally_date)
) ENGINE = InnoDB;

-- everyone's panels: one range of days for all handlers at once
CREATE INDEX idx_negotiation_tally_day ON negotiation_tally (kind, tally_date, handler_id, records);

-- the records panels read the counts now, not this index
DROP INDEX idx_negotiation_handler_done ON negotiation;

-- [jooq ignore start]
INSERT INTO negotiation_tally (handler_id, kind, tally_date, records)
SELECT handler_id, 'D', done_date, COUNT(*) FROM negotiation WHERE done_date IS NOT NULL GROUP BY 1, 3
UNION ALL
SELECT handler_id, 'O', planned_date, COUNT(*) FROM negotiation
WHERE done_date IS NULL AND planned_date IS NOT NULL GROUP BY 1, 3
UNION ALL
SELECT handler_id, 'T', '1000-01-01', COUNT(*) FROM negotiation
WHERE done_date IS NULL AND planned_date IS NOT NULL GROUP BY 1;

CREATE TRIGGER negotiation_tally_record_added AFTER INSERT ON negotiation FOR EACH ROW
    INSERT INTO negotiation_tally (handler_id, kind, tally_date, records)
    SELECT NEW.handler_id, t.kind, t.tally_date, 1
    FROM (SELECT 'D' AS kind, NEW.done_date AS tally_date
          UNION ALL SELECT 'O', NEW.planned_date
          UNION ALL SELECT 'T', '1000-01-01') t
    WHERE IF(t.kind = 'D', NEW.done_date IS NOT NULL, NEW.done_date IS NULL AND NEW.planned_date IS NOT NULL)
    ON DUPLICATE KEY UPDATE records = records + 1;

CREATE TRIGGER negotiation_tally_record_changed AFTER UPDATE ON negotiation FOR EACH ROW
    INSERT INTO negotiation_tally (handler_id, kind, tally_date, records)
    SELECT t.handler_id, t.kind, t.tally_date, t.delta
    FROM (SELECT OLD.handler_id AS handler_id, 'D' AS kind, OLD.done_date AS tally_date, -1 AS delta,
                 OLD.done_date IS NOT NULL AS counted
          UNION ALL SELECT OLD.handler_id, 'O', OLD.planned_date, -1,
                 OLD.done_date IS NULL AND OLD.planned_date IS NOT NULL
          UNION ALL SELECT OLD.handler_id, 'T', '1000-01-01', -1,
                 OLD.done_date IS NULL AND OLD.planned_date IS NOT NULL
          UNION ALL SELECT NEW.handler_id, 'D', NEW.done_date, 1, NEW.done_date IS NOT NULL
          UNION ALL SELECT NEW.handler_id, 'O', NEW.planned_date, 1,
                 NEW.done_date IS NULL AND NEW.planned_date IS NOT NULL
          UNION ALL SELECT NEW.handler_id, 'T', '1000-01-01', 1,
                 NEW.done_date IS NULL AND NEW.planned_date IS NOT NULL) t
    WHERE t.counted
      AND NOT (OLD.handler_id <=> NEW.handler_id AND OLD.done_date <=> NEW.done_date
               AND OLD.planned_date <=> NEW.planned_date)
    ON DUPLICATE KEY UPDATE records = records + VALUES(records);

CREATE TRIGGER negotiation_tally_record_removed AFTER DELETE ON negotiation FOR EACH ROW
    INSERT INTO negotiation_tally (handler_id, kind, tally_date, records)
    SELECT OLD.handler_id, t.kind, t.tally_date, -1
    FROM (SELECT 'D' AS kind, OLD.done_date AS tally_date
          UNION ALL SELECT 'O', OLD.planned_date
          UNION ALL SELECT 'T', '1000-01-01') t
    WHERE IF(t.kind = 'D', OLD.done_date IS NOT NULL, OLD.done_date IS NULL AND OLD.planned_date IS NOT NULL)
    ON DUPLICATE KEY UPDATE records = records - 1;
-- [jooq ignore stop]

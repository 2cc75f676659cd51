-- Scheduled jobs that must run once across every Kiroku node on this database (the daily sweep, the reminder
-- mails) take a named lock here first (ShedLock's JDBC provider); a node that finds the lock held skips that run.
-- lock_until is written from the database's clock (usingDbTime), so the nodes' clocks need not agree.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP(3) NOT NULL,
    locked_at  TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    locked_by  VARCHAR(255) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

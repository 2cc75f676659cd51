-- Per user: visit invitations (an iCalendar mail when someone else gives them a visit or moves it) and reminders (the
-- evening before: tomorrow's visits; in the morning: overdue plans). Both on unless the user turns them off.
ALTER TABLE app_user ADD COLUMN visit_invitations BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE app_user ADD COLUMN visit_reminders BOOLEAN NOT NULL DEFAULT TRUE;

-- An invitation's calendar part, sent as a text/calendar alternative next to the plain text and HTML.
ALTER TABLE mail_outbox ADD COLUMN calendar_method VARCHAR(10) NULL;
ALTER TABLE mail_outbox ADD COLUMN body_calendar MEDIUMTEXT NULL;

-- One row per reminder mail queued: a second instance (or a rerun) inserts nothing and so queues nothing.
CREATE TABLE reminder_digest (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    user_id         BIGINT       NOT NULL,
    kind            VARCHAR(10)  NOT NULL,
    digest_date     DATE         NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    CONSTRAINT uk_reminder_digest UNIQUE (user_id, kind, digest_date),
    CONSTRAINT fk_reminder_digest_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX idx_reminder_digest_date ON reminder_digest (digest_date);

-- Plain schedule entries (予定) that are not negotiations; the only calendar content PARTNER users see.
CREATE TABLE schedule_entry (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    title       VARCHAR(100) NOT NULL,
    starts_at   DATETIME     NOT NULL,
    ends_at     DATETIME     NOT NULL,
    all_day     BOOLEAN      NOT NULL DEFAULT FALSE,
    place       VARCHAR(200),
    memo        TEXT,
    owner_id    BIGINT       NOT NULL,
    created_at  DATETIME(3)  NOT NULL,
    updated_at  DATETIME(3)  NOT NULL,
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_schedule_entry_owner FOREIGN KEY (owner_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX idx_schedule_entry_owner_start ON schedule_entry (owner_id, starts_at);
CREATE INDEX idx_schedule_entry_start ON schedule_entry (starts_at);

CREATE TABLE schedule_participant (
    entry_id    BIGINT NOT NULL,
    user_id     BIGINT NOT NULL,
    PRIMARY KEY (entry_id, user_id),
    CONSTRAINT fk_schedule_participant_entry FOREIGN KEY (entry_id) REFERENCES schedule_entry (id) ON DELETE CASCADE,
    CONSTRAINT fk_schedule_participant_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX idx_schedule_participant_user ON schedule_participant (user_id, entry_id);

-- The days since the last contact at which a customer counts as left alone, set by an administrator: up to
-- recent_days is recent (blue), up to stale_days is getting old (yellow), older is left alone (red). One row.
CREATE TABLE contact_threshold (
    id          INT          NOT NULL PRIMARY KEY,
    recent_days INT          NOT NULL,
    stale_days  INT          NOT NULL,
    updated_by  BIGINT,
    updated_at  DATETIME(3),
    version     INT          NOT NULL DEFAULT 0,
    CONSTRAINT ck_contact_threshold_single CHECK (id = 1),
    CONSTRAINT ck_contact_threshold_order CHECK (recent_days >= 0 AND stale_days > recent_days),
    CONSTRAINT fk_contact_threshold_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- [jooq ignore start]
INSERT INTO contact_threshold (id, recent_days, stale_days, version) VALUES (1, 7, 30, 0);
-- [jooq ignore stop]

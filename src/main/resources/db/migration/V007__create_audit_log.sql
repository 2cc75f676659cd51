-- Who changed what, when: master data, users, customers and records.
CREATE TABLE audit_log (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    occurred_at  DATETIME(3)  NOT NULL,
    user_id      BIGINT,
    action       VARCHAR(20)  NOT NULL,
    entity_type  VARCHAR(40)  NOT NULL,
    entity_id    BIGINT,
    detail       TEXT,
    CONSTRAINT fk_audit_log_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX idx_audit_log_entity ON audit_log (entity_type, entity_id, occurred_at);
CREATE INDEX idx_audit_log_occurred ON audit_log (occurred_at);
CREATE INDEX idx_audit_log_user ON audit_log (user_id, occurred_at);

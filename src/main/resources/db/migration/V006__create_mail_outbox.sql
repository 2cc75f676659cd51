-- Transactional outbox: one row per recipient, written in the request's transaction, delivered in the background.
CREATE TABLE mail_outbox (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    negotiation_id      BIGINT,
    recipient_user_id   BIGINT,
    recipient_email     VARCHAR(254) NOT NULL,
    subject             VARCHAR(255) NOT NULL,
    body_text           MEDIUMTEXT   NOT NULL,
    body_html           MEDIUMTEXT   NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    attempts            INT          NOT NULL DEFAULT 0,
    next_attempt_at     DATETIME(3)  NOT NULL,
    last_error          VARCHAR(1000),
    created_by          BIGINT       NOT NULL,
    created_at          DATETIME(3)  NOT NULL,
    sent_at             DATETIME(3),
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_mail_outbox_negotiation FOREIGN KEY (negotiation_id) REFERENCES negotiation (id) ON DELETE SET NULL,
    CONSTRAINT fk_mail_outbox_recipient FOREIGN KEY (recipient_user_id) REFERENCES app_user (id),
    CONSTRAINT fk_mail_outbox_created_by FOREIGN KEY (created_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX idx_mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX idx_mail_outbox_negotiation ON mail_outbox (negotiation_id, created_at);
CREATE INDEX idx_mail_outbox_created ON mail_outbox (created_at);

-- Customers and their in-house 担当者 (n:m).
-- current_progress_id (現進捗: the progress of the record with the newest 対応日) and next_contact_date (the nearest
-- 予定日 from today on) are maintained when records change and by a daily sweep, so lists sort and filter on them
-- through an index instead of aggregating millions of records.
-- name_norm / kana_norm / phone_digits hold the normalised forms the search compares against
-- (kana folded to katakana, widths folded, lower case, phone numbers as bare digits); code keeps them current.
CREATE TABLE customer (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    name            VARCHAR(100) NOT NULL,
    kana            VARCHAR(100) NOT NULL,
    phone           VARCHAR(20),
    mobile          VARCHAR(20),
    email           VARCHAR(254),
    postal_code     VARCHAR(8),
    address         VARCHAR(200),
    rank_id         BIGINT,
    memo            TEXT,
    name_norm       VARCHAR(100) NOT NULL,
    kana_norm       VARCHAR(100) NOT NULL,
    phone_digits    VARCHAR(20),
    mobile_digits   VARCHAR(20),
    address_norm    VARCHAR(200),
    current_progress_id BIGINT,
    next_contact_date DATE,
    created_by      BIGINT       NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    updated_by      BIGINT       NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_customer_rank FOREIGN KEY (rank_id) REFERENCES customer_rank (id),
    CONSTRAINT fk_customer_current_progress FOREIGN KEY (current_progress_id) REFERENCES progress_flag (id),
    CONSTRAINT fk_customer_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT fk_customer_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX idx_customer_name_norm ON customer (name_norm);
CREATE INDEX idx_customer_kana_norm ON customer (kana_norm, id);
CREATE INDEX idx_customer_phone_digits ON customer (phone_digits);
CREATE INDEX idx_customer_mobile_digits ON customer (mobile_digits);
CREATE INDEX idx_customer_rank ON customer (rank_id, kana_norm);
CREATE INDEX idx_customer_current_progress ON customer (current_progress_id, kana_norm);
CREATE INDEX idx_customer_next_contact ON customer (next_contact_date, id);
CREATE INDEX idx_customer_address_norm ON customer (address_norm);

CREATE TABLE customer_assignee (
    customer_id BIGINT NOT NULL,
    user_id     BIGINT NOT NULL,
    PRIMARY KEY (customer_id, user_id),
    CONSTRAINT fk_customer_assignee_customer FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE,
    CONSTRAINT fk_customer_assignee_user FOREIGN KEY (user_id) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX idx_customer_assignee_user ON customer_assignee (user_id, customer_id);

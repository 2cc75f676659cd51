-- 商談記録. shown_date / shown_time = 対応日 if set, else 予定日 (the schedule's position); code keeps them current.
CREATE TABLE negotiation (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    customer_id     BIGINT       NOT NULL,
    planned_date    DATE,
    planned_time    TIME,
    done_date       DATE,
    done_time       TIME,
    shown_date      DATE         NOT NULL,
    shown_time      TIME,
    handler_id      BIGINT       NOT NULL,
    progress_id     BIGINT,
    rank_id         BIGINT,
    department_id   BIGINT,
    report          TEXT,
    remarks         TEXT,
    created_by      BIGINT       NOT NULL,
    created_at      DATETIME(3)  NOT NULL,
    updated_by      BIGINT       NOT NULL,
    updated_at      DATETIME(3)  NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT fk_negotiation_customer FOREIGN KEY (customer_id) REFERENCES customer (id),
    CONSTRAINT fk_negotiation_handler FOREIGN KEY (handler_id) REFERENCES app_user (id),
    CONSTRAINT fk_negotiation_progress FOREIGN KEY (progress_id) REFERENCES progress_flag (id),
    CONSTRAINT fk_negotiation_rank FOREIGN KEY (rank_id) REFERENCES customer_rank (id),
    CONSTRAINT fk_negotiation_department FOREIGN KEY (department_id) REFERENCES department (id),
    CONSTRAINT fk_negotiation_created_by FOREIGN KEY (created_by) REFERENCES app_user (id),
    CONSTRAINT fk_negotiation_updated_by FOREIGN KEY (updated_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- 現進捗 (newest 対応日) and 次回接触予定日 (nearest future 予定日) per customer
CREATE INDEX idx_negotiation_customer_done ON negotiation (customer_id, done_date, done_time);
CREATE INDEX idx_negotiation_customer_planned ON negotiation (customer_id, planned_date, done_date);
-- the customer screen's headings, newest first
CREATE INDEX idx_negotiation_customer_shown ON negotiation (customer_id, shown_date, shown_time);
-- a handler's schedule and 今日の予定
CREATE INDEX idx_negotiation_handler_shown ON negotiation (handler_id, shown_date);
-- detailed search by dates and masters
CREATE INDEX idx_negotiation_planned ON negotiation (planned_date);
CREATE INDEX idx_negotiation_done ON negotiation (done_date);
CREATE INDEX idx_negotiation_progress ON negotiation (progress_id, shown_date);
CREATE INDEX idx_negotiation_rank ON negotiation (rank_id, shown_date);
CREATE INDEX idx_negotiation_department ON negotiation (department_id, shown_date);

-- Data brought in from Excel or CSV files.
-- customer.code: the customer's number in the system the data came from (顧客コード), optional and unique; an
-- import can match its rows on it, and records imported later find their customer by it.
ALTER TABLE customer ADD COLUMN code VARCHAR(40) NULL AFTER id;
CREATE UNIQUE INDEX idx_customer_code ON customer (code);

-- STAFF users may import only when an admin allowed it; ADMIN always may.
ALTER TABLE app_user ADD COLUMN may_import BOOLEAN NOT NULL DEFAULT FALSE;

-- One import: what was read, how duplicates were treated, and what came of it. rows_done moves on in the same
-- transaction as each batch it counts, so after a crash it tells exactly how far the file was written.
CREATE TABLE import_job (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    target         VARCHAR(20)  NOT NULL,
    file_name      VARCHAR(255) NOT NULL,
    duplicates     VARCHAR(10)  NOT NULL,
    status         VARCHAR(12)  NOT NULL,
    rows_done      INT          NOT NULL DEFAULT 0,
    created_count  INT          NOT NULL DEFAULT 0,
    updated_count  INT          NOT NULL DEFAULT 0,
    skipped_count  INT          NOT NULL DEFAULT 0,
    refused_count  INT          NOT NULL DEFAULT 0,
    message        VARCHAR(500),
    started_by     BIGINT       NOT NULL,
    started_at     DATETIME(3)  NOT NULL,
    heartbeat_at   DATETIME(3)  NOT NULL,
    finished_at    DATETIME(3),
    CONSTRAINT fk_import_job_started_by FOREIGN KEY (started_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX idx_import_job_started ON import_job (started_at, id);
CREATE INDEX idx_import_job_status ON import_job (status);

-- A column mapping kept under a name: for each Kiroku field, the header of the file's column that fills it.
CREATE TABLE import_mapping (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    target      VARCHAR(20)  NOT NULL,
    name        VARCHAR(100) NOT NULL,
    columns     TEXT         NOT NULL,
    saved_by    BIGINT       NOT NULL,
    saved_at    DATETIME(3)  NOT NULL,
    CONSTRAINT uq_import_mapping_name UNIQUE (target, name),
    CONSTRAINT fk_import_mapping_saved_by FOREIGN KEY (saved_by) REFERENCES app_user (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- Why rows of an import were refused (the first 10,000 of them), kept for the list a user downloads.
CREATE TABLE import_problem (
    import_id   BIGINT       NOT NULL,
    seq         INT          NOT NULL,
    line        INT          NOT NULL,
    column_name VARCHAR(255) NOT NULL,
    message_key VARCHAR(80)  NOT NULL,
    arguments   VARCHAR(500) NOT NULL,
    PRIMARY KEY (import_id, seq),
    CONSTRAINT fk_import_problem_import FOREIGN KEY (import_id) REFERENCES import_job (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

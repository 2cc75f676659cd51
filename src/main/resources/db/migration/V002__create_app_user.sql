-- Users of all three roles. Deactivated users keep their rows so records still show their names.
CREATE TABLE app_user (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    login_id            VARCHAR(50)  NOT NULL,
    name                VARCHAR(100) NOT NULL,
    kana                VARCHAR(100) NOT NULL DEFAULT '',
    email               VARCHAR(254),
    role                VARCHAR(10)  NOT NULL,
    department_id       BIGINT,
    active              BOOLEAN      NOT NULL DEFAULT TRUE,
    password_hash       VARCHAR(100) NOT NULL,
    must_change_password BOOLEAN     NOT NULL DEFAULT FALSE,
    failed_login_count  INT          NOT NULL DEFAULT 0,
    locked_until        DATETIME(3),
    locale              VARCHAR(10),
    created_at          DATETIME(3)  NOT NULL,
    updated_at          DATETIME(3)  NOT NULL,
    version             INT          NOT NULL DEFAULT 0,
    CONSTRAINT uk_app_user_login_id UNIQUE (login_id),
    CONSTRAINT fk_app_user_department FOREIGN KEY (department_id) REFERENCES department (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

CREATE INDEX idx_app_user_department ON app_user (department_id, active);
CREATE INDEX idx_app_user_kana ON app_user (kana);
CREATE INDEX idx_app_user_role ON app_user (role, active);

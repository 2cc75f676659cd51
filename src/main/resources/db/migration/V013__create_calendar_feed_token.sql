-- A user's personal calendar feed (iCalendar over a secret URL). Only the SHA-256 of the URL's token is kept, so a
-- copy of the database does not open anyone's feed; one token per user, replaced when the URL is issued anew and
-- deleted when it is revoked (or when the user goes).
CREATE TABLE calendar_feed_token (
    user_id     BIGINT      NOT NULL PRIMARY KEY,
    token_hash  BINARY(32)  NOT NULL,
    created_at  DATETIME(3) NOT NULL,
    CONSTRAINT uk_calendar_feed_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_calendar_feed_token_user FOREIGN KEY (user_id) REFERENCES app_user (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

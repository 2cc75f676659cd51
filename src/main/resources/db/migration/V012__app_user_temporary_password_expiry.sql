-- When the temporary password an admin handed out was issued: it signs in only for a while after that
-- (kiroku.login.temporary-password-validity). NULL once the user has chosen their own password.
ALTER TABLE app_user ADD COLUMN temporary_password_issued_at DATETIME(3) NULL;

-- temporary passwords issued before this column existed count from the user's last change, the closest record kept
-- [jooq ignore start]
UPDATE app_user SET temporary_password_issued_at = updated_at WHERE must_change_password;
-- [jooq ignore stop]

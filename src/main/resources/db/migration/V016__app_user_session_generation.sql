-- Ends a user's sessions on every node: a session remembers the generation its user had at sign-in, and a change
-- to the account (deactivated, another role, a new password) counts the generation up. Each node compares the
-- sessions it holds with this column every few seconds and ends the older ones.
ALTER TABLE app_user ADD COLUMN session_generation INT NOT NULL DEFAULT 0;

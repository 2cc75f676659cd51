-- The 担当者 filter (自分が担当, 担当者) reads one user's customers in list order (kana, id) and stops after a page,
-- as the keyword search does with customer_search_key; the customer's kana is kept beside each assignment for that.
ALTER TABLE customer_assignee ADD COLUMN kana_norm VARCHAR(100) NOT NULL DEFAULT '';

-- [jooq ignore start]
UPDATE customer_assignee a JOIN customer c ON c.id = a.customer_id SET a.kana_norm = c.kana_norm;
-- [jooq ignore stop]

CREATE INDEX idx_customer_assignee_user_kana ON customer_assignee (user_id, kana_norm, customer_id);
DROP INDEX idx_customer_assignee_user ON customer_assignee;

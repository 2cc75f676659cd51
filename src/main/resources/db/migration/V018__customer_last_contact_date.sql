-- 最終対応日: the newest 対応日 among the customer's records, kept by code with 現進捗 and 次回接触予定日 (V003), so
-- lists colour and filter customers by the days since their last contact through an index, and the dashboard counts
-- the customers left alone by index ranges instead of aggregating the records.
ALTER TABLE customer ADD COLUMN last_contact_date DATE;

CREATE INDEX idx_customer_last_contact ON customer (last_contact_date, id);

-- [jooq ignore start]
UPDATE customer c JOIN (
  SELECT customer_id, MAX(done_date) AS last_done FROM negotiation WHERE done_date IS NOT NULL GROUP BY customer_id
) newest ON newest.customer_id = c.id
SET c.last_contact_date = newest.last_done;
-- [jooq ignore stop]

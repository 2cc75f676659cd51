-- Search keys for the customer keyword search: every 2- and 3-character piece of a customer's normalised name, kana
-- and address, and every 4-digit piece of their phone numbers, each with the customer's kana beside it. A keyword
-- is then read from one range of the primary key, already in list order (kana, id), and the search stops after a
-- page instead of testing every customer with LIKE '%…%'. Kept by CustomerSearchKeys on every save.
CREATE TABLE customer_search_key (
    search_key  VARCHAR(4)   CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    kana_norm   VARCHAR(100) NOT NULL,
    customer_id BIGINT       NOT NULL,
    PRIMARY KEY (search_key, kana_norm, customer_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_uca1400_as_ci;

-- [jooq ignore start]
-- The keys of the customers saved before this table existed (the same SQL as CustomerSearchKeys.SOURCE).
INSERT IGNORE INTO customer_search_key (search_key, kana_norm, customer_id)
SELECT CAST(SUBSTRING(f.text, p.seq, n.seq) AS CHAR(4) CHARACTER SET utf8mb4) COLLATE utf8mb4_bin, f.kana_norm, f.id
FROM (SELECT c.id, c.kana_norm,
             CASE w.seq WHEN 1 THEN c.name_norm WHEN 2 THEN c.kana_norm ELSE c.address_norm END AS text
      FROM customer c JOIN seq_1_to_3 w) f
JOIN seq_2_to_3 n JOIN seq_1_to_200 p ON p.seq + n.seq <= CHAR_LENGTH(f.text) + 1
UNION ALL
SELECT CAST(SUBSTRING(d.digits, p.seq, 4) AS CHAR(4) CHARACTER SET utf8mb4) COLLATE utf8mb4_bin, d.kana_norm, d.id
FROM (SELECT c.id, c.kana_norm, IF(w.seq = 1, c.phone_digits, c.mobile_digits) AS digits
      FROM customer c JOIN seq_1_to_2 w) d
JOIN seq_1_to_20 p ON p.seq + 3 <= CHAR_LENGTH(d.digits);
-- [jooq ignore stop]

-- Search keys of one character: a keyword of one kanji (林, 森, 原, the commonest surnames), kana or place is then one
-- range of the key table in list order, like a keyword of two or three characters. CustomerSearchKeys makes them on
-- every save from now on; these are the keys of the customers saved before (DISTINCT: a character that comes twice
-- in a name is one key, and a plain INSERT then has nothing to skip and no warning to log per duplicate).
-- [jooq ignore start]
INSERT INTO customer_search_key (search_key, kana_norm, customer_id)
SELECT DISTINCT CAST(SUBSTRING(f.text, p.seq, 1) AS CHAR(4) CHARACTER SET utf8mb4) COLLATE utf8mb4_bin, f.kana_norm, f.id
FROM (SELECT c.id, c.kana_norm,
             CASE w.seq WHEN 1 THEN c.name_norm WHEN 2 THEN c.kana_norm ELSE c.address_norm END AS text
      FROM customer c JOIN seq_1_to_3 w) f
JOIN seq_1_to_200 p ON p.seq <= CHAR_LENGTH(f.text)
ORDER BY 1, 2, 3;
-- [jooq ignore stop]

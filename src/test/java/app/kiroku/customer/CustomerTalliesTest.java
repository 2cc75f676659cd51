package app.kiroku.customer;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.TestData;
import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The counts the triggers keep (V020), against plain counts of the customers for every scope, through the changes
 * that move them: assignments, a person's department, 現進捗 and 最終対応日, a deleted customer, and the fold.
 */
@KirokuTest
@Transactional
class CustomerTalliesTest {

    /** The plain count of a scope's customers per 現進捗 and 最終対応日; the scope's condition on customer c. */
    private static final String PLAIN = "SELECT IFNULL(c.current_progress_id, 0) AS progress,"
            + " IFNULL(c.last_contact_date, '1000-01-01') AS day, COUNT(*) AS n FROM customer c WHERE %s"
            + " GROUP BY progress, day";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DSLContext dsl;

    @Autowired
    CustomerTallyFold fold;

    @Test
    void theDemoDataIsCountedInEveryScope() {
        assertEveryScopeMatches();
        assertThat(jdbc.queryForObject(
                        "SELECT (SELECT IFNULL(SUM(customers), 0) FROM customer_tally"
                                + " WHERE scope_kind = 'A') + (SELECT IFNULL(SUM(change_count), 0) FROM"
                                + " customer_tally_change"
                                + " WHERE scope_kind = 'A')",
                        Long.class))
                .isPositive();
    }

    @Test
    void eachChangeMovesTheCountsAndTheFoldKeepsThem() {
        long staff1 = TestData.userId(dsl, "staff1");
        long department1 = TestData.department(dsl, "営業一課");
        long department2 = TestData.department(dsl, "営業二課");
        long colleague = jdbc.queryForObject(
                "SELECT MIN(id) FROM app_user WHERE department_id = ? AND id <> ?", Long.class, department1, staff1);
        long other =
                jdbc.queryForObject("SELECT MIN(id) FROM app_user WHERE department_id = ?", Long.class, department2);
        long customer = jdbc.queryForObject(
                "SELECT MIN(a.customer_id) FROM customer_assignee a WHERE a.user_id = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM customer_assignee o WHERE o.customer_id = a.customer_id"
                        + " AND o.user_id <> a.user_id)",
                Long.class,
                staff1);

        // a second assignee of the same department: the department still counts the customer once
        jdbc.update("INSERT INTO customer_assignee (customer_id, user_id) VALUES (?, ?)", customer, colleague);
        assertEveryScopeMatches();
        jdbc.update("INSERT INTO customer_assignee (customer_id, user_id) VALUES (?, ?)", customer, other);
        assertEveryScopeMatches();
        jdbc.update("DELETE FROM customer_assignee WHERE customer_id = ? AND user_id = ?", customer, staff1);
        assertEveryScopeMatches();

        // staff1 moves: their customers leave 営業一課 unless a colleague keeps them
        jdbc.update("UPDATE app_user SET department_id = ? WHERE id = ?", department2, staff1);
        assertEveryScopeMatches();
        jdbc.update("UPDATE app_user SET department_id = NULL WHERE id = ?", colleague);
        assertEveryScopeMatches();

        long flag = TestData.flag(dsl, "見積提出");
        jdbc.update(
                "UPDATE customer SET current_progress_id = ?, last_contact_date = ? WHERE id = ?",
                flag,
                java.time.LocalDate.of(2026, 11, 2),
                customer);
        jdbc.update(
                "UPDATE customer SET last_contact_date = NULL WHERE id IN (SELECT customer_id FROM"
                        + " customer_assignee WHERE user_id = ?)",
                other);
        assertEveryScopeMatches();

        jdbc.update(
                "INSERT INTO customer (name, kana, name_norm, kana_norm, created_by, created_at, updated_by,"
                        + " updated_at) VALUES ('削除 予定', 'サクジョ', '削除予定', 'サクジョ', ?, NOW(), ?, NOW())",
                staff1,
                staff1);
        long removed = jdbc.queryForObject("SELECT MAX(id) FROM customer", Long.class);
        jdbc.update(
                "INSERT INTO customer_assignee (customer_id, user_id) VALUES (?, ?), (?, ?)",
                removed,
                staff1,
                removed,
                other);
        assertEveryScopeMatches();
        jdbc.update("DELETE FROM customer WHERE id = ?", removed);
        assertEveryScopeMatches();

        assertThat(fold.fold()).isPositive();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_tally_change", Integer.class))
                .isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM customer_tally WHERE customers = 0", Integer.class))
                .isZero();
        assertEveryScopeMatches();
        assertThat(fold.fold()).isZero();
    }

    private void assertEveryScopeMatches() {
        assertScope("A", 0, "TRUE");
        for (long department : jdbc.queryForList("SELECT id FROM department", Long.class)) {
            assertScope(
                    "D",
                    department,
                    "EXISTS (SELECT 1 FROM customer_assignee a JOIN app_user u"
                            + " ON u.id = a.user_id WHERE a.customer_id = c.id AND u.department_id = " + department
                            + ")");
        }
        for (long user : jdbc.queryForList("SELECT id FROM app_user", Long.class)) {
            assertScope(
                    "U",
                    user,
                    "EXISTS (SELECT 1 FROM customer_assignee a WHERE a.customer_id = c.id" + " AND a.user_id = " + user
                            + ")");
        }
    }

    private void assertScope(String kind, long id, String customersOfScope) {
        Map<String, Long> plain = new HashMap<>();
        jdbc.query(PLAIN.formatted(customersOfScope), row -> {
            plain.put(row.getLong("progress") + " " + row.getDate("day"), row.getLong("n"));
        });
        Map<String, Long> kept = new HashMap<>();
        jdbc.query(
                "SELECT progress_id, contact_date, SUM(n) AS n FROM (SELECT progress_id, contact_date,"
                        + " customers AS n FROM customer_tally WHERE scope_kind = ? AND scope_id = ? UNION ALL"
                        + " SELECT progress_id, contact_date, change_count FROM customer_tally_change"
                        + " WHERE scope_kind = ? AND scope_id = ?) t GROUP BY progress_id, contact_date HAVING"
                        + " SUM(n) <> 0",
                row -> {
                    kept.put(row.getLong("progress_id") + " " + row.getDate("contact_date"), row.getLong("n"));
                },
                kind,
                id,
                kind,
                id);
        assertThat(kept).as(kind + " " + id).isEqualTo(plain);
    }
}

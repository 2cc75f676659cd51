package app.kiroku.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.TestClock;
import app.kiroku.TestData;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The record counts the triggers keep (V022), against plain counts of the records, through every write that moves
 * them (written in SQL, as the triggers serve whoever writes), and what the dashboard reads from them.
 */
@KirokuTest
@Transactional
class NegotiationTalliesTest {

    /** The plain counts per handler, kind and day, as the table keeps them. */
    private static final String PLAIN = "SELECT handler_id, 'D' AS kind, done_date AS day, COUNT(*) AS n"
            + " FROM negotiation WHERE done_date IS NOT NULL GROUP BY 1, 3"
            + " UNION ALL SELECT handler_id, 'O', planned_date, COUNT(*) FROM negotiation"
            + " WHERE done_date IS NULL AND planned_date IS NOT NULL GROUP BY 1, 3"
            + " UNION ALL SELECT handler_id, 'T', '1000-01-01', COUNT(*) FROM negotiation"
            + " WHERE done_date IS NULL AND planned_date IS NOT NULL GROUP BY 1";

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DSLContext dsl;

    @Autowired
    NegotiationTallies tallies;

    @Test
    void everyWriteMovesTheCounts() {
        assertCountsMatch();
        long staff1 = TestData.userId(dsl, "staff1");
        long staff2 = TestData.userId(dsl, "staff2");
        long customer = jdbc.queryForObject("SELECT MIN(id) FROM customer", Long.class);
        LocalDate today = TestClock.TODAY;

        jdbc.update(
                "INSERT INTO negotiation (customer_id, planned_date, shown_date, handler_id, created_by,"
                        + " created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, NOW(), ?, NOW())",
                customer,
                today.plusDays(3),
                today.plusDays(3),
                staff1,
                staff1,
                staff1);
        long planned = jdbc.queryForObject("SELECT MAX(id) FROM negotiation", Long.class);
        jdbc.update(
                "INSERT INTO negotiation (customer_id, done_date, shown_date, handler_id, created_by,"
                        + " created_at, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, NOW(), ?, NOW())",
                customer,
                today,
                today,
                staff1,
                staff1,
                staff1);
        long done = jdbc.queryForObject("SELECT MAX(id) FROM negotiation", Long.class);
        assertCountsMatch();

        // rescheduled, then done, then handed to a colleague, then a report changed (no count moves)
        jdbc.update(
                "UPDATE negotiation SET planned_date = ?, shown_date = ? WHERE id = ?",
                today.minusDays(2),
                today.minusDays(2),
                planned);
        assertCountsMatch();
        jdbc.update("UPDATE negotiation SET done_date = ?, shown_date = ? WHERE id = ?", today, today, planned);
        assertCountsMatch();
        jdbc.update("UPDATE negotiation SET handler_id = ? WHERE id IN (?, ?)", staff2, planned, done);
        assertCountsMatch();
        jdbc.update("UPDATE negotiation SET report = 'まとめ' WHERE id = ?", done);
        jdbc.update("UPDATE negotiation SET done_date = NULL, shown_date = planned_date WHERE id = ?", planned);
        assertCountsMatch();

        jdbc.update("DELETE FROM negotiation WHERE id IN (?, ?)", planned, done);
        assertCountsMatch();
    }

    @Test
    void theDashboardsReadsAgreeWithPlainCounts() {
        List<Long> handlers = jdbc.queryForList("SELECT id FROM app_user", Long.class);
        LocalDate today = TestClock.TODAY;
        LocalDate from = today.minusDays(83);

        Map<Long, Map<LocalDate, Integer>> done = new HashMap<>();
        jdbc.query(
                "SELECT handler_id, done_date, COUNT(*) AS n FROM negotiation WHERE done_date BETWEEN ? AND ?"
                        + " GROUP BY 1, 2",
                row -> {
                    done.computeIfAbsent(row.getLong(1), k -> new HashMap<>())
                            .put(row.getDate(2).toLocalDate(), row.getInt(3));
                },
                from,
                today);
        assertThat(done).isNotEmpty();
        assertThat(tallies.doneByDay(handlers, from, today)).isEqualTo(done);
        assertThat(tallies.doneByDay(null, from, today)).as("everyone's").isEqualTo(done);

        assertThat(tallies.openPlans(handlers, today, today.plusDays(13)))
                .isEqualTo(openPlans("planned_date BETWEEN ? AND ?", today, today.plusDays(13)));
        Map<Long, Integer> overdue = openPlans("planned_date <= ?", today.minusDays(1));
        assertThat(overdue).isNotEmpty();
        assertThat(tallies.openPlans(handlers, null, today.minusDays(1))).isEqualTo(overdue);
        assertThat(tallies.openPlans(null, null, today.minusDays(1)))
                .as("everyone's")
                .isEqualTo(overdue);
        assertThat(tallies.openPlans(null, today, today.plusDays(13)))
                .isEqualTo(openPlans("planned_date BETWEEN ? AND ?", today, today.plusDays(13)));
    }

    private Map<Long, Integer> openPlans(String dates, Object... binds) {
        Map<Long, Integer> counts = new HashMap<>();
        jdbc.query(
                "SELECT handler_id, COUNT(*) FROM negotiation WHERE done_date IS NULL AND " + dates + " GROUP BY 1",
                row -> {
                    counts.put(row.getLong(1), row.getInt(2));
                },
                binds);
        return counts;
    }

    private void assertCountsMatch() {
        Map<String, Long> plain = new HashMap<>();
        jdbc.query(PLAIN, row -> {
            plain.put(row.getLong(1) + " " + row.getString(2) + " " + row.getString(3), row.getLong(4));
        });
        Map<String, Long> kept = new HashMap<>();
        jdbc.query("SELECT handler_id, kind, tally_date, records FROM negotiation_tally WHERE records <> 0", row -> {
            kept.put(row.getLong(1) + " " + row.getString(2) + " " + row.getString(3), row.getLong(4));
        });
        assertThat(kept).isEqualTo(plain);
    }
}

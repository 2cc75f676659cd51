package app.kiroku.customer;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The counts' triggers on separate connections: two customers saved at once do not wait for each other on the
 * shared counts, and a fold that meets a transaction still open waits for it instead of leaving its changes behind.
 */
@KirokuTest
class CustomerTallyConcurrencyTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    CustomerTallyFold fold;

    @Test
    void savesOfTwoCustomersDoNotWaitForEachOtherAndTheFoldWaitsForOpenOnes() throws Exception {
        List<Long> two = jdbc.queryForList(
                "SELECT id FROM customer WHERE current_progress_id IS NOT NULL" + " ORDER BY id LIMIT 2", Long.class);
        List<Long> flags = jdbc.queryForList("SELECT id FROM progress_flag ORDER BY sort_order LIMIT 2", Long.class);
        var before = jdbc.queryForList(
                "SELECT id, current_progress_id FROM customer WHERE id IN (?, ?)", two.get(0), two.get(1));
        try (Connection first = open();
                Connection second = open()) {
            // the same move for both, so both append to the same everyone/department rows of the counts
            moveTo(first, two.get(0), flags.get(0));
            moveTo(second, two.get(1), flags.get(0));
            second.commit();

            var folding = CompletableFuture.supplyAsync(fold::fold);
            Thread.sleep(500);
            assertThat(folding).as("the fold waits for the first, still open").isNotDone();
            first.commit();
            assertThat(folding.get(30, TimeUnit.SECONDS)).isPositive();
        } finally {
            for (var row : before) {
                jdbc.update(
                        "UPDATE customer SET current_progress_id = ? WHERE id = ?",
                        row.get("current_progress_id"),
                        row.get("id"));
            }
        }
        assertThat(jdbc.queryForObject("SELECT SUM(customers) FROM customer_tally WHERE scope_kind = 'A'", Long.class)
                        + jdbc.queryForObject(
                                "SELECT IFNULL(SUM(change_count), 0) FROM customer_tally_change"
                                        + " WHERE scope_kind = 'A'",
                                Long.class))
                .isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM customer", Long.class));
    }

    private Connection open() throws SQLException {
        Connection connection = dataSource.getConnection();
        connection.setAutoCommit(false);
        try (var sql = connection.createStatement()) {
            // waiting would show as this error instead of a pass
            sql.execute("SET SESSION innodb_lock_wait_timeout = 2");
        }
        return connection;
    }

    private static void moveTo(Connection connection, long customer, long flag) throws SQLException {
        try (var update = connection.prepareStatement("UPDATE customer SET current_progress_id = ? WHERE id = ?")) {
            update.setLong(1, flag);
            update.setLong(2, customer);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}

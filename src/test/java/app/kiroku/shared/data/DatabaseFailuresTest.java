package app.kiroku.shared.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import app.kiroku.KirokuTest;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The failures as the driver really raises them, not made up: an unreachable server and a real deadlock. */
@KirokuTest
class DatabaseFailuresTest {

    @Autowired
    DataSource dataSource;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void dropTable() {
        jdbc.execute("DROP TABLE IF EXISTS failure_probe");
    }

    @Test
    void aServerThatDoesNotAnswerIsUnreachableAndNotRetryable() throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Throwable error = catchThrowable(() -> DriverManager.getConnection(
                "jdbc:mariadb://127.0.0.1:" + closedPort + "/kiroku?connectTimeout=2000", "nobody", "x"));

        assertThat(error).isNotNull();
        assertThat(DatabaseFailures.isUnreachable(error)).isTrue();
        assertThat(DatabaseFailures.isRetryable(error)).isFalse();
    }

    @Test
    void aDeadlockIsRetryableAndNotUnreachable() throws Exception {
        jdbc.execute("CREATE TABLE failure_probe (id INT PRIMARY KEY, n INT) ENGINE = InnoDB");
        jdbc.update("INSERT INTO failure_probe VALUES (1, 0), (2, 0)");
        try (Connection a = dataSource.getConnection();
                Connection b = dataSource.getConnection()) {
            a.setAutoCommit(false);
            b.setAutoCommit(false);
            a.createStatement().executeUpdate("UPDATE failure_probe SET n = 1 WHERE id = 1");
            b.createStatement().executeUpdate("UPDATE failure_probe SET n = 1 WHERE id = 2");
            // a waits for b's row while b asks for a's: MariaDB rolls one of them back
            var onA = CompletableFuture.supplyAsync(() -> catchThrowable(
                    () -> a.createStatement().executeUpdate("UPDATE failure_probe SET n = 2 WHERE id = 2")));
            Thread.sleep(300);
            Throwable onB = catchThrowable(
                    () -> b.createStatement().executeUpdate("UPDATE failure_probe SET n = 2 WHERE id = 1"));
            Throwable fromA = onA.get(30, TimeUnit.SECONDS);
            Throwable deadlock = onB != null ? onB : fromA;
            a.rollback();
            b.rollback();

            assertThat(deadlock).isNotNull();
            assertThat(DatabaseFailures.isRetryable(deadlock)).isTrue();
            assertThat(DatabaseFailures.isUnreachable(deadlock)).isFalse();
        }
    }

    @Test
    void anOrdinaryBugIsNeither() {
        Throwable error = catchThrowable(() -> jdbc.queryForList("SELECT no_such_column FROM customer"));
        assertThat(DatabaseFailures.isUnreachable(error)).isFalse();
        assertThat(DatabaseFailures.isRetryable(error)).isFalse();
    }
}

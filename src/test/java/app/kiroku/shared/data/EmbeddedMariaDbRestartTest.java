package app.kiroku.shared.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/** The embedded default keeps its data across a stop and a start, in utf8mb4 with the Japanese-aware collation. */
class EmbeddedMariaDbRestartTest {

    private static final Path FOLDER = Path.of("target", "embedded-restart-test");

    @Test
    void dataSurvivesARestart() throws Exception {
        FileSystemUtils.deleteRecursively(FOLDER);
        try (var server = EmbeddedMariaDb.start(FOLDER, "kiroku")) {
            execute(server, "CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(50))");
            execute(server, "INSERT INTO note VALUES (1, '商談記録ヤマダ')");
        }
        assertThat(Files.isDirectory(FOLDER.resolve("mariadb"))).isTrue();

        try (var server = EmbeddedMariaDb.start(FOLDER, "kiroku");
                var connection =
                        DriverManager.getConnection(server.jdbcUrl("kiroku"), server.username(), server.password());
                var statement = connection.createStatement()) {
            var result = statement.executeQuery(
                    "SELECT text, @@character_set_database, @@collation_database, text = '商談記録やまだ' FROM note");
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("商談記録ヤマダ");
            assertThat(result.getString(2)).isEqualTo("utf8mb4");
            assertThat(result.getString(3)).isEqualTo(EmbeddedMariaDb.COLLATION);
            assertThat(result.getBoolean(4))
                    .as("hiragana = katakana under the collation")
                    .isTrue();
        }
    }

    @Test
    void refusesADataFolderInTheTempDir() {
        Path temp = Path.of(System.getProperty("java.io.tmpdir"), "kiroku-data");
        assertThatThrownBy(() -> EmbeddedMariaDb.start(temp, "kiroku"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("temp dir");
    }

    private static void execute(EmbeddedMariaDb server, String sql) throws SQLException {
        try (var connection =
                        DriverManager.getConnection(server.jdbcUrl("kiroku"), server.username(), server.password());
                var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}

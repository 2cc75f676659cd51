package app.kiroku.shared.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The embedded default is safe on a shared network: passwords are checked, only loopback listens, the account's
 * secret is readable by its owner only, and a server that dies or is left behind by a killed Kiroku is dealt with.
 */
class EmbeddedMariaDbSecurityTest {

    private static final Path FOLDER = Path.of("target", "embedded-security-test");
    private static EmbeddedMariaDb server;

    @BeforeAll
    static void start() throws IOException {
        FileSystemUtils.deleteRecursively(FOLDER);
        server = EmbeddedMariaDb.start(FOLDER, "kiroku");
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    @Test
    void refusesAWrongPasswordAndAnUnknownUser() throws SQLException {
        String url = server.jdbcUrl("kiroku");
        assertThatThrownBy(() -> DriverManager.getConnection(url, server.username(), "wrong")
                        .close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
        assertThatThrownBy(() ->
                        DriverManager.getConnection(url, "nobody", "wrong").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "root", "").close())
                .isInstanceOf(SQLException.class)
                .hasMessageContaining("Access denied");
        assertThatThrownBy(() -> DriverManager.getConnection(url, "", "").close())
                .isInstanceOf(SQLException.class);
        try (var connection = DriverManager.getConnection(url, server.username(), server.password())) {
            assertThat(connection.isValid(2)).isTrue();
        }
    }

    @Test
    void listensOnLoopbackOnly() throws IOException {
        assertThat(connects(InetAddress.getLoopbackAddress())).isTrue();
        List<InetAddress> others = NetworkInterface.networkInterfaces()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress())
                .toList();
        for (InetAddress address : others) {
            assertThat(connects(address)).as("listening on %s", address).isFalse();
        }
        // and the kernel's own table says the same, whichever interfaces the machine has
        String portHex = String.format(":%04X ", server.port());
        List<String> listening = Files.readAllLines(Path.of("/proc/net/tcp")).stream()
                .filter(line -> line.contains(portHex) && line.split("\\s+")[4].equals("0A"))
                .toList();
        assertThat(listening)
                .isNotEmpty()
                .allSatisfy(line -> assertThat(line.split("\\s+")[2]).startsWith("0100007F:"));
        assertThat(Files.readAllLines(Path.of("/proc/net/tcp6")))
                .noneMatch(line -> line.contains(portHex) && line.split("\\s+")[4].equals("0A"));
    }

    @Test
    void keepsItsSecretInAnOwnerOnlyFolder() throws IOException {
        Path run = FOLDER.resolve("run");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(run)))
                .isEqualTo("rwx------");
        Path options = run.resolve("client.cnf");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(options)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(options))
                .contains("user=" + server.username(), "password=" + server.password(), "port=" + server.port());
        assertThat(server.password()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void comesBackWhenTheServerDies() throws Exception {
        long pid = pidOf();
        ProcessHandle.of(pid).orElseThrow().destroyForcibly();
        ProcessHandle.of(pid).ifPresent(process -> process.onExit().join());
        long deadline = System.currentTimeMillis() + 120_000;
        boolean back = false;
        while (!back && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
            try (var connection =
                    DriverManager.getConnection(server.jdbcUrl("kiroku"), server.username(), server.password())) {
                back = connection.isValid(2);
            } catch (SQLException notYet) {
                // still restarting
            }
        }
        assertThat(back).as("the embedded server was started again").isTrue();
        assertThat(pidOf()).isNotEqualTo(pid);
    }

    @Test
    void aServerLeftBehindOnTheFolderIsStoppedBeforeANewStart() throws Exception {
        Path folder = Path.of("target", "embedded-orphan-test");
        FileSystemUtils.deleteRecursively(folder);
        // the first server is never closed, as after kill -9 of the app that started it
        var orphan = EmbeddedMariaDb.start(folder, "kiroku");
        try (var connection =
                        DriverManager.getConnection(orphan.jdbcUrl("kiroku"), orphan.username(), orphan.password());
                var sql = connection.createStatement()) {
            sql.execute("CREATE TABLE note (id INT PRIMARY KEY, text VARCHAR(20))");
            sql.execute("INSERT INTO note VALUES (1, '訪問済み')");
        }
        long orphanPid = StaleServer.readPid(folder.resolve("run/mariadbd.pid")).orElseThrow();
        orphan.stopWatching();

        try (var next = EmbeddedMariaDb.start(folder, "kiroku");
                var connection = DriverManager.getConnection(next.jdbcUrl("kiroku"), next.username(), next.password());
                var sql = connection.createStatement();
                var rows = sql.executeQuery("SELECT text FROM note")) {
            assertThat(ProcessHandle.of(orphanPid).map(ProcessHandle::isAlive).orElse(false))
                    .isFalse();
            assertThat(rows.next()).isTrue();
            assertThat(rows.getString(1)).isEqualTo("訪問済み");
        }
    }

    private static long pidOf() {
        return StaleServer.readPid(FOLDER.resolve("run/mariadbd.pid")).orElseThrow();
    }

    private static boolean connects(InetAddress address) {
        try (var socket = new Socket()) {
            socket.connect(new InetSocketAddress(address, server.port()), 1000);
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}

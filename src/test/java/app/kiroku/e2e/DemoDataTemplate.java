package app.kiroku.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.util.FileSystemUtils;

/**
 * A data folder on which the jar made its embedded MariaDB, ran the migrations and made the demo data, then stopped:
 * made once per test run, and copied for each test class, which then starts as a user's second start does. Copied
 * with {@code cp -a}, so the server's binaries stay executable and the credentials file keeps its 0600.
 */
final class DemoDataTemplate {

    private static Path template;

    private DemoDataTemplate() {}

    static synchronized void copyTo(Path target) throws IOException, InterruptedException {
        if (template == null) {
            Path made = RunningApp.itDir().resolve("data-template");
            FileSystemUtils.deleteRecursively(made);
            try (var app = RunningApp.start(made, "app-template")) {
                app.pid();
            }
            try (var files = Files.walk(made)) {
                if (files.anyMatch(file -> file.getFileName().toString().equals("mariadbd.pid"))) {
                    throw new IllegalStateException("the template's MariaDB did not stop cleanly");
                }
            }
            template = made;
        }
        Files.createDirectories(target.getParent());
        Process copy = new ProcessBuilder("cp", "-a", template.toString(), target.toString())
                .inheritIO()
                .start();
        if (copy.waitFor() != 0) {
            throw new IOException("copying " + template + " to " + target + " failed");
        }
    }
}

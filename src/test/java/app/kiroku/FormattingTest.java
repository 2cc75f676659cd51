package app.kiroku;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * No text line of the repository is over 120 characters: the files git tracks with a text ending this test knows
 * (sources, of which Spotless formats the Java ones, docs, build files, styles and scripts). Left out: released
 * migrations, which are never edited (Flyway checks their checksums), drawings (SVG path data) and npm's lock files.
 */
class FormattingTest {

    private static final int MAX = 120;
    private static final Set<String> TEXT_ENDINGS = Set.of(
            ".java",
            ".md",
            ".ts",
            ".mjs",
            ".js",
            ".css",
            ".html",
            ".xml",
            ".yml",
            ".yaml",
            ".properties",
            ".sh",
            ".py",
            ".json",
            ".sql",
            ".txt",
            ".conf",
            ".cfg",
            ".cnf",
            "Dockerfile",
            ".ci/run",
            ".gitignore");

    @Test
    void noTrackedTextLineIsLongerThan120Characters() throws IOException, InterruptedException {
        List<String> files = trackedFiles();
        assertThat(files).contains("pom.xml", "README.md", "src/main/java/app/kiroku/Application.java");
        List<String> tooLong = new ArrayList<>();
        int checked = 0;
        for (String file : files) {
            if (!isCheckedText(file)) {
                continue;
            }
            checked++;
            List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                if (lines.get(i).length() > MAX) {
                    tooLong.add(file + ":" + (i + 1) + " (" + lines.get(i).length() + ")");
                }
            }
        }
        assertThat(checked).isGreaterThan(300);
        assertThat(tooLong).as("lines over " + MAX + " characters").isEmpty();
    }

    private static boolean isCheckedText(String file) {
        if (file.startsWith("src/main/resources/db/migration/") || file.endsWith("package-lock.json")) {
            return false;
        }
        return TEXT_ENDINGS.stream().anyMatch(file::endsWith);
    }

    private static List<String> trackedFiles() throws IOException, InterruptedException {
        // -z: every path as it is, with no quoting of non-ASCII names; git's messages stay out of the list
        Process git = new ProcessBuilder("git", "ls-files", "-z")
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        List<String> files;
        try (var output = git.getInputStream()) {
            files = List.of(new String(output.readAllBytes(), StandardCharsets.UTF_8).split("\0"));
        }
        assertThat(git.waitFor()).as("git ls-files").isZero();
        return files.stream().filter(file -> Files.isRegularFile(Path.of(file))).toList();
    }
}

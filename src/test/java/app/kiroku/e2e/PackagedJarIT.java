package app.kiroku.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The production jar holds the product only: no class of the benchmark and bulk-load tooling in {@code src/bench}
 * (data generator, harness, benchmark tests), which drops indexes and triggers and must never run on a real database.
 */
class PackagedJarIT {

    private static final Path BENCH_SOURCES = Path.of("src", "bench", "java");

    @Test
    void holdsTheAppButNoBenchOrGeneratorClass() throws IOException {
        List<String> entries;
        try (JarFile jar = new JarFile(System.getProperty("kiroku.it.jar"))) {
            entries = jar.stream().map(JarEntry::getName).toList();
        }
        List<String> toolClasses = toolClassNames();

        assertThat(entries).contains("BOOT-INF/classes/app/kiroku/Application.class");
        assertThat(toolClasses)
                .contains("app/kiroku/bench/DataGenerator", "app/kiroku/bench/Benchmarks")
                .hasSizeGreaterThan(5);
        assertThat(entries)
                .filteredOn(entry -> entry.startsWith("BOOT-INF/classes/app/kiroku/bench/")
                        || toolClasses.stream().anyMatch(tool -> entry.startsWith("BOOT-INF/classes/" + tool)))
                .isEmpty();
    }

    /** Every class written in src/bench, as a path inside the jar without its ending. */
    private static List<String> toolClassNames() throws IOException {
        try (Stream<Path> files = Files.walk(BENCH_SOURCES)) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> !file.getFileName().toString().equals("package-info.java"))
                    .map(file -> BENCH_SOURCES
                            .relativize(file)
                            .toString()
                            .replace('\\', '/')
                            .replace(".java", ""))
                    .toList();
        }
    }
}

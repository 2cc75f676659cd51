package app.kiroku;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.user.AdminOnly;
import app.kiroku.user.InHouseOnly;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Every public method of every Kiroku service is called directly, as a crafted request would: customer-linked ones
 * ({@code @InHouseOnly}) must refuse a PARTNER, admin ones ({@code @AdminOnly}) must refuse STAFF and PARTNER, import
 * ones ({@code @ImportAllowed}) a PARTNER and a STAFF user no admin allowed to import. The
 * services are found in the application context, so a new service or method is checked without editing this test.
 */
@KirokuTest
class AccessBoundaryTest {

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    private List<Method> methods(Class<? extends java.lang.annotation.Annotation> rule) {
        List<Method> found = new ArrayList<>();
        for (Object bean : context.getBeansWithAnnotation(org.springframework.stereotype.Service.class).values()) {
            Class<?> type = org.springframework.aop.support.AopUtils.getTargetClass(bean);
            if (!type.getPackageName().startsWith("app.kiroku") || !Modifier.isPublic(type.getModifiers())) {
                continue;
            }
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && method.isAnnotationPresent(rule)) {
                    found.add(method);
                }
            }
        }
        return found;
    }

    @Test
    void partnersAreRefusedByEveryCustomerLinkedServiceMethod() {
        List<Method> linked = methods(InHouseOnly.class);
        assertThat(linked).hasSizeGreaterThan(20);
        assertThat(allowed(linked, "partner1")).as("customer-linked methods a PARTNER could call").isEmpty();
    }

    @Test
    void staffAndPartnersAreRefusedByEveryAdminServiceMethod() {
        List<Method> admin = methods(AdminOnly.class);
        assertThat(admin).hasSizeGreaterThan(8);
        assertThat(allowed(admin, "staff1")).as("admin methods a STAFF user could call").isEmpty();
        assertThat(allowed(admin, "partner1")).as("admin methods a PARTNER could call").isEmpty();
    }

    @Test
    void partnersAndStaffNotAllowedToImportAreRefusedByEveryImportMethod() {
        List<Method> importing = methods(app.kiroku.importing.ImportAllowed.class);
        assertThat(importing).hasSizeGreaterThan(8);
        assertThat(allowed(importing, "staff1")).as("import methods a STAFF user not allowed could call").isEmpty();
        assertThat(allowed(importing, "partner1")).as("import methods a PARTNER could call").isEmpty();
    }

    private List<String> allowed(List<Method> methods, String login) {
        SignIn.as(users, login);
        List<String> allowed = new ArrayList<>();
        for (Method method : methods) {
            Object service = context.getBean(method.getDeclaringClass());
            if (!refused(service, method)) {
                allowed.add(method.getDeclaringClass().getSimpleName() + "." + method.getName());
            }
        }
        return allowed;
    }

    private static boolean refused(Object service, Method method) {
        try {
            method.invoke(service, arguments(method));
            return false;
        } catch (InvocationTargetException e) {
            return e.getCause() instanceof AccessDeniedException;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
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
        if (type == Locale.class) {
            return Locale.JAPANESE;
        }
        if (type == app.kiroku.shared.importing.ImportSettings.class) {
            return new app.kiroku.shared.importing.ImportSettings(List.of(), app.kiroku.shared.importing.ColumnMapping.NONE,
                    "", app.kiroku.shared.importing.Duplicates.SKIP);
        }
        if (type == app.kiroku.importing.ImportFile.class) {
            return new app.kiroku.importing.ImportFile(java.nio.file.Path.of("missing.csv"), "missing.csv", "", List.of());
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

package app.kiroku;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.customer.CustomerService;
import app.kiroku.mail.MailOutbox;
import app.kiroku.master.MasterDataService;
import app.kiroku.negotiation.NegotiationMailService;
import app.kiroku.negotiation.NegotiationService;
import app.kiroku.user.UserDirectory;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * A PARTNER user calls every public method of every customer-linked service directly, as a crafted request
 * would: each one must be refused. A new method without an access rule fails this test.
 */
@KirokuTest
class AccessBoundaryTest {

    static final List<Class<?>> CUSTOMER_LINKED = List.of(CustomerService.class, NegotiationService.class,
            MasterDataService.class, UserDirectory.class, NegotiationMailService.class, MailOutbox.class);

    @Autowired
    ApplicationContext context;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void partnersAreRefusedByEveryCustomerLinkedServiceMethod() {
        SignIn.as(users, "partner1");
        List<String> allowed = new ArrayList<>();
        int checked = 0;
        for (Class<?> type : CUSTOMER_LINKED) {
            Object service = context.getBean(type);
            for (Method method : type.getDeclaredMethods()) {
                if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
                    continue;
                }
                checked++;
                if (!refused(service, method)) {
                    allowed.add(type.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(checked).isGreaterThan(10);
        assertThat(allowed).as("methods a PARTNER could call").isEmpty();
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

    private static Object dummy(Class<?> type) {
        if (type == long.class || type == Long.class) {
            return 1L;
        }
        if (type == int.class || type == Integer.class) {
            return 1;
        }
        if (type == boolean.class) {
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
        if (type == java.io.OutputStream.class) {
            return java.io.OutputStream.nullOutputStream();
        }
        if (type == app.kiroku.customer.CustomerFilter.class) {
            return app.kiroku.customer.CustomerFilter.NONE;
        }
        if (type == app.kiroku.customer.CustomerDraft.class) {
            return new app.kiroku.customer.CustomerDraft();
        }
        if (type == app.kiroku.mail.MailStatus.class) {
            return app.kiroku.mail.MailStatus.FAILED;
        }
        return null;
    }
}

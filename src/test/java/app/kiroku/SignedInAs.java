package app.kiroku;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Each test of the class runs signed in as this demo user (loaded as at login, {@link SignIn}), and signed out
 * after it; a test may still sign in as someone else for a step.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(SignedInAs.Extension.class)
public @interface SignedInAs {

    /** The login id. */
    String value();

    final class Extension implements BeforeEachCallback, AfterEachCallback {

        @Override
        public void beforeEach(ExtensionContext context) {
            SignedInAs user =
                    AnnotatedElementUtils.findMergedAnnotation(context.getRequiredTestClass(), SignedInAs.class);
            if (user != null) {
                var users = SpringExtension.getApplicationContext(context).getBean(UserDetailsService.class);
                SignIn.as(users, user.value());
            }
        }

        @Override
        public void afterEach(ExtensionContext context) {
            SignIn.out();
        }
    }
}

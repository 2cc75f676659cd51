package app.kiroku.user;

import static app.kiroku.db.Tables.APP_USER;

import java.time.Clock;
import java.time.LocalDateTime;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * The way into a database that has no users yet (an external one, or the embedded one without demo data): an
 * administrator whose password comes from {@code KIROKU_ADMIN_PASSWORD}, or else is made up and printed once in the
 * log. Either way it must be changed at the first sign-in. It runs after the demo seeder, so demo data, where it is
 * wanted, comes first.
 *
 * <p>Also the way back in when every administrator is locked out: {@code --kiroku.unlock=<login id>} clears that
 * account's lock at start.
 */
@Component
@Order(0)
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

    private final DSLContext dsl;
    private final PasswordEncoder encoder;
    private final PasswordPolicy policy;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String loginId;
    private final String name;
    private final String givenPassword;
    private final String unlock;

    FirstAdmin(
            DSLContext dsl,
            PasswordEncoder encoder,
            PasswordPolicy policy,
            TransactionTemplate transaction,
            Clock clock,
            @Value("${kiroku.admin.login-id:admin}") String loginId,
            @Value("${kiroku.admin.name:admin}") String name,
            @Value("${kiroku.admin-password:}") String givenPassword,
            @Value("${kiroku.unlock:}") String unlock) {
        this.dsl = dsl;
        this.encoder = encoder;
        this.policy = policy;
        this.transaction = transaction;
        this.clock = clock;
        this.loginId = loginId;
        this.name = name;
        this.givenPassword = givenPassword;
        this.unlock = unlock;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            createIfNoUsers();
            unlockIfAsked();
        });
    }

    private void createIfNoUsers() {
        if (dsl.fetchExists(APP_USER)) {
            return;
        }
        boolean given = StringUtils.hasText(givenPassword);
        if (given && !policy.check(givenPassword, loginId).isEmpty()) {
            throw new IllegalStateException("KIROKU_ADMIN_PASSWORD does not meet the password policy (at least 10 "
                    + "characters, not a common password, not the login id); no administrator was created");
        }
        String password = given ? givenPassword : policy.temporary();
        LocalDateTime now = LocalDateTime.now(clock);
        dsl.insertInto(APP_USER)
                .set(APP_USER.LOGIN_ID, loginId)
                .set(APP_USER.NAME, name)
                .set(APP_USER.ROLE, Role.ADMIN.name())
                .set(APP_USER.ACTIVE, true)
                .set(APP_USER.PASSWORD_HASH, encoder.encode(password))
                // no temporary_password_issued_at: the only way in must not expire before someone uses it
                .set(APP_USER.MUST_CHANGE_PASSWORD, true)
                .set(APP_USER.CREATED_AT, now)
                .set(APP_USER.UPDATED_AT, now)
                .execute();
        if (given) {
            log.warn(
                    "No users yet: created the administrator '{}' with the password from KIROKU_ADMIN_PASSWORD; "
                            + "it must be changed at the first sign-in",
                    loginId);
        } else {
            // printed this once only: it is a temporary password that must be replaced at the first sign-in
            log.warn(
                    "No users yet: created the administrator '{}' with the one-time password {} ; sign in and "
                            + "choose your own (or start with KIROKU_ADMIN_PASSWORD set next time)",
                    loginId,
                    password);
        }
    }

    private void unlockIfAsked() {
        if (!StringUtils.hasText(unlock)) {
            return;
        }
        int unlocked = dsl.update(APP_USER)
                .set(APP_USER.FAILED_LOGIN_COUNT, 0)
                .setNull(APP_USER.LOCKED_UNTIL)
                .where(APP_USER.LOGIN_ID.eq(unlock.strip()))
                .execute();
        log.warn(
                unlocked == 1
                        ? "Unlocked the account '{}' as asked at start (kiroku.unlock)"
                        : "kiroku.unlock: there is no account '{}'",
                unlock.strip());
    }
}

package app.kiroku.demo;

import static app.kiroku.db.Tables.APP_USER;

import app.kiroku.customer.CustomerDerivedColumns;
import app.kiroku.shared.data.DatabaseMode;
import java.time.Clock;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty database with demo data on first start: by default only in the embedded mode, or wherever
 * {@code kiroku.demo-data=true}; never when {@code kiroku.demo-data=false}, and never over existing data. It runs
 * once every bean is ready but before the web server takes requests, so nobody signs in to a half-filled database.
 */
@Component
class DemoDataSeeder implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final DSLContext dsl;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final CustomerDerivedColumns derived;
    private final boolean enabled;

    DemoDataSeeder(
            DSLContext dsl,
            PasswordEncoder passwords,
            TransactionTemplate transaction,
            Clock clock,
            CustomerDerivedColumns derived,
            DatabaseMode mode,
            @Value("${kiroku.demo-data:#{null}}") Boolean demoData) {
        this.derived = derived;
        this.dsl = dsl;
        this.passwords = passwords;
        this.transaction = transaction;
        this.clock = clock;
        this.enabled = demoData != null ? demoData : mode == DatabaseMode.EMBEDDED;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (!enabled) {
            return;
        }
        if (dsl.fetchExists(APP_USER)) {
            log.info("Database already holds data; no demo data added");
            return;
        }
        transaction.executeWithoutResult(status -> {
            var counts = new DemoData(dsl, passwords, clock, DemoData.SEED).insertAll();
            derived.refreshAll();
            log.info("Demo data added: {}", counts);
        });
    }
}

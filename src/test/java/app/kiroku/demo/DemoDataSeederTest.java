package app.kiroku.demo;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.CUSTOMER;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.customer.CustomerDerivedColumns;
import app.kiroku.shared.data.DatabaseMode;
import java.time.Clock;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/** Whether demo data is added when {@code kiroku.demo-data} is not set: in the embedded mode only. */
@KirokuTest
@ExtendWith(OutputCaptureExtension.class)
class DemoDataSeederTest {

    private static final String ALREADY_FILLED = "Database already holds data; no demo data added";

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @Autowired
    TransactionTemplate transaction;

    @Autowired
    Clock clock;

    @Autowired
    CustomerDerivedColumns derived;

    @Test
    void anEmptyExternalDatabaseGetsNoDemoDataByDefault(CapturedOutput output) {
        int customers = dsl.fetchCount(CUSTOMER);
        // the user table emptied inside a transaction that is rolled back, so the other tests keep their data
        transaction.executeWithoutResult(status -> {
            status.setRollbackOnly();
            dsl.execute("SET FOREIGN_KEY_CHECKS = 0");
            try {
                dsl.deleteFrom(APP_USER).execute();
                seeder(DatabaseMode.EXTERNAL, null).afterSingletonsInstantiated();
                assertThat(dsl.fetchCount(APP_USER)).isZero();
                assertThat(dsl.fetchCount(CUSTOMER)).isEqualTo(customers);
            } finally {
                dsl.execute("SET FOREIGN_KEY_CHECKS = 1");
            }
        });
        assertThat(output.getAll()).doesNotContain("Demo data added");
    }

    @Test
    void theEmbeddedModeWantsDemoDataByDefault(CapturedOutput output) {
        seeder(DatabaseMode.EMBEDDED, null).afterSingletonsInstantiated();
        assertThat(output.getAll()).contains(ALREADY_FILLED);
    }

    @Test
    void anExplicitSettingWinsOverTheMode(CapturedOutput output) {
        seeder(DatabaseMode.EMBEDDED, false).afterSingletonsInstantiated();
        assertThat(output.getAll()).doesNotContain(ALREADY_FILLED);
        seeder(DatabaseMode.EXTERNAL, true).afterSingletonsInstantiated();
        assertThat(output.getAll()).contains(ALREADY_FILLED);
    }

    private DemoDataSeeder seeder(DatabaseMode mode, @Nullable Boolean demoData) {
        return new DemoDataSeeder(dsl, passwords, transaction, clock, derived, mode, demoData);
    }
}

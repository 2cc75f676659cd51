package app.kiroku.importing;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.CUSTOMER_SEARCH_KEY;
import static app.kiroku.db.Tables.IMPORT_JOB;
import static app.kiroku.importing.ImportFixture.csv;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.customer.CustomerDraft;
import app.kiroku.customer.CustomerImport;
import app.kiroku.customer.CustomerService;
import app.kiroku.shared.importing.Duplicates;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * An import stopped part-way leaves whole batches only. The second batch of a 2,500-row file updates a customer the
 * test holds locked, so the import waits inside that batch with its first 999 rows written but not committed; then
 * its database connection is killed (as a crashed node's would be), or it is cancelled and let go.
 */
@KirokuTest
class ImportInterruptionTest {

    private static final int ROWS = 2500;
    private static final int LOCKED_ROW = 1500;

    @Autowired
    ImportService imports;

    @Autowired
    CustomerService customers;

    @Autowired
    StaleImports stale;

    @Autowired
    UserDetailsService users;

    @Autowired
    DataSource dataSource;

    @Autowired
    DSLContext dsl;

    @Autowired
    java.time.Clock clock;

    ImportFixture fixture;
    long lockedCustomer;

    @BeforeEach
    void setUp() {
        fixture = new ImportFixture(dsl, imports);
        SignIn.as(users, "admin");
        var draft = new CustomerDraft();
        draft.setName("ロック中の顧客");
        draft.setKana("トリコミロック");
        draft.setPhone("03-4000-9999");
        lockedCustomer = customers.create(draft);
    }

    @AfterEach
    void cleanUp() {
        SignIn.out();
        fixture.cleanUp();
    }

    @Test
    void aBatchWhoseConnectionIsKilledLeavesNoneOfItsRows() throws Exception {
        var file = fixture.open("big.csv", bigFile());
        try (Connection lock = holdLock()) {
            long id = imports.start(file, CustomerImport.ID, settings(file));
            long waiting = awaitLockWait();
            try (Connection killer = dataSource.getConnection()) {
                killer.createStatement().execute("KILL CONNECTION " + waiting);
            }
            ImportJob job = fixture.await(id);
            lock.rollback();

            assertThat(job.status()).isEqualTo(ImportStatus.FAILED);
            assertThat(job.rowsDone())
                    .as("the row after which the file is written")
                    .isEqualTo(1001);
            assertThat(job.created()).isEqualTo(1000);
        }
        assertThat(fixture.importedIds()).hasSize(1000 + 1);
        assertThat(dsl.fetchCount(CUSTOMER, CUSTOMER.NAME.eq("取込顧客1000"))).isEqualTo(1);
        assertThat(dsl.fetchCount(CUSTOMER, CUSTOMER.NAME.eq("取込顧客1001")))
                .as("first row of batch 2")
                .isZero();
        assertThat(dsl.fetchCount(
                        CUSTOMER_SEARCH_KEY,
                        CUSTOMER_SEARCH_KEY.CUSTOMER_ID.notIn(
                                DSL.select(CUSTOMER.ID).from(CUSTOMER))))
                .as("search keys of rows rolled back")
                .isZero();
    }

    @Test
    void aCancelledImportStopsAfterTheBatchItIsWriting() throws Exception {
        var file = fixture.open("big.csv", bigFile());
        long id;
        try (Connection lock = holdLock()) {
            id = imports.start(file, CustomerImport.ID, settings(file));
            awaitLockWait();
            imports.cancel(id);
            lock.rollback();
        }
        ImportJob job = fixture.await(id);

        assertThat(job.status()).isEqualTo(ImportStatus.CANCELLED);
        assertThat(job.rowsDone()).isEqualTo(2001);
        assertThat(List.of(job.created(), job.updated())).containsExactly(1999, 1);
        assertThat(fixture.importedIds()).hasSize(1999 + 1);
    }

    @Test
    void importsLeftOpenByAStoppedNodeAreMarkedInterruptedAtStart() {
        long admin = dsl.select(APP_USER.ID)
                .from(APP_USER)
                .where(APP_USER.LOGIN_ID.eq("admin"))
                .fetchSingle(APP_USER.ID);
        LocalDateTime now = LocalDateTime.now(clock);
        long left = insertJob(admin, now.minusMinutes(10));
        long live = insertJob(admin, now.plusMinutes(1));

        stale.interrupt();

        assertThat(imports.job(left).orElseThrow().status()).isEqualTo(ImportStatus.INTERRUPTED);
        assertThat(imports.job(live).orElseThrow().status()).isEqualTo(ImportStatus.RUNNING);
    }

    private long insertJob(long userId, LocalDateTime heartbeat) {
        return dsl.insertInto(IMPORT_JOB)
                .set(IMPORT_JOB.TARGET, CustomerImport.ID)
                .set(IMPORT_JOB.FILE_NAME, "left.csv")
                .set(IMPORT_JOB.DUPLICATES, "SKIP")
                .set(IMPORT_JOB.STATUS, "RUNNING")
                .set(IMPORT_JOB.ROWS_DONE, 1001)
                .set(IMPORT_JOB.STARTED_BY, userId)
                .set(IMPORT_JOB.STARTED_AT, heartbeat)
                .set(IMPORT_JOB.HEARTBEAT_AT, heartbeat)
                .returningResult(IMPORT_JOB.ID)
                .fetchSingle(IMPORT_JOB.ID);
    }

    /** 2,500 new customers, except row {@value #LOCKED_ROW}, which is the locked customer again. */
    private static byte[] bigFile() {
        List<String> lines = new ArrayList<>();
        lines.add("顧客名,フリガナ,電話番号");
        for (int i = 1; i <= ROWS; i++) {
            lines.add(
                    i + 1 == LOCKED_ROW
                            ? "ロック中の顧客（更新）,トリコミロック,0340009999"
                            : "取込顧客" + i + ",トリコミ" + (char) ('ア' + i % 40) + ",03-4" + String.format("%03d", i % 1000)
                                    + "-" + String.format("%04d", i));
        }
        return csv(UTF_8, false, lines.toArray(String[]::new));
    }

    private app.kiroku.shared.importing.ImportSettings settings(ImportFile file) {
        return fixture.guessed(file, CustomerImport.ID, CustomerImport.MATCH_KANA_PHONE, Duplicates.UPDATE);
    }

    private Connection holdLock() throws SQLException {
        Connection lock = dataSource.getConnection();
        lock.setAutoCommit(false);
        lock.createStatement().executeQuery("SELECT id FROM customer WHERE id = " + lockedCustomer + " FOR UPDATE");
        return lock;
    }

    /** The connection id of the import, once it waits for the test's lock. */
    private long awaitLockWait() throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        try (Connection watcher = dataSource.getConnection()) {
            while (Instant.now().isBefore(until)) {
                // the only statement of this database that runs for a second is the one the lock holds up
                var waiting = watcher.createStatement()
                        .executeQuery("SELECT id FROM information_schema.processlist"
                                + " WHERE db = DATABASE() AND command = 'Query' AND time >= 1 AND id <>"
                                + " CONNECTION_ID()");
                if (waiting.next()) {
                    return waiting.getLong(1);
                }
                Thread.sleep(20);
            }
        }
        throw new IllegalStateException("The import never waited for the lock");
    }
}

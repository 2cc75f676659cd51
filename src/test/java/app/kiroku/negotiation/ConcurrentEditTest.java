package app.kiroku.negotiation;

import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.CUSTOMER_ASSIGNEE;
import static app.kiroku.db.Tables.NEGOTIATION;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.SignedInAs;
import app.kiroku.TestClock;
import app.kiroku.customer.CustomerDraft;
import app.kiroku.customer.CustomerService;
import app.kiroku.shared.data.ConcurrentEditException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** 20 users save the same version of one record at once, round after round: exactly one wins each round. */
@KirokuTest
@SignedInAs("staff1")
class ConcurrentEditTest {

    private static final int THREADS = 20;
    private static final int ROUNDS = 5;

    @Autowired
    NegotiationService negotiations;

    @Autowired
    CustomerService customers;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext dsl;

    long customerId;
    long recordId;

    @BeforeEach
    void record() {
        var customer = new CustomerDraft();
        customer.setName("同時 保存");
        customer.setKana("ドウジ\u3000ホゾン");
        customerId = customers.create(customer);
        var draft = negotiations.newDraft(customerId);
        draft.setPlannedDate(TestClock.TODAY);
        recordId = negotiations.create(draft);
        SignIn.out();
    }

    @AfterEach
    void cleanUp() {
        dsl.deleteFrom(NEGOTIATION)
                .where(NEGOTIATION.CUSTOMER_ID.eq(customerId))
                .execute();
        dsl.deleteFrom(CUSTOMER_ASSIGNEE)
                .where(CUSTOMER_ASSIGNEE.CUSTOMER_ID.eq(customerId))
                .execute();
        app.kiroku.TestData.deleteSearchKeys(dsl, java.util.List.of(customerId));
        dsl.deleteFrom(CUSTOMER).where(CUSTOMER.ID.eq(customerId)).execute();
        SignIn.out();
    }

    @Test
    void exactlyOneWinnerPerVersionAndNoLostUpdate() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                int version = round;
                var start = new CountDownLatch(1);
                var winners = new AtomicInteger();
                var refused = new AtomicInteger();
                List<Future<?>> tasks = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    String text = "round " + round + " thread " + t;
                    tasks.add(pool.submit(() -> {
                        SignIn.as(users, "staff1");
                        try {
                            var draft =
                                    negotiations.detail(recordId).orElseThrow().toDraft();
                            draft.setRemarks(text);
                            start.await();
                            negotiations.update(recordId, version, draft);
                            winners.incrementAndGet();
                        } catch (ConcurrentEditException e) {
                            refused.incrementAndGet();
                        } finally {
                            SignIn.out();
                        }
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> task : tasks) {
                    task.get();
                }
                assertThat(winners).as("round %d", round).hasValue(1);
                assertThat(refused).as("round %d", round).hasValue(THREADS - 1);
            }
        } finally {
            pool.shutdownNow();
        }
        SignIn.as(users, "staff1");
        var stored = negotiations.detail(recordId).orElseThrow();
        assertThat(stored.version()).isEqualTo(ROUNDS);
        assertThat(stored.remarks()).startsWith("round " + (ROUNDS - 1));
    }
}

package app.kiroku.negotiation;

import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.NEGOTIATION;
import static app.kiroku.db.Tables.PROGRESS_FLAG;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.TestClock;
import app.kiroku.customer.CustomerConditions;
import app.kiroku.customer.CustomerFilter;
import app.kiroku.customer.CustomerService;
import java.util.Comparator;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/** From a customer search to the records of exactly those customers, by progress order, then date. */
@KirokuTest
class CrossSearchTest {

    @Autowired
    NegotiationService negotiations;

    @Autowired
    CustomerService customers;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext dsl;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "staff1");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void recordsOfExactlyTheFoundCustomersByProgressOrderThenNewestFirst() {
        var filter = new CustomerFilter("", true, null, null, java.util.Set.of(), java.util.Set.of(), null, null, false);
        long me = dsl.select(app.kiroku.db.Tables.APP_USER.ID).from(app.kiroku.db.Tables.APP_USER)
                .where(app.kiroku.db.Tables.APP_USER.LOGIN_ID.eq("staff1")).fetchSingle(app.kiroku.db.Tables.APP_USER.ID);
        List<Long> customerIds = dsl.select(CUSTOMER.ID).from(CUSTOMER)
                .where(CustomerConditions.matching(filter, me, TestClock.TODAY)).fetch(CUSTOMER.ID);
        int expected = dsl.fetchCount(NEGOTIATION, NEGOTIATION.CUSTOMER_ID.in(customerIds));

        List<NegotiationHeading> rows = negotiations.ofCustomers(filter, 0, 5000);

        assertThat(negotiations.countOfCustomers(filter)).isEqualTo(expected).isPositive();
        assertThat(rows).hasSize(expected).allSatisfy(r -> assertThat(customerIds).contains(r.customerId()));
        var order = dsl.select(PROGRESS_FLAG.NAME, PROGRESS_FLAG.SORT_ORDER).from(PROGRESS_FLAG)
                .fetchMap(PROGRESS_FLAG.NAME, PROGRESS_FLAG.SORT_ORDER);
        Comparator<NegotiationHeading> byProgress = Comparator.comparing(
                r -> r.progressName() == null ? Integer.MAX_VALUE : order.get(r.progressName()));
        assertThat(rows).isSortedAccordingTo(byProgress
                .thenComparing(NegotiationHeading::date, Comparator.reverseOrder()));
    }

    @Test
    void headingsOfACustomerAreNewestFirstWithTheReportsFirstLine() {
        long customer = dsl.select(NEGOTIATION.CUSTOMER_ID).from(NEGOTIATION).groupBy(NEGOTIATION.CUSTOMER_ID)
                .orderBy(org.jooq.impl.DSL.count().desc()).limit(1).fetchSingle(NEGOTIATION.CUSTOMER_ID);
        List<NegotiationHeading> headings = negotiations.headingsOf(customer, 0, 100);

        assertThat(headings).hasSize(negotiations.countOf(customer)).hasSizeGreaterThan(1);
        assertThat(headings).isSortedAccordingTo(Comparator.comparing(NegotiationHeading::date).reversed());
        assertThat(headings).allSatisfy(h -> assertThat(h.headline()).doesNotContain("\n"));
    }
}

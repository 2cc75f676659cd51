package app.kiroku.negotiation;

import static app.kiroku.db.Tables.NEGOTIATION;
import static app.kiroku.db.Tables.PROGRESS_FLAG;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.SignedInAs;
import app.kiroku.customer.CustomerFilter;
import app.kiroku.customer.CustomerService;
import java.util.Comparator;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** From a customer search to the records of exactly those customers, by progress order, then date. */
@KirokuTest
@SignedInAs("staff1")
class CrossSearchTest {

    @Autowired
    NegotiationService negotiations;

    @Autowired
    CustomerService customers;

    @Autowired
    DSLContext dsl;

    @Test
    void recordsOfExactlyTheFoundCustomersByProgressOrderThenNewestFirst() {
        var filter = CustomerFilter.builder().mine().build();
        // the expectation in plain SQL, independent of the search's own conditions: 自分が担当 is staff1's assignments
        long me = dsl.fetchSingle("SELECT id FROM app_user WHERE login_id = 'staff1'")
                .get(0, Long.class);
        List<Long> customerIds = dsl.fetch("SELECT customer_id FROM customer_assignee WHERE user_id = ?", me)
                .getValues(0, Long.class);
        String recordsOfMine = """
                SELECT COUNT(*) FROM negotiation
                WHERE customer_id IN (SELECT customer_id FROM customer_assignee WHERE user_id = ?)""";
        int expected = dsl.fetchSingle(recordsOfMine, me).get(0, Integer.class);

        List<NegotiationHeading> rows = negotiations.ofCustomers(filter, 0, 5000);

        assertThat(negotiations.countOfCustomers(filter)).isEqualTo(expected).isPositive();
        assertThat(rows)
                .hasSize(expected)
                .allSatisfy(r -> assertThat(customerIds).contains(r.customerId()));
        var order = dsl.select(PROGRESS_FLAG.NAME, PROGRESS_FLAG.SORT_ORDER)
                .from(PROGRESS_FLAG)
                .fetchMap(PROGRESS_FLAG.NAME, PROGRESS_FLAG.SORT_ORDER);
        Comparator<NegotiationHeading> byProgress =
                Comparator.comparing(r -> r.progressName() == null ? Integer.MAX_VALUE : order.get(r.progressName()));
        assertThat(rows)
                .isSortedAccordingTo(byProgress.thenComparing(NegotiationHeading::date, Comparator.reverseOrder()));
    }

    @Test
    void headingsOfACustomerAreNewestFirstWithTheReportsFirstLine() {
        long customer = dsl.select(NEGOTIATION.CUSTOMER_ID)
                .from(NEGOTIATION)
                .groupBy(NEGOTIATION.CUSTOMER_ID)
                .orderBy(org.jooq.impl.DSL.count().desc())
                .limit(1)
                .fetchSingle(NEGOTIATION.CUSTOMER_ID);
        List<NegotiationHeading> headings = negotiations.headingsOf(customer, 0, 100);

        assertThat(headings).hasSize(negotiations.countOf(customer)).hasSizeGreaterThan(1);
        assertThat(headings)
                .isSortedAccordingTo(
                        Comparator.comparing(NegotiationHeading::date).reversed());
        assertThat(headings).allSatisfy(h -> assertThat(h.headline()).doesNotContain("\n"));
    }
}

package app.kiroku.customer;

import static app.kiroku.db.Tables.NEGOTIATION;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.SignedInAs;
import app.kiroku.TestClock;
import app.kiroku.TestData;
import app.kiroku.master.ContactBand;
import app.kiroku.master.ContactThresholds;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/** 最終対応日 on the customer row and the 最終接触から criterion, at the thresholds' edges. */
@KirokuTest
@Transactional
@SignedInAs("staff1")
class LastContactTest {

    static final LocalDate TODAY = TestClock.TODAY;
    static final ContactThresholds THRESHOLDS = new ContactThresholds(7, 30, 0);

    @Autowired
    CustomerService customers;

    @Autowired
    CustomerDerivedColumns derived;

    @Autowired
    DSLContext dsl;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDemoDataHasTheNewestDoneDateOfEveryCustomer() {
        Integer wrong = jdbc.queryForObject("""
                SELECT COUNT(*) FROM customer c
                WHERE NOT (c.last_contact_date <=>
                           (SELECT MAX(n.done_date) FROM negotiation n WHERE n.customer_id = c.id))
                """, Integer.class);
        Integer contacted =
                jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE last_contact_date IS NOT NULL", Integer.class);
        assertThat(wrong).isZero();
        assertThat(contacted).isPositive();
    }

    @Test
    void theLastContactFollowsTheRecordsThatAreDone() {
        long id = customers.create(CustomerServiceTest.draft("最終 接触", "サイシュウ\u3000セッショク", null));
        long older = record(id, null, TODAY.minusDays(12));
        long newer = record(id, null, TODAY.minusDays(3));
        record(id, TODAY.plusDays(2), null);
        derived.refresh(id);
        assertThat(lastContact(id)).isEqualTo(TODAY.minusDays(3));

        dsl.deleteFrom(NEGOTIATION).where(NEGOTIATION.ID.eq(newer)).execute();
        derived.refresh(id);
        assertThat(lastContact(id)).isEqualTo(TODAY.minusDays(12));

        dsl.deleteFrom(NEGOTIATION).where(NEGOTIATION.ID.eq(older)).execute();
        derived.refresh(id);
        assertThat(lastContact(id)).as("a plan alone is no contact").isNull();
    }

    @Test
    void eachBandHoldsExactlyItsDaysAtTheEdges() {
        Map<Integer, Long> byDays = new java.util.LinkedHashMap<>();
        for (int days : List.of(0, 7, 8, 30, 31)) {
            long id = customers.create(CustomerServiceTest.draft("境界 " + days, "キョウカイテスト\u3000" + kana(days), null));
            record(id, null, TODAY.minusDays(days));
            derived.refresh(id);
            byDays.put(days, id);
        }
        long never = customers.create(CustomerServiceTest.draft("境界 なし", "キョウカイテスト\u3000ナシ", null));

        assertThat(found(ContactBand.RECENT)).containsExactlyInAnyOrder(byDays.get(0), byDays.get(7));
        assertThat(found(ContactBand.AGING)).containsExactlyInAnyOrder(byDays.get(8), byDays.get(30));
        assertThat(found(ContactBand.STALE)).containsExactlyInAnyOrder(byDays.get(31));
        assertThat(found(ContactBand.NEVER)).containsExactlyInAnyOrder(never);
        assertThat(THRESHOLDS.band(TODAY.minusDays(7), TODAY)).isEqualTo(ContactBand.RECENT);
        assertThat(THRESHOLDS.band(TODAY.minusDays(8), TODAY)).isEqualTo(ContactBand.AGING);
        assertThat(THRESHOLDS.band(TODAY.minusDays(31), TODAY)).isEqualTo(ContactBand.STALE);
        assertThat(THRESHOLDS.band(null, TODAY)).isEqualTo(ContactBand.NEVER);
    }

    @Test
    void theCriterionTravelsInTheUrl() {
        var filter = withAge(ContactAge.between(8, 30));
        assertThat(filter.toQuery()).containsEntry("since", List.of("8-30"));
        assertThat(CustomerFilter.fromQuery(filter.toQuery())).isEqualTo(filter);
        assertThat(CustomerFilter.fromQuery(Map.of("since", List.of("31-"))).lastContact())
                .isEqualTo(ContactAge.between(31, null));
        assertThat(CustomerFilter.fromQuery(Map.of("since", List.of("none"))).lastContact())
                .isEqualTo(ContactAge.NEVER);
        assertThat(CustomerFilter.fromQuery(Map.of("since", List.of("9-3"))).lastContact())
                .isNull();
        assertThat(filter.detailCount()).isEqualTo(1);
    }

    private List<Long> found(ContactBand band) {
        var filter = withAge(ContactAge.of(band, THRESHOLDS)).withKeyword("キョウカイテスト");
        return customers.search(filter, List.of(), 0, 100).stream()
                .map(CustomerListItem::id)
                .toList();
    }

    private static CustomerFilter withAge(ContactAge age) {
        return CustomerFilter.builder().lastContact(age).build();
    }

    private static String kana(int days) {
        return "ア".repeat(days % 5 + 1) + "イ".repeat(days / 5 + 1);
    }

    private @Nullable LocalDate lastContact(long customerId) {
        return dsl.select(app.kiroku.db.Tables.CUSTOMER.LAST_CONTACT_DATE)
                .from(app.kiroku.db.Tables.CUSTOMER)
                .where(app.kiroku.db.Tables.CUSTOMER.ID.eq(customerId))
                .fetchSingle()
                .value1();
    }

    private long record(long customerId, @Nullable LocalDate planned, @Nullable LocalDate done) {
        long staff1 = TestData.userId(dsl, "staff1");
        var now = TODAY.atTime(9, 0);
        return dsl.insertInto(NEGOTIATION)
                .set(NEGOTIATION.CUSTOMER_ID, customerId)
                .set(NEGOTIATION.HANDLER_ID, staff1)
                .set(NEGOTIATION.PLANNED_DATE, planned)
                .set(NEGOTIATION.DONE_DATE, done)
                .set(NEGOTIATION.SHOWN_DATE, done != null ? done : planned)
                .set(NEGOTIATION.CREATED_BY, staff1)
                .set(NEGOTIATION.CREATED_AT, now)
                .set(NEGOTIATION.UPDATED_BY, staff1)
                .set(NEGOTIATION.UPDATED_AT, now)
                .returningResult(NEGOTIATION.ID)
                .fetchSingle()
                .value1();
    }
}

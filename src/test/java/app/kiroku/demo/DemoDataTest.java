package app.kiroku.demo;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.CUSTOMER_ASSIGNEE;
import static app.kiroku.db.Tables.NEGOTIATION;
import static app.kiroku.db.Tables.PROGRESS_FLAG;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.TestClock;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

@KirokuTest
class DemoDataTest {

    @Autowired
    DSLContext dsl;

    @Autowired
    PasswordEncoder passwords;

    @Test
    void demoLoginsExistWithTheirRolesAndHashedPasswords() {
        var users = dsl.selectFrom(APP_USER)
                .where(APP_USER.LOGIN_ID.in("admin", "staff1", "staff2", "partner1"))
                .fetchMap(APP_USER.LOGIN_ID);
        assertThat(users).hasSize(4);
        assertThat(users.get("admin").getRole()).isEqualTo("ADMIN");
        assertThat(users.get("staff1").getRole()).isEqualTo("STAFF");
        assertThat(users.get("partner1").getRole()).isEqualTo("PARTNER");
        assertThat(users.get("staff1").getPasswordHash()).startsWith("$2").contains("$12$");
        assertThat(passwords.matches(DemoData.DEMO_PASSWORD, users.get("staff1").getPasswordHash()))
                .isTrue();
    }

    @Test
    void customersHaveKanaPhonesAndSeveralAssignees() {
        assertThat(dsl.fetchCount(CUSTOMER)).isGreaterThanOrEqualTo(DemoData.CUSTOMERS);
        assertThat(dsl.fetchCount(
                        CUSTOMER, CUSTOMER.KANA.likeRegex("^[ァ-ヶー　]+$").not()))
                .isZero();
        assertThat(dsl.fetchCount(
                        CUSTOMER, CUSTOMER.PHONE_DIGITS.likeRegex("^0[0-9]{9}$").not()))
                .isZero();
        int withSeveral = dsl.fetchCount(dsl.select(CUSTOMER_ASSIGNEE.CUSTOMER_ID)
                .from(CUSTOMER_ASSIGNEE)
                .groupBy(CUSTOMER_ASSIGNEE.CUSTOMER_ID)
                .having(DSL.count().gt(1)));
        assertThat(withSeveral).isGreaterThan(DemoData.CUSTOMERS / 3);
    }

    @Test
    void recordsSpanThePastThreeMonthsAndNextTwoInEveryState() {
        assertThat(dsl.fetchCount(NEGOTIATION)).isGreaterThanOrEqualTo(DemoData.NEGOTIATIONS);
        var plannedOnly = NEGOTIATION.PLANNED_DATE.isNotNull().and(NEGOTIATION.DONE_DATE.isNull());
        var doneOnly = NEGOTIATION.PLANNED_DATE.isNull().and(NEGOTIATION.DONE_DATE.isNotNull());
        var both = NEGOTIATION.PLANNED_DATE.isNotNull().and(NEGOTIATION.DONE_DATE.isNotNull());
        assertThat(dsl.fetchCount(NEGOTIATION, plannedOnly)).isGreaterThan(50);
        assertThat(dsl.fetchCount(NEGOTIATION, doneOnly)).isGreaterThan(50);
        assertThat(dsl.fetchCount(NEGOTIATION, both)).isGreaterThan(50);
        var range = dsl.select(DSL.min(NEGOTIATION.SHOWN_DATE), DSL.max(NEGOTIATION.SHOWN_DATE))
                .from(NEGOTIATION)
                .fetchOne();
        assertThat(range.value1()).isBefore(TestClock.TODAY.minusMonths(2));
        assertThat(range.value2()).isAfter(TestClock.TODAY.plusMonths(1));
        // the schedule position is always 対応日 if set, else 予定日
        assertThat(dsl.fetchCount(
                        NEGOTIATION,
                        NEGOTIATION.SHOWN_DATE.ne(DSL.coalesce(NEGOTIATION.DONE_DATE, NEGOTIATION.PLANNED_DATE))))
                .isZero();
        // every progress flag is in use
        assertThat(dsl.fetchCount(dsl.selectDistinct(NEGOTIATION.PROGRESS_ID).from(NEGOTIATION)))
                .isEqualTo(dsl.fetchCount(PROGRESS_FLAG));
    }
}

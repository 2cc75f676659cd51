package app.kiroku.negotiation;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.CUSTOMER_ASSIGNEE;
import static app.kiroku.db.Tables.DEPARTMENT;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Who may receive mail about a record: active ADMIN and STAFF users, never PARTNER. */
@Repository
class NegotiationMailRepository {

    /** A recipient as the composer needs them: where the mail goes and in which language. */
    record Addressee(
            long id,
            String name,
            @Nullable String email,
            @Nullable String localeTag) {

        boolean reachable() {
            return email != null && !email.isBlank();
        }

        Locale locale() {
            return localeTag == null ? Locale.JAPANESE : Locale.forLanguageTag(localeTag);
        }
    }

    private static final List<String> IN_HOUSE_ROLES = List.of("ADMIN", "STAFF");

    private final DSLContext dsl;

    NegotiationMailRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every active in-house user in 50音 order, each marked when they are one of the customer's 担当者. */
    List<MailRecipient> recipients(long customerId) {
        var assignee = DSL.field(DSL.exists(DSL.selectOne()
                .from(CUSTOMER_ASSIGNEE)
                .where(CUSTOMER_ASSIGNEE.CUSTOMER_ID.eq(customerId))
                .and(CUSTOMER_ASSIGNEE.USER_ID.eq(APP_USER.ID))));
        return dsl.select(APP_USER.ID, APP_USER.NAME, APP_USER.KANA, DEPARTMENT.NAME, APP_USER.EMAIL, assignee)
                .from(APP_USER)
                .leftJoin(DEPARTMENT)
                .on(DEPARTMENT.ID.eq(APP_USER.DEPARTMENT_ID))
                .where(inHouseAndActive())
                .orderBy(APP_USER.KANA, APP_USER.ID)
                .fetch(r -> new MailRecipient(
                        r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), Boolean.TRUE.equals(r.value6())));
    }

    /** Those of {@code ids} who may receive mail at all (active, in-house); the others are simply missing. */
    List<Addressee> addressees(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return dsl.select(APP_USER.ID, APP_USER.NAME, APP_USER.EMAIL, APP_USER.LOCALE)
                .from(APP_USER)
                .where(APP_USER.ID.in(ids))
                .and(inHouseAndActive())
                .orderBy(APP_USER.KANA, APP_USER.ID)
                .fetch(r -> new Addressee(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    private static Condition inHouseAndActive() {
        return APP_USER.ROLE.in(IN_HOUSE_ROLES).and(APP_USER.ACTIVE.isTrue());
    }
}

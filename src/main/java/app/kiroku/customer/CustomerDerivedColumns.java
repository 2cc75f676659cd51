package app.kiroku.customer;

import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.NEGOTIATION;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps 現進捗, 次回接触予定日 (see V003) and 最終対応日 (V018) on the customer row: refreshed for one customer whenever one of its
 * records changes, and swept each night for customers whose next contact has just passed. Both are single indexed
 * look-ups per customer, so neither ever aggregates the whole record table. The nightly run is {@link DailySweep}.
 */
@Component
public class CustomerDerivedColumns {

    private static final Logger log = LoggerFactory.getLogger(CustomerDerivedColumns.class);

    private final DSLContext dsl;
    private final Clock clock;

    CustomerDerivedColumns(DSLContext dsl, Clock clock) {
        this.dsl = dsl;
        this.clock = clock;
    }

    /** Call in the transaction that changed one of the customer's records. */
    @Transactional
    public void refresh(long customerId) {
        refreshWhere(CUSTOMER.ID.eq(customerId));
    }

    /** The same for every customer of a batch of records, in one statement. */
    @Transactional
    public void refresh(Collection<Long> customerIds) {
        if (!customerIds.isEmpty()) {
            refreshWhere(CUSTOMER.ID.in(customerIds));
        }
    }

    @Transactional
    public int refreshAll() {
        return refreshWhere(DSL.trueCondition());
    }

    /** Customers whose 次回接触予定日 lies in the past get their next plan (or none); returns how many. */
    @Transactional
    public int sweepPassedContacts() {
        // one customer at a time: the same UPDATE with a range condition on next_contact_date crashed the embedded
        // MariaDB 11.4.5 server, while the single-row form is the one every record save uses anyway
        List<Long> passed = dsl.select(CUSTOMER.ID)
                .from(CUSTOMER)
                .where(CUSTOMER.NEXT_CONTACT_DATE.lt(LocalDate.now(clock)))
                .fetch(CUSTOMER.ID);
        passed.forEach(id -> refreshWhere(CUSTOMER.ID.eq(id)));
        if (!passed.isEmpty()) {
            log.info("Next contact dates moved on for {} customers", passed.size());
        }
        return passed.size();
    }

    private int refreshWhere(Condition which) {
        return refreshStatement(dsl, LocalDate.now(clock), which).execute();
    }

    /**
     * The one definition of the three columns, for the customers {@code which} selects: also what a bulk load of
     * customers and records runs once over all of them ({@code DSL.trueCondition()}).
     */
    public static Query refreshStatement(DSLContext dsl, LocalDate today, Condition which) {
        Field<Long> currentProgress = DSL.select(NEGOTIATION.PROGRESS_ID)
                .from(NEGOTIATION)
                .where(NEGOTIATION.CUSTOMER_ID.eq(CUSTOMER.ID))
                .and(NEGOTIATION.DONE_DATE.isNotNull())
                .orderBy(
                        NEGOTIATION.DONE_DATE.desc(),
                        NEGOTIATION.DONE_TIME.desc().nullsLast(),
                        NEGOTIATION.ID.desc())
                .limit(1)
                .asField();
        // a plan that already has its 対応日 has been carried out: it is no longer a next contact
        Field<LocalDate> nextContact = DSL.select(DSL.min(NEGOTIATION.PLANNED_DATE))
                .from(NEGOTIATION)
                .where(NEGOTIATION.CUSTOMER_ID.eq(CUSTOMER.ID))
                .and(NEGOTIATION.PLANNED_DATE.ge(today))
                .and(NEGOTIATION.DONE_DATE.isNull())
                .asField();
        // the newest 対応日: the last index entry of the customer's done records
        Field<LocalDate> lastContact = DSL.select(DSL.max(NEGOTIATION.DONE_DATE))
                .from(NEGOTIATION)
                .where(NEGOTIATION.CUSTOMER_ID.eq(CUSTOMER.ID))
                .and(NEGOTIATION.DONE_DATE.isNotNull())
                .asField();
        return dsl.update(CUSTOMER)
                .set(CUSTOMER.CURRENT_PROGRESS_ID, currentProgress)
                .set(CUSTOMER.NEXT_CONTACT_DATE, nextContact)
                .set(CUSTOMER.LAST_CONTACT_DATE, lastContact)
                .where(which);
    }
}

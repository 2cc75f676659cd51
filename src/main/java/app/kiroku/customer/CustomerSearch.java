package app.kiroku.customer;

import static app.kiroku.db.Tables.CUSTOMER;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/**
 * The customer search as the database reads it. The service asks for a page, the page after a customer, or a
 * count of a {@link CustomerFilter}; this chooses the plan for each: the keyword's common keys intersected, or the
 * rarest criterion as the lead that hands the query its customers in list order (the keyword's rarest key, else the
 * 担当者), or the customer table's own kana index, with every other criterion as a condition.
 */
@Repository
class CustomerSearch {

    /** A list's 件数 is counted exactly up to this many customers of one search key, and estimated beyond. */
    static final int EXACT_UP_TO = 20_000;

    private final CustomerRepository customers;
    private final CustomerSearchKeys searchKeys;
    private final CustomerTallies tallies;

    CustomerSearch(CustomerRepository customers, CustomerSearchKeys searchKeys, CustomerTallies tallies) {
        this.customers = customers;
        this.searchKeys = searchKeys;
        this.tallies = tallies;
    }

    /** A page in the given order, from {@code offset}. */
    List<CustomerListItem> page(Query query, List<CustomerSort.Order> sort, int offset, int limit) {
        Plan plan = plan(query);
        boolean listOrder = CustomerRepository.isListOrder(sort);
        if (plan.intersects() && listOrder) {
            return customers.searchIntersecting(
                    plan.keys().intersect(), plan.where(false), null, query.today(), offset, limit);
        }
        Condition where = plan.where(listOrder);
        return plan.lead()
                .map(lead -> customers.searchLed(lead, where, sort, null, query.today(), offset, limit))
                .orElseGet(() -> customers.search(where, sort, query.today(), offset, limit));
    }

    /** The page after {@code after} in list order (kana, then id). */
    List<CustomerListItem> pageAfter(Query query, CustomerSeek after, int limit) {
        Plan plan = plan(query);
        if (plan.intersects()) {
            return customers.searchIntersecting(
                    plan.keys().intersect(), plan.where(false), after, query.today(), 0, limit);
        }
        if (plan.lead().isPresent()) {
            return customers.searchLed(plan.lead().get(), plan.where(true), List.of(), after, query.today(), 0, limit);
        }
        Condition where = plan.where(false).and(CustomerRepository.after(after, CUSTOMER.KANA_NORM, CUSTOMER.ID));
        return customers.search(where, List.of(), query.today(), 0, limit);
    }

    /**
     * The 件数 a list shows, without reading every customer: the kept total when there are no criteria, a count of
     * the key range when one key stands for the whole search, up to {@link #EXACT_UP_TO} and estimated beyond, and
     * otherwise the exact {@link #count}.
     */
    CustomerCount listCount(Query query) {
        Plan plan = plan(query);
        Condition where = plan.where(true);
        Optional<CustomerLead> lead = plan.lead();
        if (!where.equals(DSL.noCondition())) {
            return CustomerCount.exactly(count(plan, where));
        }
        if (lead.isEmpty()) {
            return CustomerCount.exactly(tallies.total());
        }
        if (!lead.get().walkable()) {
            return CustomerCount.exactly(customers.countLed(lead.get(), where));
        }
        int counted = customers.countLedUpTo(lead.get(), EXACT_UP_TO + 1);
        return counted <= EXACT_UP_TO
                ? CustomerCount.exactly(counted)
                : CustomerCount.about(Math.max(counted, customers.estimateLed(lead.get(), counted)));
    }

    /** The exact number of customers the filter finds. */
    int count(Query query) {
        Plan plan = plan(query);
        return count(plan, plan.where(true));
    }

    private int count(Plan plan, Condition where) {
        return plan.lead().map(lead -> customers.countLed(lead, where)).orElseGet(() -> customers.count(where));
    }

    private Plan plan(Query query) {
        CustomerSearchKeys.KeywordPlan keys = searchKeys.plan(query.filter().keyword());
        return new Plan(query, keys, lead(query, keys));
    }

    /**
     * The criterion that reads the fewest customers to fill a page: the keyword's rarest key, else the 担当者 (a
     * user's customers in kana order), else none (the kana index of the customer table itself).
     */
    private static Optional<CustomerLead> lead(Query query, CustomerSearchKeys.KeywordPlan keys) {
        if (!keys.lead().isEmpty()) {
            return Optional.of(CustomerLead.keys(keys.lead()));
        }
        CustomerFilter filter = query.filter();
        @Nullable Long assignee = filter.mine() ? Long.valueOf(query.userId()) : filter.assigneeId();
        return Optional.ofNullable(assignee).map(CustomerLead::assignee);
    }

    /**
     * What is searched: the criteria, and who searches when ({@code 自分が担当} and dates depend on both).
     */
    record Query(CustomerFilter filter, long userId, LocalDate today) {}

    /** How one query is read: its keyword's keys and the lead, if any. */
    private record Plan(Query query, CustomerSearchKeys.KeywordPlan keys, Optional<CustomerLead> lead) {

        boolean intersects() {
            return !keys.intersect().isEmpty();
        }

        /**
         * The criteria besides what the reading itself ensures; {@code walked}: the query reads the lead in list
         * order, so a key's lookup can take the customer's kana and id from the lead's row.
         */
        Condition where(boolean walked) {
            boolean fromLead = walked && lead.isPresent() && lead.get().walkable();
            return CustomerConditions.conditions(
                    query.filter(),
                    query.userId(),
                    query.today(),
                    keys,
                    fromLead ? lead.get().kana() : CUSTOMER.KANA_NORM,
                    fromLead ? lead.get().customer() : CUSTOMER.ID);
        }
    }
}

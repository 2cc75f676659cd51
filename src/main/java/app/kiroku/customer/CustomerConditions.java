package app.kiroku.customer;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.CUSTOMER_ASSIGNEE;
import static app.kiroku.db.Tables.CUSTOMER_SEARCH_KEY;

import app.kiroku.shared.text.SearchText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.impl.DSL;

/**
 * A {@link CustomerFilter} as SQL over the {@code customer} table. Public so that the negotiation records of
 * "exactly those customers" (cross search) use the very same condition.
 */
public final class CustomerConditions {

    private static final String BINARY = "utf8mb4_bin";

    private CustomerConditions() {}

    /**
     * The filter as one condition, for queries that join customers to something else (the cross search): each
     * keyword is also narrowed by the search keys, so MariaDB can start from them.
     */
    public static Condition matching(CustomerFilter filter, long currentUserId, LocalDate today) {
        List<Condition> keyed = new ArrayList<>();
        for (String term : terms(filter.keyword())) {
            List<String> keys = CustomerSearchKeys.choices(term).stream()
                    .map(List::getFirst)
                    .toList();
            if (!keys.isEmpty()) {
                keyed.add(hasAnyKey(keys));
            }
        }
        return conditions(filter, currentUserId, today).and(DSL.and(keyed));
    }

    /**
     * The customer has this search key: one primary-key lookup by the customer's kana and id, taken from
     * {@code kana} and {@code id} (the lead's columns when the query reads a lead, so the lookup comes before the
     * customer row is read).
     */
    static Condition hasKey(String key, Field<String> kana, Field<Long> id) {
        var probe = CUSTOMER_SEARCH_KEY.as("probe");
        return DSL.exists(DSL.selectOne()
                .from(probe)
                .where(probe.SEARCH_KEY.eq(key))
                .and(probe.KANA_NORM.eq(kana))
                .and(probe.CUSTOMER_ID.eq(id)));
    }

    /** Customers having at least one of these search keys. */
    static Condition hasAnyKey(List<String> keys) {
        return CUSTOMER.ID.in(DSL.select(CUSTOMER_SEARCH_KEY.CUSTOMER_ID)
                .from(CUSTOMER_SEARCH_KEY)
                .where(CUSTOMER_SEARCH_KEY.SEARCH_KEY.in(keys)));
    }

    static List<String> terms(String keyword) {
        return java.util.Arrays.stream(keyword.split("[\\s\\u3000]+"))
                .filter(t -> !t.isBlank())
                .toList();
    }

    /** The filter as a condition on the customer row alone, every word tested with LIKE. */
    static Condition conditions(CustomerFilter filter, long currentUserId, LocalDate today) {
        return conditions(
                filter, currentUserId, today, CustomerSearchKeys.KeywordPlan.NONE, CUSTOMER.KANA_NORM, CUSTOMER.ID);
    }

    /**
     * The filter as a condition on the customer row, for a list query that starts from {@code plan}'s lead (see
     * CustomerLead): a word the lead already proves needs no test, a word one key stands for is looked up by that
     * key, any other word is tested with LIKE.
     */
    static Condition conditions(
            CustomerFilter filter,
            long currentUserId,
            LocalDate today,
            CustomerSearchKeys.KeywordPlan plan,
            Field<String> kana,
            Field<Long> id) {
        List<Condition> conditions = new ArrayList<>();
        for (String term : terms(filter.keyword())) {
            if (plan.leadCovers(term)) {
                continue;
            }
            String key = plan.exactKeys().get(term);
            conditions.add(key != null ? hasKey(key, kana, id) : keyword(term));
        }
        if (filter.mine()) {
            conditions.add(assignedTo(currentUserId));
        }
        if (filter.assigneeId() != null) {
            conditions.add(assignedTo(filter.assigneeId()));
        }
        if (filter.departmentId() != null) {
            conditions.add(DSL.exists(DSL.selectOne()
                    .from(CUSTOMER_ASSIGNEE)
                    .join(APP_USER)
                    .on(APP_USER.ID.eq(CUSTOMER_ASSIGNEE.USER_ID))
                    .where(CUSTOMER_ASSIGNEE.CUSTOMER_ID.eq(CUSTOMER.ID))
                    .and(APP_USER.DEPARTMENT_ID.eq(filter.departmentId()))));
        }
        if (!filter.rankIds().isEmpty()) {
            conditions.add(CUSTOMER.RANK_ID.in(filter.rankIds()));
        }
        if (!filter.progressIds().isEmpty()) {
            conditions.add(CUSTOMER.CURRENT_PROGRESS_ID.in(filter.progressIds()));
        }
        if (filter.nextFrom() != null || filter.nextTo() != null) {
            // a next contact is never in the past, so a range reaching back before today starts today
            LocalDate from = filter.nextFrom() == null || filter.nextFrom().isBefore(today) ? today : filter.nextFrom();
            conditions.add(CUSTOMER.NEXT_CONTACT_DATE.ge(from));
            if (filter.nextTo() != null) {
                conditions.add(CUSTOMER.NEXT_CONTACT_DATE.le(filter.nextTo()));
            }
        }
        if (filter.noNextPlan()) {
            conditions.add(CUSTOMER.NEXT_CONTACT_DATE.isNull().or(CUSTOMER.NEXT_CONTACT_DATE.lt(today)));
        }
        if (filter.lastContact() != null) {
            conditions.add(lastContact(filter.lastContact(), today));
        }
        return DSL.and(conditions);
    }

    /** 最終接触から as a range of {@code last_contact_date} (V018), one index range. */
    public static Condition lastContact(ContactAge age, LocalDate today) {
        if (age.never()) {
            return CUSTOMER.LAST_CONTACT_DATE.isNull();
        }
        Condition condition = CUSTOMER.LAST_CONTACT_DATE.le(today.minusDays(age.fromDays()));
        return age.toDays() == null
                ? condition
                : condition.and(CUSTOMER.LAST_CONTACT_DATE.ge(today.minusDays(age.toDays())));
    }

    /**
     * One search word: part of the name, kana or address (kana-, width- and case-blind, as {@link SearchText}
     * folds them), or of a phone number. The folded forms are compared as they are, like the search keys, not by
     * the columns' collation, which would also take a small ュ for a ユ.
     */
    static Condition keyword(String term) {
        String text = SearchText.normalize(term);
        Condition condition = CUSTOMER.NAME_NORM
                .collate(BINARY)
                .contains(text)
                .or(CUSTOMER.KANA_NORM.collate(BINARY).contains(text))
                .or(CUSTOMER.ADDRESS_NORM.collate(BINARY).contains(text));
        String digits = SearchText.digits(term);
        if (isPhoneNumber(term)) {
            condition =
                    condition.or(CUSTOMER.PHONE_DIGITS.contains(digits)).or(CUSTOMER.MOBILE_DIGITS.contains(digits));
        }
        return condition;
    }

    /** A word searched in the phone numbers too: at least 4 digits, and nothing but what phone numbers are made of. */
    static boolean isPhoneNumber(String term) {
        return SearchText.digits(term).length() >= CustomerSearchKeys.DIGIT_KEY
                && SearchText.normalize(term).matches("[0-9()\\-+ー−]+");
    }

    /** The customers a user is 担当者 of. */
    private static Condition assignedTo(long userId) {
        return DSL.exists(DSL.selectOne()
                .from(CUSTOMER_ASSIGNEE)
                .where(CUSTOMER_ASSIGNEE.CUSTOMER_ID.eq(CUSTOMER.ID))
                .and(CUSTOMER_ASSIGNEE.USER_ID.eq(userId)));
    }
}

package app.kiroku.customer;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.CUSTOMER_ASSIGNEE;

import app.kiroku.shared.text.SearchText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/**
 * A {@link CustomerFilter} as SQL over the {@code customer} table. Public so that the negotiation records of
 * "exactly those customers" (cross search) use the very same condition.
 */
public final class CustomerConditions {

    private CustomerConditions() {
    }

    public static Condition matching(CustomerFilter filter, long currentUserId, LocalDate today) {
        return matching(filter, currentUserId, today, Set.of());
    }

    /**
     * @param busyAssignees users who are 担当者 of so many customers that their filter is best tested row by row
     *                      while walking the kana order (see {@link #assignedTo})
     */
    static Condition matching(CustomerFilter filter, long currentUserId, LocalDate today, Set<Long> busyAssignees) {
        List<Condition> conditions = new ArrayList<>();
        for (String term : filter.keyword().split("[\\s\\u3000]+")) {
            if (!term.isBlank()) {
                conditions.add(keyword(term));
            }
        }
        if (filter.mine()) {
            conditions.add(assignedTo(currentUserId, busyAssignees.contains(currentUserId)));
        }
        if (filter.assigneeId() != null) {
            conditions.add(assignedTo(filter.assigneeId(), busyAssignees.contains(filter.assigneeId())));
        }
        if (filter.departmentId() != null) {
            conditions.add(DSL.exists(DSL.selectOne().from(CUSTOMER_ASSIGNEE)
                    .join(APP_USER).on(APP_USER.ID.eq(CUSTOMER_ASSIGNEE.USER_ID))
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
        return DSL.and(conditions);
    }

    /** One search word: part of the name, kana or address (kana-, width- and case-blind), or of a phone number. */
    static Condition keyword(String term) {
        String text = SearchText.normalize(term);
        Condition condition = CUSTOMER.NAME_NORM.contains(text)
                .or(CUSTOMER.KANA_NORM.contains(text))
                .or(CUSTOMER.ADDRESS_NORM.contains(text));
        String digits = SearchText.digits(term);
        if (digits.length() >= 3 && looksLikePhone(term)) {
            condition = condition.or(CUSTOMER.PHONE_DIGITS.contains(digits)).or(CUSTOMER.MOBILE_DIGITS.contains(digits));
        }
        return condition;
    }

    private static boolean looksLikePhone(String term) {
        return SearchText.normalize(term).matches("[0-9()\\-+ー−]+");
    }

    /**
     * The customers a user is 担当者 of. For a user with few customers the EXISTS lets MariaDB start from their
     * assignments and sort those; for a very busy one (a third of a million customers) that sort costs more than
     * walking the kana index and testing each row, which the scalar form below makes MariaDB do.
     */
    private static Condition assignedTo(long userId, boolean busy) {
        var assignment = DSL.selectOne().from(CUSTOMER_ASSIGNEE)
                .where(CUSTOMER_ASSIGNEE.CUSTOMER_ID.eq(CUSTOMER.ID))
                .and(CUSTOMER_ASSIGNEE.USER_ID.eq(userId));
        return busy ? DSL.field(assignment.limit(1)).isNotNull() : DSL.exists(assignment);
    }

}

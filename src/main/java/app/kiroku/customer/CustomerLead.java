package app.kiroku.customer;

import static app.kiroku.db.Tables.CUSTOMER_ASSIGNEE;
import static app.kiroku.db.Tables.CUSTOMER_SEARCH_KEY;

import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;

/**
 * A criterion that can hand a list query its customers already in list order (kana, then id): a table holding
 * the customer's kana beside the criterion, read from one range of an index so the query stops after a page.
 *
 * @param table    where the reading starts
 * @param rows     the range of that table that belongs to the criterion
 * @param kana     the customer's kana in that table
 * @param customer the customer's id in that table
 * @param walkable whether the range is one index range in list order (a single key or a single user)
 */
record CustomerLead(Table<?> table, Condition rows, Field<String> kana, Field<Long> customer, boolean walkable) {

    /** The keyword search's leading keys ({@link CustomerSearchKeys#plan}). */
    static CustomerLead keys(List<String> keys) {
        return new CustomerLead(
                CUSTOMER_SEARCH_KEY,
                CUSTOMER_SEARCH_KEY.SEARCH_KEY.in(keys),
                CUSTOMER_SEARCH_KEY.KANA_NORM,
                CUSTOMER_SEARCH_KEY.CUSTOMER_ID,
                keys.size() == 1);
    }

    /** The customers a user is 担当者 of. */
    static CustomerLead assignee(long userId) {
        return new CustomerLead(
                CUSTOMER_ASSIGNEE,
                CUSTOMER_ASSIGNEE.USER_ID.eq(userId),
                CUSTOMER_ASSIGNEE.KANA_NORM,
                CUSTOMER_ASSIGNEE.CUSTOMER_ID,
                true);
    }
}

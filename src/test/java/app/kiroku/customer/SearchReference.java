package app.kiroku.customer;

import app.kiroku.TestData;
import app.kiroku.shared.text.SearchText;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;

/**
 * What a customer search must find, in plain SQL written here: every word of the keyword as a {@code LIKE} on the
 * normalised name, kana and address (and on the phone digits when the word is a phone number), 自分が担当 as staff1's
 * assignments, over every customer row, without keys. Only the normal form of the words comes from the app
 * ({@link SearchText}), as it is the form the rows store.
 */
final class SearchReference {

    private SearchReference() {}

    /** The ids found, in list order (kana, then id). */
    static List<Long> scanned(DSLContext dsl, CustomerFilter filter) {
        return select(dsl, filter, "c.kana_norm, c.id");
    }

    /** The ids found, by phone number from the highest (blanks last), then in list order. */
    static List<Long> scannedByPhoneDescending(DSLContext dsl, CustomerFilter filter) {
        return select(dsl, filter, "c.phone_digits IS NULL, c.phone_digits DESC, c.kana_norm, c.id");
    }

    static List<Long> ids(List<CustomerListItem> items) {
        return items.stream().map(CustomerListItem::id).toList();
    }

    private static List<Long> select(DSLContext dsl, CustomerFilter filter, String order) {
        if (filter.assigneeId() != null
                || filter.departmentId() != null
                || !filter.rankIds().isEmpty()
                || !filter.progressIds().isEmpty()
                || filter.nextFrom() != null
                || filter.nextTo() != null
                || filter.noNextPlan()
                || filter.lastContact() != null) {
            throw new IllegalArgumentException("the reference knows the keyword and 自分が担当 only: " + filter);
        }
        StringBuilder sql = new StringBuilder("SELECT c.id FROM customer c WHERE TRUE");
        List<Object> binds = new ArrayList<>();
        for (String word : filter.keyword().split("[\\s\\u3000]+")) {
            if (word.isBlank()) {
                continue;
            }
            String text = "%" + likeEscaped(SearchText.normalize(word)) + "%";
            sql.append(" AND (c.name_norm COLLATE utf8mb4_bin LIKE ? OR c.kana_norm COLLATE utf8mb4_bin LIKE ?"
                    + " OR c.address_norm COLLATE utf8mb4_bin LIKE ?");
            binds.addAll(List.of(text, text, text));
            String digits = SearchText.normalize(word).replaceAll("[^0-9]", "");
            if (digits.length() >= 4 && SearchText.normalize(word).matches("[0-9()\\-+ー−]+")) {
                sql.append(" OR c.phone_digits LIKE ? OR c.mobile_digits LIKE ?");
                binds.addAll(List.of("%" + digits + "%", "%" + digits + "%"));
            }
            sql.append(")");
        }
        if (filter.mine()) {
            sql.append(" AND EXISTS (SELECT 1 FROM customer_assignee a WHERE a.customer_id = c.id AND a.user_id = ?)");
            binds.add(TestData.userId(dsl, "staff1"));
        }
        sql.append(" ORDER BY ").append(order);
        return dsl.fetch(sql.toString(), binds.toArray()).getValues(0, Long.class);
    }

    private static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

package app.kiroku.customer;

import app.kiroku.TestClock;
import app.kiroku.TestData;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;

/** What a customer search must find: its criteria tested on every customer row with {@code LIKE}, without keys. */
final class SearchReference {

    private SearchReference() {}

    /** The ids found by testing every customer, as staff1 today, in list order. */
    static List<Long> scanned(CustomerRepository repository, DSLContext dsl, CustomerFilter filter) {
        return ids(repository.search(condition(dsl, filter), List.of(), TestClock.TODAY, 0, 10_000));
    }

    static Condition condition(DSLContext dsl, CustomerFilter filter) {
        return CustomerConditions.conditions(filter, TestData.userId(dsl, "staff1"), TestClock.TODAY);
    }

    static List<Long> ids(List<CustomerListItem> items) {
        return items.stream().map(CustomerListItem::id).toList();
    }
}

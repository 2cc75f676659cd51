package app.kiroku.customer.ui;

import app.kiroku.customer.CustomerFilter;
import com.vaadin.flow.component.Component;

/**
 * Where the customer screens show negotiation records. The customer feature comes first and does not know the
 * negotiation feature; that feature implements this slot as a Spring bean.
 */
public interface CustomerRecordsSlot {

    /** The 見出し list of one customer's records. */
    Component recordsOf(long customerId);

    /** 「商談登録」 for this customer; {@code floating}: the thumb-reachable one at the screen's bottom right. */
    Component registerButton(long customerId, boolean floating);

    /** The records of exactly the customers a search found (the cross search from customers to their records). */
    Component recordsOfCustomers(CustomerFilter filter);

    /** How many records {@link #recordsOfCustomers} lists. */
    int countOfCustomersRecords(CustomerFilter filter);
}

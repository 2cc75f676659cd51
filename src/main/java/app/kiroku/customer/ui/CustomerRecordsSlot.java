package app.kiroku.customer.ui;

import app.kiroku.customer.CustomerFilter;
import com.vaadin.flow.component.Component;

/**
 * Where the customer screens show negotiation records. The customer feature comes first and does not know the
 * negotiation feature; that feature implements this slot as a Spring bean.
 */
public interface CustomerRecordsSlot {

    /** The 見出し list of one customer's records, and what the user may do with them. */
    Component recordsOf(long customerId);

    /** The records of exactly the customers a search found (N11 cross search). */
    Component recordsOfCustomers(CustomerFilter filter);

    /** How many records {@link #recordsOfCustomers} lists. */
    int countOfCustomersRecords(CustomerFilter filter);
}

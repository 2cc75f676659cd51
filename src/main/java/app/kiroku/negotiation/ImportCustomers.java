package app.kiroku.negotiation;

import app.kiroku.customer.CustomerIdentity;
import app.kiroku.shared.text.SearchText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The customers a batch of imported records names, and how a row finds its own: by 顧客コード when it has one;
 * else by name and a phone or mobile number; a row without a number by name alone, only when one customer has it.
 */
final class ImportCustomers {

    /** The customer found, or the field and message key (with its argument) that say why none was. */
    record Found(@Nullable CustomerIdentity customer, String field, String messageKey, String argument) {

        static Found of(CustomerIdentity customer) {
            return new Found(customer, "", "", "");
        }
    }

    private final Map<String, CustomerIdentity> byCode = new HashMap<>();
    private final Map<String, List<CustomerIdentity>> byName = new HashMap<>();

    ImportCustomers(List<CustomerIdentity> customers) {
        for (CustomerIdentity customer : customers) {
            if (customer.code() != null) {
                byCode.put(CustomerIdentity.codeKey(customer.code()), customer);
            }
            byName.computeIfAbsent(customer.nameNorm(), n -> new ArrayList<>()).add(customer);
        }
    }

    Found find(String code, String name, String phone) {
        if (!code.isEmpty()) {
            CustomerIdentity customer = byCode.get(CustomerIdentity.codeKey(code));
            return customer != null
                    ? Found.of(customer)
                    : new Found(null, NegotiationImport.CUSTOMER_CODE, "import.error.customerCode", code);
        }
        if (name.isEmpty()) {
            return new Found(null, "", "import.error.customerMissing", "");
        }
        List<CustomerIdentity> named = byName.getOrDefault(CustomerIdentity.nameKey(name), List.of());
        String digits = SearchText.digits(phone);
        if (!digits.isEmpty()) {
            named = named.stream().filter(c -> c.hasPhone(digits)).toList();
            if (named.isEmpty()) {
                return new Found(null, NegotiationImport.CUSTOMER_PHONE, "import.error.customerPhone", name);
            }
        }
        if (named.size() == 1) {
            return Found.of(named.getFirst());
        }
        return new Found(
                null,
                NegotiationImport.CUSTOMER_NAME,
                named.isEmpty() ? "import.error.customerNotFound" : "import.error.customerAmbiguous",
                name);
    }
}

package app.kiroku.customer;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignedInAs;
import app.kiroku.customer.ui.CustomerSearchView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The 件数 a list shows, against plain SQL over every customer: exact up to {@link CustomerService#EXACT_UP_TO}, an
 * estimate beyond it, worded 「約 …件」, and the kept total when there are no criteria. A crowd of customers with a
 * character of their own crosses the bound; the test's transaction takes them away again.
 */
@Transactional
@SignedInAs("staff1")
class CustomerListCountTest extends KirokuBrowserlessTest {

    private static final int CROWD = CustomerService.EXACT_UP_TO + 10_000;

    @Autowired
    CustomerService customers;

    @Autowired
    JdbcTemplate jdbc;

    /** Customers 鑫1, 鑫2, … with kana in their order, and their search keys, as a bulk load writes them. */
    private void addCrowd() {
        long staff1 = jdbc.queryForObject("SELECT id FROM app_user WHERE login_id = 'staff1'", Long.class);
        jdbc.update(
                "INSERT INTO customer (name, kana, name_norm, kana_norm, created_by, created_at, updated_by,"
                        + " updated_at) SELECT CONCAT('鑫', seq), CONCAT('キン', LPAD(seq, 5, '0')), CONCAT('鑫', seq),"
                        + " CONCAT('キン', LPAD(seq, 5, '0')), ?, NOW(), ?, NOW() FROM seq_1_to_" + CROWD,
                staff1,
                staff1);
        long last = jdbc.queryForObject("SELECT MAX(id) FROM customer", Long.class);
        jdbc.update(CustomerSearchKeys.insertForIdRange(), last - CROWD + 1, last, last - CROWD + 1, last);
    }

    /** Customers whose name, kana or address contains the text, as the search normalises them. */
    private int containing(String normalised) {
        return jdbc.queryForObject(
                "SELECT COUNT(*) FROM customer WHERE name_norm LIKE CONCAT('%', ?, '%')"
                        + " OR kana_norm LIKE CONCAT('%', ?, '%') OR address_norm LIKE CONCAT('%', ?, '%')",
                Integer.class, normalised, normalised, normalised);
    }

    @Test
    void withoutCriteriaTheTotalIsExact() {
        int all = jdbc.queryForObject("SELECT COUNT(*) FROM customer", Integer.class);
        assertThat(customers.listCount(CustomerFilter.NONE)).isEqualTo(new CustomerCount(all, true));
    }

    @Test
    void aRareCharacterIsCountedExactly() {
        int real = containing("横");
        assertThat(real).isBetween(1, 20);
        assertThat(customers.listCount(CustomerFilter.keyword("横"))).isEqualTo(new CustomerCount(real, true));
    }

    @Test
    void aCommonCharacterIsEstimatedNearItsRealCount() {
        addCrowd();
        int real = containing("鑫");
        assertThat(real).isEqualTo(CROWD);
        CustomerCount count = customers.listCount(CustomerFilter.keyword("鑫"));
        assertThat(count.exact()).isFalse();
        // well past the bound, so that the bound itself would fail
        assertThat(count.value()).isBetween(real * 4 / 5, real * 5 / 4);
        assertThat(customers.count(CustomerFilter.keyword("鑫"))).isEqualTo(real);
        assertThat(customers.search(CustomerFilter.keyword("鑫"), java.util.List.of(), 0, 50))
                .hasSize(50)
                .allMatch(customer -> customer.name().startsWith("鑫"));
    }

    @Test
    void otherCriteriaBesideTheKeyAreCountedExactly() {
        var filter = CustomerFilter.builder().keyword("市").mine().build();
        int real = jdbc.queryForObject(
                "SELECT COUNT(*) FROM customer c WHERE (c.name_norm LIKE '%市%'"
                        + " OR c.kana_norm LIKE '%市%' OR c.address_norm LIKE '%市%') AND EXISTS (SELECT 1 FROM"
                        + " customer_assignee a JOIN app_user u ON u.id = a.user_id WHERE a.customer_id = c.id"
                        + " AND u.login_id = 'staff1')",
                Integer.class);
        assertThat(customers.listCount(filter)).isEqualTo(new CustomerCount(real, true));
    }

    @Test
    void theListShowsAnEstimateAsAbout() {
        addCrowd();
        navigate(CustomerSearchView.class);
        test($(TextField.class).id("customer-keyword")).setValue("鑫");
        test($(Button.class).id("customer-search")).click();
        int estimate = customers.listCount(CustomerFilter.keyword("鑫")).value();
        assertThat($(Span.class).id("customer-count").getText())
                .isEqualTo(
                        "約 " + NumberFormat.getIntegerInstance(Locale.JAPANESE).format(estimate) + "件");

        test($(TextField.class).id("customer-keyword")).setValue("横");
        test($(Button.class).id("customer-search")).click();
        assertThat($(Span.class).id("customer-count").getText()).isEqualTo(containing("横") + "件");
    }
}

package app.kiroku.customer;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuBrowserlessTest;
import app.kiroku.SignIn;
import app.kiroku.customer.ui.CustomerSearchView;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import java.text.NumberFormat;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * The 件数 a list shows, against plain SQL over every customer: exact up to the bound (lowered here to 20 so the demo
 * data crosses it), an estimate beyond it, worded 「約 …件」, and the kept total when there are no criteria.
 */
@TestPropertySource(properties = "kiroku.customer.exact-count-up-to=20")
class CustomerListCountTest extends KirokuBrowserlessTest {

    @Autowired
    CustomerService customers;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "staff1");
    }

    /** Customers whose name, kana or address contains the text, as the search normalises them. */
    private int containing(String normalised) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM customer WHERE name_norm LIKE CONCAT('%', ?, '%')"
                + " OR kana_norm LIKE CONCAT('%', ?, '%') OR address_norm LIKE CONCAT('%', ?, '%')", Integer.class,
                normalised, normalised, normalised);
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
        int real = containing("市");
        assertThat(real).isGreaterThan(40);
        CustomerCount count = customers.listCount(CustomerFilter.keyword("市"));
        assertThat(count.exact()).isFalse();
        assertThat(count.value()).isBetween(real / 2, real * 2);
        assertThat(customers.count(CustomerFilter.keyword("市"))).isEqualTo(real);
    }

    @Test
    void otherCriteriaBesideTheKeyAreCountedExactly() {
        var filter = new CustomerFilter("市", true, null, null, java.util.Set.of(), java.util.Set.of(), null, null,
                false);
        int real = jdbc.queryForObject("SELECT COUNT(*) FROM customer c WHERE (c.name_norm LIKE '%市%'"
                + " OR c.kana_norm LIKE '%市%' OR c.address_norm LIKE '%市%') AND EXISTS (SELECT 1 FROM"
                + " customer_assignee a JOIN app_user u ON u.id = a.user_id WHERE a.customer_id = c.id"
                + " AND u.login_id = 'staff1')", Integer.class);
        assertThat(customers.listCount(filter)).isEqualTo(new CustomerCount(real, true));
    }

    @Test
    void theListShowsAnEstimateAsAbout() {
        navigate(CustomerSearchView.class);
        test($(TextField.class).id("customer-keyword")).setValue("市");
        test($(Button.class).id("customer-search")).click();
        int estimate = customers.listCount(CustomerFilter.keyword("市")).value();
        assertThat($(Span.class).id("customer-count").getText())
                .isEqualTo("約 " + NumberFormat.getIntegerInstance(Locale.JAPANESE).format(estimate) + "件");

        test($(TextField.class).id("customer-keyword")).setValue("横");
        test($(Button.class).id("customer-search")).click();
        assertThat($(Span.class).id("customer-count").getText()).isEqualTo(containing("横") + "件");
    }
}

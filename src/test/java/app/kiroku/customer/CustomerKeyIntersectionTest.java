package app.kiroku.customer;

import static app.kiroku.customer.SearchReference.ids;
import static app.kiroku.customer.SearchReference.scanned;
import static app.kiroku.customer.SearchReference.scannedByPhoneDescending;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.TestClock;
import app.kiroku.TestData;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The search by intersecting common keys, which only data of benchmark size would choose, forced on the demo data:
 * every key with two rows counts as common, and each step reads two rows per key, so the leapfrogging jumps and
 * goes on over many steps. It must find exactly what testing every customer with {@code LIKE} finds, page by page.
 */
@KirokuTest
class CustomerKeyIntersectionTest {

    @Autowired
    CustomerTallies tallies;

    @Autowired
    DSLContext dsl;

    /** The search keys and the search as the app builds them, with the settings that force the intersection. */
    CustomerSearchKeys keys;

    CustomerSearch search;

    long staff1;

    @BeforeEach
    void forceTheIntersection() {
        keys = new CustomerSearchKeys(dsl, 2);
        search = new CustomerSearch(new CustomerRepository(dsl, new CustomerKeyIntersection(dsl, 2)), keys, tallies);
        staff1 = TestData.userId(dsl, "staff1");
    }

    private CustomerSearch.Query asStaff1(CustomerFilter filter) {
        return new CustomerSearch.Query(filter, staff1, TestClock.TODAY);
    }

    @Test
    void fullNamesAndSeveralWordsAreSearchedByIntersectingTheirKeys() {
        // a word's first and last pieces, which span it; the page's query tests the whole word
        assertThat(keys.plan("さとうゆうこ").intersect()).containsExactly("サトウ", "ユウコ");
        assertThat(keys.plan("さとうゆう").intersect()).containsExactly("サトウ", "ウユウ");
        assertThat(keys.plan("さとう ゆうこ").intersect()).containsExactly("サトウ", "ユウコ");
        // a phone number may be found in either its text or its digits: no key is certain
        assertThat(keys.plan("03-1234").intersect()).isEmpty();
        assertThat(keys.plan("さとう").intersect()).isEmpty();
    }

    @Test
    void theIntersectionFindsWhatScanningEveryCustomerFinds() {
        List<String> keywords = List.of(
                "さとうゆうこ",
                "さとう ゆうこ",
                "佐藤 世田谷",
                "東京 会社",
                "株式会社 東京都",
                "神奈川 号室",
                "東京都中央区",
                "ヤマ 東京",
                "会社 号室 東京",
                "たなか 大阪",
                "-1 東京 0312",
                "市 とう 0312");
        int nonEmpty = 0;
        for (String keyword : keywords) {
            CustomerFilter filter = CustomerFilter.keyword(keyword);
            assertThat(keys.plan(keyword).intersect())
                    .as("intersected: " + keyword)
                    .isNotEmpty();
            List<Long> expected = scanned(dsl, filter);
            nonEmpty += expected.isEmpty() ? 0 : 1;
            assertThat(ids(search.page(asStaff1(filter), List.of(), 0, 10_000)))
                    .as(keyword)
                    .isEqualTo(expected);
            assertThat(search.count(asStaff1(filter))).as("count of " + keyword).isEqualTo(expected.size());
        }
        assertThat(nonEmpty).as("keywords with matches").isGreaterThan(5);
    }

    @Test
    void pagesBySeekingAndByOffsetAreTheSamePages() {
        CustomerFilter filter = CustomerFilter.keyword("-1 東京");
        assertThat(keys.plan(filter.keyword()).intersect()).isNotEmpty();
        List<Long> all = scanned(dsl, filter);
        assertThat(all).hasSizeGreaterThan(15);
        List<Long> sought = new ArrayList<>();
        List<CustomerListItem> page = search.page(asStaff1(filter), List.of(), 0, 4);
        while (!page.isEmpty()) {
            sought.addAll(ids(page));
            page = search.pageAfter(asStaff1(filter), CustomerSeek.after(page.getLast()), 4);
        }
        assertThat(sought).isEqualTo(all);
        assertThat(ids(search.page(asStaff1(filter), List.of(), 10, 5))).isEqualTo(all.subList(10, 15));
    }

    /** 自分が担当 is tested on the intersected customers; another order reads the lead key instead (list order only). */
    @Test
    void otherCriteriaCombineWithTheIntersectionAndOtherOrdersWithTheLead() {
        CustomerFilter mine = CustomerFilter.builder().keyword("-1 東京").mine().build();
        assertThat(keys.plan(mine.keyword()).intersect()).isNotEmpty();
        assertThat(ids(search.page(asStaff1(mine), List.of(), 0, 10_000)))
                .isEqualTo(scanned(dsl, mine))
                .isNotEmpty();
        var byPhone = List.of(new CustomerSort.Order(CustomerSort.PHONE, false));
        assertThat(ids(search.page(asStaff1(mine), byPhone, 0, 10_000))).isEqualTo(scannedByPhoneDescending(dsl, mine));
    }
}

package app.kiroku.customer;

import static app.kiroku.customer.SearchReference.ids;
import static app.kiroku.customer.SearchReference.scanned;
import static app.kiroku.customer.SearchReference.scannedByPhoneDescending;
import static app.kiroku.db.Tables.AUDIT_LOG;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.CUSTOMER_ASSIGNEE;
import static app.kiroku.db.Tables.CUSTOMER_SEARCH_KEY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.KirokuTest;
import app.kiroku.SignedInAs;
import app.kiroku.TestData;
import app.kiroku.shared.data.ConcurrentEditException;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The keyword search led by {@code customer_search_key} finds exactly what testing every customer with
 * {@code LIKE '%…%'} finds, in the same order, and the keys follow every save. Not transactional: a refused save
 * must roll its own transaction back.
 */
@KirokuTest
@SignedInAs("staff1")
class CustomerSearchKeysTest {

    @Autowired
    CustomerService customers;

    @Autowired
    CustomerSearchKeys keys;

    @Autowired
    DSLContext dsl;

    private final List<Long> created = new ArrayList<>();

    @AfterEach
    void cleanUp() {
        for (long id : created) {
            TestData.deleteSearchKeys(dsl, List.of(id));
            dsl.deleteFrom(CUSTOMER_ASSIGNEE)
                    .where(CUSTOMER_ASSIGNEE.CUSTOMER_ID.eq(id))
                    .execute();
            dsl.deleteFrom(AUDIT_LOG)
                    .where(AUDIT_LOG.ENTITY_TYPE.eq("customer"))
                    .and(AUDIT_LOG.ENTITY_ID.eq(id))
                    .execute();
            dsl.deleteFrom(CUSTOMER).where(CUSTOMER.ID.eq(id)).execute();
        }
    }

    @Test
    void everyKindOfKeywordFindsWhatScanningEveryCustomerFinds() {
        created.add(customers.create(CustomerServiceTest.draft("㈱サトウ住建", "サトウジュウケン", "0120-555-019")));
        List<String> keywords = List.of(
                "佐藤",
                "さとう",
                "サトウ",
                "ｻﾄｳ",
                "さとうたろう",
                "とう",
                "田中 東京",
                "世田谷",
                "横浜市",
                "市",
                "佐",
                "1-2",
                "0312",
                "03-",
                "5550",
                "0120-555",
                "555-019",
                "(0120)555019",
                "ア",
                "🏠",
                "%",
                "_",
                "'",
                "",
                "さとう ゆうこ",
                "佐藤 世田谷",
                "とう 市",
                "さとうたろう 東京",
                "市 とう 0312",
                "林",
                "森",
                "東",
                "区",
                "ー",
                "1",
                "ゆ",
                "ﾕ",
                "林 さとう");
        for (String keyword : keywords) {
            CustomerFilter filter = CustomerFilter.keyword(keyword);
            List<Long> expected = scanned(dsl, filter);
            assertThat(ids(customers.search(filter, List.of(), 0, 10_000)))
                    .as(keyword)
                    .isEqualTo(expected);
            assertThat(customers.count(filter)).as("count of " + keyword).isEqualTo(expected.size());
            assertThat(customers.listCount(filter))
                    .as("listed count of " + keyword)
                    .isEqualTo(new CustomerCount(expected.size(), true));
        }
    }

    @Test
    void aKeywordPagedBySeekingGivesTheSamePagesAsByOffset() {
        for (String keyword : List.of("とう", "市")) {
            CustomerFilter filter = CustomerFilter.keyword(keyword);
            List<Long> all = scanned(dsl, filter);
            assertThat(all).hasSizeGreaterThan(15);
            List<Long> sought = new ArrayList<>();
            List<CustomerListItem> page = customers.search(filter, List.of(), 0, 5);
            while (!page.isEmpty()) {
                sought.addAll(ids(page));
                page = customers.searchAfter(filter, CustomerSeek.after(page.getLast()), 5);
            }
            assertThat(sought).as(keyword).isEqualTo(all);
            assertThat(ids(customers.search(filter, List.of(), 10, 5)))
                    .as(keyword)
                    .isEqualTo(all.subList(10, 15));
        }
    }

    @Test
    void otherSortOrdersAndCriteriaCombineWithTheKeys() {
        var byPhone = List.of(new CustomerSort.Order(CustomerSort.PHONE, false));
        CustomerFilter mineAndKeyword =
                CustomerFilter.builder().keyword("とう").mine().build();
        assertThat(ids(customers.search(mineAndKeyword, byPhone, 0, 10_000)))
                .isEqualTo(scannedByPhoneDescending(dsl, mineAndKeyword));
        assertThat(ids(customers.search(mineAndKeyword, byPhone, 0, 10_000))).isNotEmpty();
    }

    @Test
    void keysFollowChangesOfNameKanaAddressAndPhone() {
        var draft = CustomerServiceTest.draft("鍵見 旧名", "カギミ\u3000キュウメイ", "099-111-2345");
        draft.setAddress("沖縄県那覇市鍵旧町1-1");
        long id = customers.create(draft);
        created.add(id);
        assertThat(found("旧名")).containsExactly(id);
        assertThat(found("鍵旧町")).containsExactly(id);
        assertThat(found("0991112345")).containsExactly(id);

        var change = customers.detail(id).orElseThrow().toDraft();
        change.setName("鍵見 新名");
        change.setKana("カギミ\u3000シンメイ");
        change.setAddress("沖縄県那覇市鍵新町2-2");
        change.setPhone("099-999-8765");
        customers.update(id, 0, change);

        for (String old : List.of("旧名", "きゅうめい", "鍵旧町", "1112345")) {
            assertThat(found(old)).as(old).isEmpty();
        }
        for (String now : List.of("新名", "しんめい", "鍵新町", "9998765", "鍵見")) {
            assertThat(found(now)).as(now).containsExactly(id);
        }
        assertThat(dsl.fetchCount(CUSTOMER_SEARCH_KEY, CUSTOMER_SEARCH_KEY.CUSTOMER_ID.eq(id)))
                .isEqualTo(keyCountMadeFromScratch(id));
    }

    @Test
    void aRefusedSaveLeavesTheKeysAsTheyWere() {
        long id = customers.create(CustomerServiceTest.draft("鍵見 残存", "カギミ\u3000ザンゾン", null));
        created.add(id);
        var first = customers.detail(id).orElseThrow().toDraft();
        first.setMemo("先");
        customers.update(id, 0, first);

        var late = customers.detail(id).orElseThrow().toDraft();
        late.setName("鍵見 上書");
        assertThatThrownBy(() -> customers.update(id, 0, late)).isInstanceOf(ConcurrentEditException.class);
        assertThat(found("残存")).containsExactly(id);
        assertThat(found("上書")).isEmpty();
    }

    @Test
    void theRarestKeyOfTheRarestWordLeads() {
        assertThat(CustomerSearchKeys.choices("さとう")).containsExactly(List.of("サトウ"));
        assertThat(CustomerSearchKeys.choices("ｻﾄｳﾀﾛｳ").getFirst()).containsExactly("サトウ", "トウタ", "ウタロ", "タロウ");
        assertThat(CustomerSearchKeys.choices("03-1234").get(1)).containsExactly("0312", "3123", "1234");
        // of a long word, four pieces spread over it and its last one
        assertThat(CustomerSearchKeys.choices("0312345678").get(1)).containsExactly("0312", "1234", "3456", "5678");
        assertThat(CustomerSearchKeys.choices("佐")).containsExactly(List.of("佐"));
        assertThat(CustomerSearchKeys.choices("")).isEmpty();
        created.add(customers.create(CustomerServiceTest.draft("鍵見 珍名", "カギミ\u3000チンメイ", null)));
        created.add(customers.create(CustomerServiceTest.draft("鍵見 別名", "カギミ\u3000ベツメイ", null)));
        // "珍名" is one customer's, "鍵見" two customers', and a single character is a key of its own
        assertThat(keys.plan("鍵見 珍名").lead()).containsExactly("珍名");
        assertThat(keys.plan("鍵見 珍名").exactKeys()).containsEntry("鍵見", "鍵見").containsEntry("珍名", "珍名");
        assertThat(keys.plan("見 珍名").lead()).containsExactly("珍名");
        assertThat(keys.plan("見").lead()).containsExactly("見");
        assertThat(keys.plan("見").leadCovers("見")).isTrue();
        assertThat(keys.plan("鍵見ちんめい").exactKeys()).isEmpty();
    }

    private List<Long> found(String keyword) {
        return ids(customers.search(CustomerFilter.keyword(keyword), List.of(), 0, 100));
    }

    private int keyCountMadeFromScratch(long id) {
        dsl.deleteFrom(CUSTOMER_SEARCH_KEY)
                .where(CUSTOMER_SEARCH_KEY.CUSTOMER_ID.eq(id))
                .execute();
        keys.add(id);
        return dsl.fetchCount(CUSTOMER_SEARCH_KEY, CUSTOMER_SEARCH_KEY.CUSTOMER_ID.eq(id));
    }
}

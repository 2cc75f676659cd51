package app.kiroku.customer;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.NEGOTIATION;
import static app.kiroku.db.Tables.PROGRESS_FLAG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.SignedInAs;
import app.kiroku.TestClock;
import app.kiroku.TestData;
import app.kiroku.shared.data.ConcurrentEditException;
import app.kiroku.shared.text.CsvWriter;
import app.kiroku.shared.validation.InvalidInputException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

@KirokuTest
@Transactional
@SignedInAs("staff1")
class CustomerServiceTest {

    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    CustomerService customers;

    @Autowired
    CustomerDerivedColumns derived;

    @Autowired
    CustomerRepository repository;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext dsl;

    @Test
    void kanaIsStoredAsFullWidthKatakanaAndFoundWhateverTheInput() {
        long id = customers.create(draft("山田 テスト太郎", "ﾔﾏﾀﾞ ﾃｽﾄﾀﾛｳ", "03-9876-5432"));

        assertThat(customers.detail(id).orElseThrow().kana()).isEqualTo("ヤマダ\u3000テストタロウ");
        for (String keyword :
                List.of("やまだ てすとたろう", "ﾃｽﾄﾀﾛｳ", "テストタロウ", "山田 テスト", "0398765432", "03-9876-5432", "９８７６－５４３２")) {
            assertThat(ids(CustomerFilter.keyword(keyword))).as(keyword).contains(id);
        }
        assertThat(ids(CustomerFilter.keyword("やまだ べつじん"))).doesNotContain(id);
    }

    @Test
    void latinLettersMatchWhateverTheirWidthAndCase() {
        long id = customers.create(draft("ＡＢＣリフォーム株式会社", "エービーシーリフォーム", null));
        assertThat(ids(CustomerFilter.keyword("abcリフォーム"))).contains(id);
        assertThat(ids(CustomerFilter.keyword("ABC"))).contains(id);
    }

    @Test
    void currentProgressComesFromTheNewestDoneRecordAndNextContactFromTheEarliestFuturePlan() {
        long x = customers.create(draft("進捗 確認", "シンチョク\u3000カクニン", null));
        record(x, null, TODAY.minusDays(6), "提案中");
        record(x, null, TODAY.minusDays(2), "見積提出"); // the newest 対応日 wins
        record(x, TODAY.plusDays(4), null, "契約"); // no 対応日: ignored for 現進捗
        record(x, TODAY.minusDays(6), null, "初回訪問"); // a past plan is no next contact
        record(x, TODAY.plusDays(9), null, null);
        record(x, TODAY.plusDays(1), TODAY.minusDays(3), null); // carried out early: no longer a next contact
        long y = customers.create(draft("予定 過去", "ヨテイ\u3000カコ", null));
        record(y, TODAY.minusDays(16), null, "初回訪問");
        derived.refresh(x);
        derived.refresh(y);

        CustomerListItem itemX = only(CustomerFilter.keyword("シンチョク カクニン"));
        assertThat(itemX.progressName()).isEqualTo("見積提出");
        assertThat(itemX.nextContactDate()).isEqualTo(TODAY.plusDays(4));
        CustomerListItem itemY = only(CustomerFilter.keyword("ヨテイ カコ"));
        assertThat(itemY.progressName()).isNull();
        assertThat(itemY.nextContactDate()).isNull();

        long proposal = TestData.flag(dsl, "見積提出");
        assertThat(ids(CustomerFilter.builder().progresses(Set.of(proposal)).build()))
                .contains(x)
                .doesNotContain(y);
        assertThat(ids(CustomerFilter.builder()
                        .nextContact(TODAY.plusDays(3), TODAY.plusDays(5))
                        .build()))
                .contains(x)
                .doesNotContain(y);
        assertThat(ids(CustomerFilter.builder().noNextPlan().build()))
                .contains(y)
                .doesNotContain(x);
    }

    @Test
    void theNightlySweepMovesAPassedNextContactOn() {
        long id = customers.create(draft("掃除 確認", "ソウジ\u3000カクニン", null));
        record(id, TODAY.plusDays(5), null, null);
        dsl.update(CUSTOMER)
                .set(CUSTOMER.NEXT_CONTACT_DATE, TODAY.minusDays(1))
                .where(CUSTOMER.ID.eq(id))
                .execute();
        assertThat(only(CustomerFilter.keyword("ソウジ カクニン")).nextContactDate())
                .as("passed: blank")
                .isNull();

        derived.sweepPassedContacts();

        assertThat(only(CustomerFilter.keyword("ソウジ カクニン")).nextContactDate()).isEqualTo(TODAY.plusDays(5));
    }

    @Test
    void mineAndDepartmentFilterByTheAssignees() {
        var draft = draft("担当 絞込", "タントウ\u3000シボリコミ", null);
        draft.setAssigneeIds(Set.of(TestData.userId(dsl, "staff2")));
        long id = customers.create(draft);
        var byKeyword = CustomerFilter.keyword("タントウ シボリコミ");

        assertThat(ids(byKeyword.toBuilder().mine().build())).doesNotContain(id);
        assertThat(ids(byKeyword.toBuilder()
                        .assignee(TestData.userId(dsl, "staff2"))
                        .build()))
                .contains(id);
        long staff2Department = dsl.select(APP_USER.DEPARTMENT_ID)
                .from(APP_USER)
                .where(APP_USER.LOGIN_ID.eq("staff2"))
                .fetchSingle(APP_USER.DEPARTMENT_ID);
        assertThat(ids(byKeyword.toBuilder().department(staff2Department).build()))
                .contains(id);
    }

    @Test
    void aUsersCustomersReadFromTheirAssignmentsAreThoseOfTestingEveryCustomerInTheSameOrder() {
        long staff1 = TestData.userId(dsl, "staff1");
        var draft = draft("順番 確認", "アアアア\u3000カクニン", null);
        draft.setAssigneeIds(Set.of(staff1));
        long id = customers.create(draft);
        var mine = CustomerFilter.builder().mine().build();
        var mineInProgress = CustomerFilter.builder()
                .assignee(staff1)
                .progresses(Set.of(TestData.flag(dsl, "提案中")))
                .build();
        for (CustomerFilter filter : List.of(mine, mineInProgress)) {
            var everyCustomer = repository.search(
                    CustomerConditions.conditions(filter, staff1, TODAY), List.of(), TODAY, 0, 10_000);
            assertThat(customers.search(filter, List.of(), 0, 10_000))
                    .isNotEmpty()
                    .isEqualTo(everyCustomer);
            assertThat(customers.count(filter)).isEqualTo(everyCustomer.size());
        }
        assertThat(ids(mine).getFirst()).isEqualTo(id);

        var renamed = customers.detail(id).orElseThrow().toDraft();
        renamed.setKana("ンンン\u3000カクニン");
        customers.update(id, 0, renamed);
        assertThat(ids(mine).getLast()).isEqualTo(id);
        var page = customers.search(mine, List.of(), 0, 3);
        assertThat(customers.searchAfter(mine, CustomerSeek.after(page.getLast()), 3))
                .isEqualTo(customers.search(mine, List.of(), 3, 3));
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        int before = dsl.fetchCount(CUSTOMER);
        var bad = draft("", "山田", "12-34");
        bad.setEmail("not-an-address");
        bad.setPostalCode("12345");

        assertThatThrownBy(() -> customers.create(bad))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField())
                                .containsEntry("name", "customer.error.name.required")
                                .containsEntry("kana", "customer.error.kana.notKana")
                                .containsEntry("phone", "customer.error.phone")
                                .containsEntry("email", "customer.error.email")
                                .containsEntry("postalCode", "customer.error.postalCode"));
        assertThat(dsl.fetchCount(CUSTOMER)).isEqualTo(before);
    }

    @Test
    void partnersCannotBeAssignees() {
        var draft = draft("業者 不可", "ギョウシャ\u3000フカ", null);
        draft.setAssigneeIds(Set.of(TestData.userId(dsl, "partner1")));
        assertThatThrownBy(() -> customers.create(draft))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField()).containsKey("assignees"));
    }

    @Test
    void theSecondOfTwoConcurrentSavesIsRefusedNamingWhoSavedFirst() {
        long id = customers.create(draft("同時 編集", "ドウジ\u3000ヘンシュウ", null));
        int opened = customers.detail(id).orElseThrow().version();

        SignIn.as(users, "staff2");
        var first = customers.detail(id).orElseThrow().toDraft();
        first.setMemo("先に保存");
        customers.update(id, opened, first);

        SignIn.as(users, "staff1");
        var second = customers.detail(id).orElseThrow().toDraft();
        second.setMemo("後から保存");
        assertThatThrownBy(() -> customers.update(id, opened, second))
                .isInstanceOfSatisfying(
                        ConcurrentEditException.class,
                        e -> assertThat(e.editorName()).isEqualTo("鈴木 美咲"));
        assertThat(customers.detail(id).orElseThrow().memo()).isEqualTo("先に保存");
    }

    @Test
    void duplicatesAreFoundBySameKanaOrPhone() {
        long existing = customers.create(draft("重複 元", "チョウフク\u3000モト", "045-111-2222"));
        assertThat(customers.possibleDuplicates(draft("別の名前", "ちょうふく もと", null), null))
                .extracting(CustomerListItem::id)
                .contains(existing);
        assertThat(customers.possibleDuplicates(draft("別の名前", "ベツ", "0451112222"), null))
                .extracting(CustomerListItem::id)
                .contains(existing);
        assertThat(customers.possibleDuplicates(draft("別の名前", "ベツノナマエ", "0459999999"), null))
                .extracting(CustomerListItem::id)
                .doesNotContain(existing);
    }

    @Test
    void csvOpensInExcelWithBomHeadersAndQuoting() {
        var draft = draft("丸山,\"工務店\"", "マルヤマコウムテンシーエスブイ", "03-1111-2222");
        draft.setAddress("東京都新宿区西新宿2-8-1");
        customers.create(draft);
        var out = new ByteArrayOutputStream();

        customers.exportCsv(
                CustomerFilter.keyword("マルヤマコウムテンシーエスブイ"), List.of(), Locale.JAPANESE, CsvWriter.Encoding.UTF8, out);

        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF"
                        + "顧客コード,顧客名,顧客名カナ,電話番号,携帯電話,メールアドレス,郵便番号,住所,担当者,顧客ランク,メモ,現進捗,"
                        + "次回接触予定日\r\n"
                        + ",\"丸山,\"\"工務店\"\"\",マルヤマコウムテンシーエスブイ,03-1111-2222,,,,東京都新宿区西新宿2-8-1,,,,,\r\n");
    }

    @Test
    void sortingByProgressFollowsTheFlagOrder() {
        var sorted = customers.search(
                CustomerFilter.NONE, List.of(new CustomerSort.Order(CustomerSort.PROGRESS, true)), 0, 400);
        List<Integer> orders = sorted.stream()
                .filter(c -> c.progressName() != null)
                .map(c -> dsl.select(PROGRESS_FLAG.SORT_ORDER)
                        .from(PROGRESS_FLAG)
                        .where(PROGRESS_FLAG.NAME.eq(c.progressName()))
                        .fetchSingle(PROGRESS_FLAG.SORT_ORDER))
                .toList();
        assertThat(orders).isNotEmpty().isSorted();
        assertThat(customers.count(CustomerFilter.NONE)).isEqualTo(dsl.fetchCount(CUSTOMER));
    }

    @Test
    void seekingFromThePreviousPageGivesTheSamePagesAsOffsets() {
        List<Long> byOffset = new java.util.ArrayList<>();
        List<Long> bySeek = new java.util.ArrayList<>();
        CustomerSeek after = null;
        for (int page = 0; page < 5; page++) {
            byOffset.addAll(customers.search(CustomerFilter.NONE, List.of(), page * 50, 50).stream()
                    .map(CustomerListItem::id)
                    .toList());
            var rows = after == null
                    ? customers.search(CustomerFilter.NONE, List.of(), 0, 50)
                    : customers.searchAfter(CustomerFilter.NONE, after, 50);
            bySeek.addAll(rows.stream().map(CustomerListItem::id).toList());
            after = CustomerSeek.after(rows.getLast());
        }
        assertThat(bySeek).hasSize(250).isEqualTo(byOffset);
    }

    private List<Long> ids(CustomerFilter filter) {
        return customers.search(filter, List.of(), 0, 500).stream()
                .map(CustomerListItem::id)
                .toList();
    }

    private CustomerListItem only(CustomerFilter filter) {
        var found = customers.search(filter, List.of(), 0, 10);
        assertThat(found).hasSize(1);
        return found.getFirst();
    }

    static CustomerDraft draft(String name, String kana, @Nullable String phone) {
        var draft = new CustomerDraft();
        draft.setName(name);
        draft.setKana(kana);
        draft.setPhone(phone);
        return draft;
    }

    private void record(
            long customerId, @Nullable LocalDate planned, @Nullable LocalDate done, @Nullable String progress) {
        long staff1 = TestData.userId(dsl, "staff1");
        var now = TODAY.atTime(9, 0);
        dsl.insertInto(NEGOTIATION)
                .set(NEGOTIATION.CUSTOMER_ID, customerId)
                .set(NEGOTIATION.HANDLER_ID, staff1)
                .set(NEGOTIATION.PLANNED_DATE, planned)
                .set(NEGOTIATION.DONE_DATE, done)
                .set(NEGOTIATION.SHOWN_DATE, done != null ? done : planned)
                .set(NEGOTIATION.PROGRESS_ID, progress == null ? null : TestData.flag(dsl, progress))
                .set(NEGOTIATION.CREATED_BY, staff1)
                .set(NEGOTIATION.CREATED_AT, now)
                .set(NEGOTIATION.UPDATED_BY, staff1)
                .set(NEGOTIATION.UPDATED_AT, now)
                .execute();
    }
}

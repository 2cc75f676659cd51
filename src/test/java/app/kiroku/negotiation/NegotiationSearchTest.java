package app.kiroku.negotiation;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import app.kiroku.SignedInAs;
import app.kiroku.TestClock;
import app.kiroku.TestData;
import app.kiroku.customer.CustomerDraft;
import app.kiroku.customer.CustomerService;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

/** Each 詳細検索 criterion narrows the result, and they combine. */
@KirokuTest
@Transactional
@SignedInAs("staff1")
class NegotiationSearchTest {

    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    NegotiationService negotiations;

    @Autowired
    CustomerService customers;

    @Autowired
    DSLContext dsl;

    long a;
    long b;
    long c;

    @BeforeEach
    void records() {
        long hoshino = customer("星野 検索", "ホシノ\u3000ケンサク");
        long tsukino = customer("月野 検索", "ツキノ\u3000ケンサク");
        a = record(hoshino, "staff1", TODAY.minusDays(30), null, "提案中", "営業一課", "外壁塗装のご相談。", "犬あり");
        b = record(hoshino, "staff2", null, TODAY.minusDays(5), "見積提出", "営業二課", "浴室リフォームの見積り提出。", null);
        c = record(tsukino, "staff1", TODAY.plusDays(10), TODAY.plusDays(10), "契約", "工事部", "契約書を取り交わした。", "駐車場なし");
    }

    @Test
    void eachCriterionNarrows() {
        assertThat(ids(NegotiationFilter.keyword("けんさく"))).contains(a, b, c);
        assertThat(ids(NegotiationFilter.keyword("ﾎｼﾉ"))).contains(a, b).doesNotContain(c);
        assertThat(ids(NegotiationFilter.keyword("外壁塗装"))).contains(a).doesNotContain(b, c);
        assertThat(ids(NegotiationFilter.keyword("駐車場なし"))).contains(c).doesNotContain(a, b);
        assertThat(ids(with(f -> new NegotiationFilter(
                        "",
                        TODAY.minusDays(31),
                        TODAY.minusDays(29),
                        null,
                        null,
                        false,
                        null,
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        "検索"))))
                .containsExactly(a);
        assertThat(ids(with(f -> new NegotiationFilter(
                        "", null, null, TODAY.minusDays(6), TODAY, false, null, Set.of(), Set.of(), Set.of(), "検索"))))
                .containsExactly(b);
        assertThat(ids(with(f -> new NegotiationFilter(
                        "検索", null, null, null, null, true, null, Set.of(), Set.of(), Set.of(), ""))))
                .contains(a, c)
                .doesNotContain(b);
        assertThat(ids(with(f -> new NegotiationFilter(
                        "検索",
                        null,
                        null,
                        null,
                        null,
                        false,
                        TestData.userId(dsl, "staff2"),
                        Set.of(),
                        Set.of(),
                        Set.of(),
                        ""))))
                .containsExactly(b);
        assertThat(ids(with(f -> new NegotiationFilter(
                        "検索",
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        Set.of(TestData.flag(dsl, "契約")),
                        Set.of(),
                        Set.of(),
                        ""))))
                .containsExactly(c);
        assertThat(ids(with(f -> new NegotiationFilter(
                        "検索",
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        Set.of(),
                        Set.of(),
                        Set.of(TestData.department(dsl, "営業二課")),
                        ""))))
                .containsExactly(b);
        assertThat(ids(with(f -> new NegotiationFilter(
                        "", null, null, null, null, false, null, Set.of(), Set.of(), Set.of(), "つきの"))))
                .containsExactly(c);
    }

    @Test
    void criteriaCombine() {
        var filter = new NegotiationFilter(
                "検索",
                null,
                null,
                null,
                null,
                true,
                null,
                Set.of(TestData.flag(dsl, "提案中"), TestData.flag(dsl, "契約")),
                Set.of(),
                Set.of(TestData.department(dsl, "工事部")),
                "ツキノ");
        assertThat(ids(filter)).containsExactly(c);
        assertThat(negotiations.count(filter)).isOne();
    }

    @Test
    void theUrlFormKeepsEveryCriterion() {
        var filter = new NegotiationFilter(
                "外壁",
                TODAY,
                TODAY.plusDays(1),
                TODAY.minusDays(2),
                TODAY,
                true,
                5L,
                Set.of(1L, 2L),
                Set.of(3L),
                Set.of(4L),
                "ホシノ");
        assertThat(NegotiationFilter.fromQuery(filter.toQuery())).isEqualTo(filter);
    }

    @Test
    void theResultExportsAsCsv() {
        var out = new ByteArrayOutputStream();
        negotiations.exportCsv(
                NegotiationFilter.keyword("星野 検索"),
                List.of(),
                Locale.JAPANESE,
                app.kiroku.shared.text.CsvWriter.Encoding.UTF8,
                out);
        String csv = new String(out.toByteArray(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF日付,時刻,状態,顧客コード,顧客名,電話番号,商談対応者,進捗,顧客ランク,担当部署,内容／日報,備考\r\n");
        assertThat(csv.lines()).hasSize(3);
        assertThat(csv).contains("外壁塗装のご相談。").contains("浴室リフォームの見積り提出。");
    }

    private NegotiationFilter with(java.util.function.UnaryOperator<NegotiationFilter> make) {
        return make.apply(NegotiationFilter.NONE);
    }

    private List<Long> ids(NegotiationFilter filter) {
        return negotiations.search(filter, List.of(), 0, 2000).stream()
                .map(NegotiationListItem::id)
                .toList();
    }

    private long customer(String name, String kana) {
        var draft = new CustomerDraft();
        draft.setName(name);
        draft.setKana(kana);
        return customers.create(draft);
    }

    private long record(
            long customer,
            String handler,
            @Nullable LocalDate planned,
            @Nullable LocalDate done,
            String progress,
            String department,
            String report,
            @Nullable String remarks) {
        var draft = negotiations.newDraft(customer);
        draft.setHandlerId(TestData.userId(dsl, handler));
        draft.setPlannedDate(planned);
        draft.setDoneDate(done);
        draft.setProgressId(TestData.flag(dsl, progress));
        draft.setDepartmentId(TestData.department(dsl, department));
        draft.setReport(report);
        draft.setRemarks(remarks);
        return negotiations.create(draft);
    }
}

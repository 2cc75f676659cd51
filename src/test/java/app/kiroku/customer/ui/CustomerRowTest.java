package app.kiroku.customer.ui;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.customer.CustomerListItem;
import app.kiroku.master.ContactBand;
import app.kiroku.master.ContactThresholds;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CustomerRowTest {

    private static final ContactThresholds THRESHOLDS = new ContactThresholds(7, 30, 0);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Test
    void everyCellReadsBackAsTheListItemShowsIt() {
        var item = new CustomerListItem(
                7,
                "佐藤 優子",
                "サトウ　ユウコ",
                null,
                "090-1234-5678",
                "東京都世田谷区1-2-3",
                "田中 一郎、鈴木 花子",
                "A",
                "提案中",
                "#8e24aa",
                LocalDate.of(2026, 12, 1),
                LocalDate.of(2026, 11, 10));

        var row = CustomerRow.of(item, Locale.JAPANESE, THRESHOLDS, TODAY);

        assertThat(row.id()).isEqualTo(7);
        assertThat(row.name()).isEqualTo("佐藤 優子");
        assertThat(row.kana()).isEqualTo("サトウ　ユウコ");
        assertThat(row.phone()).as("the mobile stands in for a missing phone").isEqualTo("090-1234-5678");
        assertThat(row.address()).isEqualTo("東京都世田谷区1-2-3");
        assertThat(row.assigneeNames()).isEqualTo("田中 一郎、鈴木 花子");
        assertThat(row.nextContact()).isEqualTo("2026/12/01 (火)");
        assertThat(row.rankName()).isEqualTo("A");
        assertThat(row.progressName()).isEqualTo("提案中");
        assertThat(row.progressColor()).isEqualTo("#8e24aa");
        assertThat(row.lastContact()).isEqualTo("2026/11/10 (火)");
        assertThat(row.contactBand()).as("16 days ago, between 7 and 30").isEqualTo(ContactBand.AGING);
        assertThat(row.daysSinceContact()).isEqualTo(16);
    }

    @Test
    void blankCellsStayBlankAndNoTextCanShiftTheCells() {
        var item = new CustomerListItem(
                8, "名前\u001fずれ", "ナマエ", "03-1111-2222", null, null, null, null, null, null, null, null);

        var row = CustomerRow.of(item, Locale.JAPANESE, THRESHOLDS, TODAY);

        assertThat(row.name()).isEqualTo("名前 ずれ");
        assertThat(row.kana()).isEqualTo("ナマエ");
        assertThat(row.phone()).isEqualTo("03-1111-2222");
        assertThat(row.address()).isEmpty();
        assertThat(row.assigneeNames()).isEmpty();
        assertThat(row.nextContact()).isEmpty();
        assertThat(row.lastContact()).isEmpty();
        assertThat(row.contactBand()).isEqualTo(ContactBand.NEVER);
    }
}

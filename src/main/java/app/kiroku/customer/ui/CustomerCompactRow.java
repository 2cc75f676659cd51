package app.kiroku.customer.ui;

import app.kiroku.shared.ui.ProgressBadge;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.data.renderer.LitRenderer;

/** A customer on two lines for a narrow screen: 顧客名 and カナ, then 現進捗, 次回接触予定日, 最終接触 and 担当者. */
final class CustomerCompactRow {

    private static final String TEMPLATE = "<div class=\"kiroku-row\">"
            + "<div class=\"kiroku-row-line\"><span class=\"kiroku-row-title\">${item.name}</span>"
            + "<span class=\"kiroku-row-sub\">${item.kana}</span></div>"
            + "<div class=\"kiroku-row-line\">" + ProgressBadge.TEMPLATE
            + "<span class=\"kiroku-row-date\">${item.next}</span>" + ContactLabel.TEMPLATE
            + "<span class=\"kiroku-row-sub kiroku-row-text\">${item.assignees}</span></div></div>";

    private CustomerCompactRow() {}

    static LitRenderer<CustomerRow> renderer(Component i18n) {
        var renderer = LitRenderer.<CustomerRow>of(TEMPLATE)
                .withProperty("name", CustomerRow::name)
                .withProperty("kana", CustomerRow::kana)
                .withProperty(
                        "next",
                        row -> row.nextContact().isEmpty()
                                ? ""
                                : i18n.getTranslation("list.nextContact", row.nextContact()))
                .withProperty("assignees", CustomerRow::assigneeNames);
        return ContactLabel.properties(
                ProgressBadge.properties(renderer, CustomerRow::progressName, CustomerRow::progressColor), i18n);
    }
}

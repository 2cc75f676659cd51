package app.kiroku.customer.ui;

import app.kiroku.customer.ContactAge;
import app.kiroku.customer.CustomerFilter;
import app.kiroku.master.ContactBand;
import app.kiroku.master.ContactThresholds;
import app.kiroku.master.MasterItem;
import app.kiroku.user.UserRef;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * 詳細検索 for customers: 担当者 (or 自分が担当), 部署, rank, 現進捗, next-contact range, 次回予定なし and 最終接触から
 * (the bands of the administrator's thresholds).
 */
class CustomerFilterPanel extends Div {

    private final Checkbox mine = new Checkbox();
    private final ComboBox<UserRef> assignee = new ComboBox<>();
    private final ComboBox<MasterItem> department = new ComboBox<>();
    private final MultiSelectComboBox<MasterItem> ranks = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<MasterItem> progress = new MultiSelectComboBox<>();
    private final DatePicker nextFrom = new DatePicker();
    private final DatePicker nextTo = new DatePicker();
    private final Checkbox noNextPlan = new Checkbox();
    private final Select<ContactBand> sinceContact = new Select<>();
    private final ContactThresholds thresholds;
    private final List<UserRef> users;
    private final List<MasterItem> departments;
    private final List<MasterItem> rankItems;
    private final List<MasterItem> progressItems;

    CustomerFilterPanel(
            List<UserRef> users,
            List<MasterItem> departments,
            List<MasterItem> rankItems,
            List<MasterItem> progressItems,
            ContactThresholds thresholds) {
        this.users = users;
        this.thresholds = thresholds;
        this.departments = departments;
        this.rankItems = rankItems;
        this.progressItems = progressItems;
        addClassName("kiroku-filter-panel");
        setId("customer-filter");

        mine.setLabel(getTranslation("customer.filter.mine"));
        mine.setId("filter-mine");
        assignee.setLabel(getTranslation("customer.assignees"));
        assignee.setItems(users);
        assignee.setItemLabelGenerator(UserRef::name);
        assignee.setClearButtonVisible(true);
        assignee.setId("filter-assignee");
        department.setLabel(getTranslation("customer.filter.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(MasterItem::name);
        department.setClearButtonVisible(true);
        ranks.setLabel(getTranslation("customer.rank"));
        ranks.setItems(rankItems);
        ranks.setItemLabelGenerator(MasterItem::name);
        ranks.setId("filter-rank");
        progress.setLabel(getTranslation("customer.currentProgress"));
        progress.setItems(progressItems);
        progress.setItemLabelGenerator(MasterItem::name);
        progress.setId("filter-progress");
        nextFrom.setLabel(getTranslation("customer.filter.nextFrom"));
        nextTo.setLabel(getTranslation("customer.filter.nextTo"));
        nextFrom.setId("filter-next-from");
        nextTo.setId("filter-next-to");
        noNextPlan.setLabel(getTranslation("customer.filter.noNextPlan"));
        noNextPlan.setId("filter-no-next");
        sinceContact.setLabel(getTranslation("customer.filter.sinceContact"));
        sinceContact.setItems(ContactBand.values());
        sinceContact.setEmptySelectionAllowed(true);
        sinceContact.setEmptySelectionCaption(getTranslation("customer.filter.sinceContact.any"));
        sinceContact.setItemLabelGenerator(this::bandLabel);
        sinceContact.setId("filter-since-contact");
        mine.addValueChangeListener(e -> assignee.setEnabled(!e.getValue()));
        noNextPlan.addValueChangeListener(e -> {
            nextFrom.setEnabled(!e.getValue());
            nextTo.setEnabled(!e.getValue());
        });

        var people = new HorizontalLayout(assignee, mine);
        people.setAlignItems(FlexComponent.Alignment.BASELINE);
        people.setPadding(false);
        var next = new HorizontalLayout(nextFrom, nextTo, noNextPlan);
        next.setAlignItems(FlexComponent.Alignment.BASELINE);
        next.setPadding(false);
        next.addClassName("kiroku-wrap");
        var form = new FormLayout(people, department, ranks, progress, next, sinceContact);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        form.setColspan(next, 2);
        add(form);
    }

    CustomerFilter read(String keyword) {
        boolean none = noNextPlan.getValue();
        return CustomerFilter.builder()
                .keyword(keyword)
                .mine(mine.getValue())
                .assignee(
                        mine.getValue() || assignee.getValue() == null
                                ? null
                                : assignee.getValue().id())
                .department(
                        department.getValue() == null
                                ? null
                                : department.getValue().id())
                .ranks(ids(ranks.getValue()))
                .progresses(ids(progress.getValue()))
                .nextContact(none ? null : nextFrom.getValue(), none ? null : nextTo.getValue())
                .noNextPlan(none)
                .lastContact(age(sinceContact.getValue()))
                .build();
    }

    void show(CustomerFilter filter) {
        mine.setValue(filter.mine());
        assignee.setValue(users.stream()
                .filter(u -> filter.assigneeId() != null && u.id() == filter.assigneeId())
                .findFirst()
                .orElse(null));
        department.setValue(departments.stream()
                .filter(d -> filter.departmentId() != null && d.id() == filter.departmentId())
                .findFirst()
                .orElse(null));
        ranks.setValue(rankItems.stream()
                .filter(r -> filter.rankIds().contains(r.id()))
                .collect(Collectors.toSet()));
        progress.setValue(progressItems.stream()
                .filter(p -> filter.progressIds().contains(p.id()))
                .collect(Collectors.toSet()));
        nextFrom.setValue(filter.nextFrom());
        nextTo.setValue(filter.nextTo());
        noNextPlan.setValue(filter.noNextPlan());
        sinceContact.setValue(java.util.Arrays.stream(ContactBand.values())
                .filter(band -> ContactAge.of(band, thresholds).equals(filter.lastContact()))
                .findFirst()
                .orElse(null));
    }

    private @Nullable ContactAge age(@Nullable ContactBand band) {
        return band == null ? null : ContactAge.of(band, thresholds);
    }

    /** A band with its days: 〜7日, 8〜30日, 31日以上, 未対応. */
    private String bandLabel(@Nullable ContactBand band) {
        if (band == null) {
            return getTranslation("customer.filter.sinceContact.any");
        }
        Integer from = thresholds.fromDays(band);
        Integer to = thresholds.toDays(band);
        if (from == null) {
            return getTranslation("contact.band.never");
        }
        return to == null
                ? getTranslation("customer.filter.sinceContact.over", from)
                : getTranslation("customer.filter.sinceContact.range", from, to);
    }

    private static Set<Long> ids(Set<MasterItem> items) {
        return items.stream().map(MasterItem::id).collect(Collectors.toSet());
    }
}

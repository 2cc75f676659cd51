package app.kiroku.customer.ui;

import app.kiroku.customer.CustomerFilter;
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
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** 詳細検索 for customers: 担当者 (or 自分が担当), 部署, rank, 現進捗, next-contact range, 次回予定なし. */
class CustomerFilterPanel extends Div {

    private final Checkbox mine = new Checkbox();
    private final ComboBox<UserRef> assignee = new ComboBox<>();
    private final ComboBox<MasterItem> department = new ComboBox<>();
    private final MultiSelectComboBox<MasterItem> ranks = new MultiSelectComboBox<>();
    private final MultiSelectComboBox<MasterItem> progress = new MultiSelectComboBox<>();
    private final DatePicker nextFrom = new DatePicker();
    private final DatePicker nextTo = new DatePicker();
    private final Checkbox noNextPlan = new Checkbox();
    private final List<UserRef> users;
    private final List<MasterItem> departments;
    private final List<MasterItem> rankItems;
    private final List<MasterItem> progressItems;

    CustomerFilterPanel(List<UserRef> users, List<MasterItem> departments, List<MasterItem> rankItems,
            List<MasterItem> progressItems) {
        this.users = users;
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
        var form = new FormLayout(people, department, ranks, progress, next);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("700px", 2));
        form.setColspan(next, 2);
        add(form);
    }

    CustomerFilter read(String keyword) {
        return new CustomerFilter(keyword, mine.getValue(),
                mine.getValue() || assignee.getValue() == null ? null : assignee.getValue().id(),
                department.getValue() == null ? null : department.getValue().id(),
                ids(ranks.getValue()), ids(progress.getValue()),
                noNextPlan.getValue() ? null : nextFrom.getValue(),
                noNextPlan.getValue() ? null : nextTo.getValue(),
                noNextPlan.getValue());
    }

    void show(CustomerFilter filter) {
        mine.setValue(filter.mine());
        assignee.setValue(users.stream().filter(u -> filter.assigneeId() != null && u.id() == filter.assigneeId())
                .findFirst().orElse(null));
        department.setValue(departments.stream()
                .filter(d -> filter.departmentId() != null && d.id() == filter.departmentId()).findFirst().orElse(null));
        ranks.setValue(rankItems.stream().filter(r -> filter.rankIds().contains(r.id())).collect(Collectors.toSet()));
        progress.setValue(progressItems.stream().filter(p -> filter.progressIds().contains(p.id()))
                .collect(Collectors.toSet()));
        nextFrom.setValue(filter.nextFrom());
        nextTo.setValue(filter.nextTo());
        noNextPlan.setValue(filter.noNextPlan());
    }

    private static Set<Long> ids(Set<MasterItem> items) {
        return items.stream().map(MasterItem::id).collect(Collectors.toSet());
    }
}

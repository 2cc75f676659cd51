package app.kiroku.negotiation.ui;

import app.kiroku.master.MasterItem;
import app.kiroku.negotiation.NegotiationFilter;
import app.kiroku.shared.ui.Formats;
import app.kiroku.shared.ui.Pickers;
import app.kiroku.user.UserRef;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * 詳細検索: categories on the left switch the criteria on the right; every category keeps its values while
 * another is shown, and all of them combine.
 */
class NegotiationCriteriaPanel extends Div {

    /** An active criterion as a removable chip: its label, and the filter without it. */
    record Chip(String label, UnaryOperator<NegotiationFilter> remove) {}

    private final DatePicker plannedFrom = Pickers.date(getTranslation("negotiation.filter.plannedFrom"));
    private final DatePicker plannedTo = Pickers.date(getTranslation("negotiation.filter.plannedTo"));
    private final DatePicker doneFrom = Pickers.date(getTranslation("negotiation.filter.doneFrom"));
    private final DatePicker doneTo = Pickers.date(getTranslation("negotiation.filter.doneTo"));
    private final Checkbox mine = new Checkbox(getTranslation("negotiation.filter.mine"));
    private final Checkbox openOnly = new Checkbox(getTranslation("negotiation.filter.open"));
    private final ComboBox<UserRef> handler = new ComboBox<>(getTranslation("negotiation.handler"));
    private final MultiSelectComboBox<MasterItem> progress =
            new MultiSelectComboBox<>(getTranslation("negotiation.progress"));
    private final MultiSelectComboBox<MasterItem> ranks = new MultiSelectComboBox<>(getTranslation("negotiation.rank"));
    private final MultiSelectComboBox<MasterItem> departments =
            new MultiSelectComboBox<>(getTranslation("negotiation.department"));
    private final TextField customer = new TextField(getTranslation("negotiation.filter.customer"));
    private final TextField keyword = new TextField(getTranslation("negotiation.filter.keyword"));
    private final Map<Tab, Component> pages = new LinkedHashMap<>();
    private final Div page = new Div();
    private final List<UserRef> users;
    private final List<MasterItem> progressItems;
    private final List<MasterItem> rankItems;
    private final List<MasterItem> departmentItems;

    NegotiationCriteriaPanel(
            List<UserRef> users,
            List<MasterItem> progressItems,
            List<MasterItem> rankItems,
            List<MasterItem> departmentItems) {
        this.users = users;
        this.progressItems = progressItems;
        this.rankItems = rankItems;
        this.departmentItems = departmentItems;
        addClassNames("kiroku-filter-panel", "kiroku-criteria");
        setId("negotiation-criteria");

        handler.setItems(users);
        handler.setItemLabelGenerator(UserRef::name);
        handler.setClearButtonVisible(true);
        mine.addValueChangeListener(e -> handler.setEnabled(!e.getValue()));
        mine.setId("criteria-mine");
        openOnly.setId("criteria-open");
        for (var box : List.of(progress, ranks, departments)) {
            box.setItemLabelGenerator(MasterItem::name);
        }
        progress.setItems(progressItems);
        progress.setId("criteria-progress");
        ranks.setItems(rankItems);
        departments.setItems(departmentItems);
        customer.setPlaceholder(getTranslation("negotiation.filter.customer.placeholder"));
        customer.setId("criteria-customer");
        keyword.setId("criteria-keyword");
        plannedFrom.setId("criteria-planned-from");
        plannedTo.setId("criteria-planned-to");
        doneFrom.setId("criteria-done-from");
        doneTo.setId("criteria-done-to");

        var tabs = new Tabs();
        tabs.setOrientation(Tabs.Orientation.VERTICAL);
        tabs.setId("criteria-categories");
        category(tabs, "negotiation.category.date", row(plannedFrom, plannedTo), row(doneFrom, doneTo), row(openOnly));
        category(tabs, "negotiation.category.people", row(handler, mine));
        category(tabs, "negotiation.category.progress", progress);
        category(tabs, "negotiation.category.rank", ranks);
        category(tabs, "negotiation.category.department", departments);
        category(tabs, "negotiation.category.customer", customer);
        category(tabs, "negotiation.category.keyword", keyword);
        tabs.addSelectedChangeListener(e -> showPage(e.getSelectedTab()));
        page.addClassName("kiroku-criteria-page");
        var body = new Div(tabs, page);
        body.addClassName("kiroku-criteria-body");
        add(body);
        showPage(tabs.getSelectedTab());
    }

    private void category(Tabs tabs, String key, Component... content) {
        var tab = new Tab(getTranslation(key));
        tabs.add(tab);
        var holder = new Div(content);
        holder.addClassName("kiroku-criteria-fields");
        pages.put(tab, holder);
    }

    private static Div row(Component... components) {
        var row = new Div(components);
        row.addClassName("kiroku-criteria-row");
        return row;
    }

    private void showPage(Tab tab) {
        page.removeAll();
        page.add(pages.get(tab));
    }

    NegotiationFilter read(String quickKeyword) {
        String words = (quickKeyword + " " + keyword.getValue()).strip();
        return new NegotiationFilter(
                words,
                plannedFrom.getValue(),
                plannedTo.getValue(),
                doneFrom.getValue(),
                doneTo.getValue(),
                mine.getValue(),
                mine.getValue() || handler.getValue() == null
                        ? null
                        : handler.getValue().id(),
                ids(progress.getValue()),
                ids(ranks.getValue()),
                ids(departments.getValue()),
                customer.getValue(),
                openOnly.getValue());
    }

    /** Shows {@code filter}; the keyword goes to the quick box, so the panel's own keyword field starts empty. */
    void show(NegotiationFilter filter) {
        plannedFrom.setValue(filter.plannedFrom());
        plannedTo.setValue(filter.plannedTo());
        doneFrom.setValue(filter.doneFrom());
        doneTo.setValue(filter.doneTo());
        mine.setValue(filter.mineOnly());
        handler.setValue(users.stream()
                .filter(u -> Objects.equals(u.id(), filter.handlerId()))
                .findFirst()
                .orElse(null));
        progress.setValue(pick(progressItems, filter.progressIds()));
        ranks.setValue(pick(rankItems, filter.rankIds()));
        departments.setValue(pick(departmentItems, filter.departmentIds()));
        customer.setValue(filter.customer());
        openOnly.setValue(filter.openOnly());
        keyword.clear();
    }

    /** The active criteria (besides the keyword) as chips. */
    List<Chip> chips(NegotiationFilter f) {
        List<Chip> chips = new ArrayList<>();
        if (f.plannedFrom() != null || f.plannedTo() != null) {
            chips.add(new Chip(
                    getTranslation("negotiation.plannedDate") + ": " + range(f.plannedFrom(), f.plannedTo()),
                    x -> new NegotiationFilter(
                            x.keyword(),
                            null,
                            null,
                            x.doneFrom(),
                            x.doneTo(),
                            x.mineOnly(),
                            x.handlerId(),
                            x.progressIds(),
                            x.rankIds(),
                            x.departmentIds(),
                            x.customer())));
        }
        if (f.doneFrom() != null || f.doneTo() != null) {
            chips.add(new Chip(
                    getTranslation("negotiation.doneDate") + ": " + range(f.doneFrom(), f.doneTo()),
                    x -> new NegotiationFilter(
                            x.keyword(),
                            x.plannedFrom(),
                            x.plannedTo(),
                            null,
                            null,
                            x.mineOnly(),
                            x.handlerId(),
                            x.progressIds(),
                            x.rankIds(),
                            x.departmentIds(),
                            x.customer())));
        }
        if (f.mineOnly()) {
            chips.add(new Chip(
                    getTranslation("negotiation.filter.mine"),
                    x -> new NegotiationFilter(
                            x.keyword(),
                            x.plannedFrom(),
                            x.plannedTo(),
                            x.doneFrom(),
                            x.doneTo(),
                            false,
                            x.handlerId(),
                            x.progressIds(),
                            x.rankIds(),
                            x.departmentIds(),
                            x.customer())));
        } else if (f.handlerId() != null) {
            chips.add(new Chip(
                    getTranslation("negotiation.handler") + ": "
                            + users.stream()
                                    .filter(u -> u.id() == f.handlerId())
                                    .map(UserRef::name)
                                    .findFirst()
                                    .orElse("?"),
                    x -> new NegotiationFilter(
                            x.keyword(),
                            x.plannedFrom(),
                            x.plannedTo(),
                            x.doneFrom(),
                            x.doneTo(),
                            false,
                            null,
                            x.progressIds(),
                            x.rankIds(),
                            x.departmentIds(),
                            x.customer())));
        }
        if (!f.progressIds().isEmpty()) {
            chips.add(new Chip(
                    getTranslation("negotiation.progress") + ": " + names(progressItems, f.progressIds()),
                    x -> new NegotiationFilter(
                            x.keyword(),
                            x.plannedFrom(),
                            x.plannedTo(),
                            x.doneFrom(),
                            x.doneTo(),
                            x.mineOnly(),
                            x.handlerId(),
                            Set.of(),
                            x.rankIds(),
                            x.departmentIds(),
                            x.customer())));
        }
        if (!f.rankIds().isEmpty()) {
            chips.add(new Chip(
                    getTranslation("negotiation.rank") + ": " + names(rankItems, f.rankIds()),
                    x -> new NegotiationFilter(
                            x.keyword(),
                            x.plannedFrom(),
                            x.plannedTo(),
                            x.doneFrom(),
                            x.doneTo(),
                            x.mineOnly(),
                            x.handlerId(),
                            x.progressIds(),
                            Set.of(),
                            x.departmentIds(),
                            x.customer())));
        }
        if (!f.departmentIds().isEmpty()) {
            chips.add(new Chip(
                    getTranslation("negotiation.department") + ": " + names(departmentItems, f.departmentIds()),
                    x -> new NegotiationFilter(
                            x.keyword(),
                            x.plannedFrom(),
                            x.plannedTo(),
                            x.doneFrom(),
                            x.doneTo(),
                            x.mineOnly(),
                            x.handlerId(),
                            x.progressIds(),
                            x.rankIds(),
                            Set.of(),
                            x.customer())));
        }
        if (!f.customer().isEmpty()) {
            chips.add(new Chip(
                    getTranslation("negotiation.filter.customer") + ": " + f.customer(),
                    x -> new NegotiationFilter(
                            x.keyword(),
                            x.plannedFrom(),
                            x.plannedTo(),
                            x.doneFrom(),
                            x.doneTo(),
                            x.mineOnly(),
                            x.handlerId(),
                            x.progressIds(),
                            x.rankIds(),
                            x.departmentIds(),
                            "")));
        }
        // the criteria above are built without 未対応のみ: removing one of them keeps it
        List<Chip> kept = new ArrayList<>(chips.stream()
                .map(chip ->
                        new Chip(chip.label(), x -> withOpenOnly(chip.remove().apply(x), x.openOnly())))
                .toList());
        if (f.openOnly()) {
            kept.add(new Chip(getTranslation("negotiation.filter.open"), x -> withOpenOnly(x, false)));
        }
        return kept;
    }

    private static NegotiationFilter withOpenOnly(NegotiationFilter x, boolean open) {
        return new NegotiationFilter(
                x.keyword(),
                x.plannedFrom(),
                x.plannedTo(),
                x.doneFrom(),
                x.doneTo(),
                x.mineOnly(),
                x.handlerId(),
                x.progressIds(),
                x.rankIds(),
                x.departmentIds(),
                x.customer(),
                open);
    }

    private String range(@Nullable LocalDate from, @Nullable LocalDate to) {
        return getTranslation("home.range", Formats.date(from, getLocale()), Formats.date(to, getLocale()));
    }

    private String names(List<MasterItem> items, Set<Long> ids) {
        return items.stream()
                .filter(i -> ids.contains(i.id()))
                .map(MasterItem::name)
                .collect(Collectors.joining(getTranslation("common.listSeparator")));
    }

    private static Set<MasterItem> pick(List<MasterItem> items, Set<Long> ids) {
        return items.stream().filter(i -> ids.contains(i.id())).collect(Collectors.toSet());
    }

    private static Set<Long> ids(Set<MasterItem> items) {
        return items.stream().map(MasterItem::id).collect(Collectors.toSet());
    }
}

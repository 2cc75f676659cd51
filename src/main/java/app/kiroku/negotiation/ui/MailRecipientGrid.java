package app.kiroku.negotiation.ui;

import app.kiroku.negotiation.MailRecipient;
import app.kiroku.shared.text.SearchText;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.ListDataProvider;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One tab of the recipient dialog: users with a tick box each. Users without an e-mail address are listed, greyed
 * out and not selectable, with the reason in place of the address.
 */
class MailRecipientGrid extends Grid<MailRecipient> {

    private final ListDataProvider<MailRecipient> items;

    MailRecipientGrid(String id, List<MailRecipient> recipients, Set<Long> ticked) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
        setSelectionMode(SelectionMode.MULTI);
        setItemSelectableProvider(MailRecipient::reachable);
        setPartNameGenerator(r -> r.reachable() ? null : "unreachable-row");
        addComponentColumn(MailRecipientGrid::name)
                .setHeader(getTranslation("mail.column.name"))
                .setFlexGrow(2);
        addColumn(r -> r.departmentName() == null ? "" : r.departmentName())
                .setHeader(getTranslation("mail.column.department"))
                .setFlexGrow(1);
        addComponentColumn(this::address)
                .setHeader(getTranslation("mail.column.email"))
                .setFlexGrow(2);
        items = new ListDataProvider<>(recipients);
        setItems(items);
        recipients.stream()
                .filter(r -> ticked.contains(r.id()) && r.reachable())
                .forEach(this::select);
    }

    /** Narrows the list to users whose name, kana or department contains the text (kana- and width-insensitive). */
    void filter(@Nullable String text) {
        String wanted = SearchText.normalize(text);
        if (wanted.isEmpty()) {
            items.clearFilters();
        } else {
            items.setFilter(r -> SearchText.normalize(r.name()).contains(wanted)
                    || SearchText.normalize(r.kana()).contains(wanted)
                    || SearchText.normalize(r.departmentName()).contains(wanted));
        }
    }

    private static Div name(MailRecipient recipient) {
        var name = new Div(new Span(recipient.name()));
        name.addClassName("kiroku-mail-recipient-name");
        if (!recipient.kana().isBlank()) {
            var kana = new Span(recipient.kana());
            kana.addClassName("kiroku-muted");
            name.add(kana);
        }
        return name;
    }

    private Span address(MailRecipient recipient) {
        if (recipient.reachable()) {
            return new Span(recipient.email());
        }
        var reason = new Span(getTranslation("mail.noEmail"));
        reason.addClassName("kiroku-mail-reason");
        return reason;
    }
}

package app.kiroku.negotiation.ui;

import app.kiroku.negotiation.MailRecipient;
import app.kiroku.negotiation.MailRecipients;
import app.kiroku.negotiation.NegotiationMailService;
import app.kiroku.shared.ui.Dialogs;
import app.kiroku.shared.validation.InvalidInputException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * 「メール送信」 opens this dialog with the customer's 担当者 (the default tab, those with an
 * address ticked) and 「社内ユーザー」 (everyone else, searchable); 「選択」 → 「メモ入力」 (optional) → 「OK」 → a
 * confirmation → 「OK」 queues the mails and says so. PARTNER users are never listed: the service offers none.
 */
@StyleSheet("styles/kiroku-mail.css")
class MailSendDialog extends Dialog {

    private final NegotiationMailService mail;
    private final long negotiationId;
    private final SerializableRunnable onSent;

    final TabSheet tabs = new TabSheet();
    final MailRecipientGrid assignees;
    final MailRecipientGrid others;
    final TextField search = new TextField();
    final TextArea memo = new TextArea();
    private final Span selectedCount = new Span();
    private final Button select = new Button();
    private final Div body = new Div();

    MailSendDialog(NegotiationMailService mail, long negotiationId, SerializableRunnable onSent) {
        this.mail = mail;
        this.negotiationId = negotiationId;
        this.onSent = onSent;
        MailRecipients recipients = mail.recipients(negotiationId);
        setId("mail-dialog");
        addClassName("kiroku-mail-dialog");
        setWidth("min(760px, 96vw)");
        setHeaderTitle(getTranslation("mail.dialog.title"));
        setCloseOnOutsideClick(false);
        add(body);

        assignees = new MailRecipientGrid("mail-assignees", recipients.assignees(), recipients.suggested());
        others = new MailRecipientGrid("mail-users", recipients.others(), recipients.suggested());
        var assigneeTab = new Div();
        if (recipients.assignees().isEmpty()) {
            var none = new Div(getTranslation("mail.assignees.empty"));
            none.addClassName("kiroku-mail-notice");
            assigneeTab.add(none);
        }
        assigneeTab.add(assignees);
        search.setPlaceholder(getTranslation("mail.search.placeholder"));
        search.setAriaLabel(getTranslation("mail.search.placeholder"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setWidthFull();
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("mail-user-search");
        search.addValueChangeListener(e -> others.filter(e.getValue()));
        tabs.add(getTranslation("mail.tab.assignees"), assigneeTab).setId("mail-tab-assignees");
        tabs.add(getTranslation("mail.tab.inHouse"), new Div(search, others)).setId("mail-tab-users");
        tabs.setId("mail-tabs");
        tabs.setWidthFull();
        assignees.addSelectionListener(e -> updateCount());
        others.addSelectionListener(e -> updateCount());

        select.setText(getTranslation("mail.select"));
        select.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        select.setId("mail-select");
        select.addClickListener(e -> showMemoStep());
        selectedCount.addClassName("kiroku-mail-selected");
        selectedCount.setId("mail-selected-count");
        memo.setLabel(getTranslation("mail.memo"));
        memo.setHelperText(getTranslation("mail.memo.helper"));
        memo.setMaxLength(NegotiationMailService.MEMO_MAX);
        memo.setWidthFull();
        memo.setMinHeight("8em");
        memo.setId("mail-memo");
        showSelectionStep();
    }

    /** Who is ticked in either tab, 担当者 first, in 50音 order. */
    List<MailRecipient> selected() {
        return Stream.concat(sorted(assignees), sorted(others)).toList();
    }

    private static Stream<MailRecipient> sorted(MailRecipientGrid grid) {
        return grid.getSelectedItems().stream()
                .sorted(Comparator.comparing(MailRecipient::kana).thenComparing(MailRecipient::id));
    }

    private void showSelectionStep() {
        body.removeAll();
        body.add(tabs);
        getFooter().removeAll();
        var cancel = new Button(getTranslation("form.cancel"), e -> close());
        cancel.setId("mail-cancel");
        getFooter().add(selectedCount, cancel, select);
        updateCount();
    }

    private void showMemoStep() {
        if (selected().isEmpty()) {
            return;
        }
        body.removeAll();
        var chips = new Div();
        chips.addClassName("kiroku-mail-chips");
        chips.setId("mail-recipients");
        selected().forEach(r -> {
            var chip = new Span(r.name());
            chip.addClassName("kiroku-mail-chip");
            chip.getElement().setAttribute("title", String.valueOf(r.email()));
            chips.add(chip);
        });
        var label = new Span(getTranslation("mail.recipients"));
        label.addClassName("kiroku-muted");
        body.add(label, chips);
        if (memo.getValue().isEmpty()) {
            var enterMemo = new Button(getTranslation("mail.memo.enter"), VaadinIcon.EDIT.create());
            enterMemo.setId("mail-memo-enter");
            enterMemo.addClickListener(e -> {
                body.replace(enterMemo, memo);
                memo.focus();
            });
            body.add(enterMemo);
        } else {
            body.add(memo);
        }

        getFooter().removeAll();
        var back =
                new Button(getTranslation("mail.reselect"), VaadinIcon.ARROW_LEFT.create(), e -> showSelectionStep());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        back.setId("mail-reselect");
        var cancel = new Button(getTranslation("form.cancel"), e -> close());
        var ok = new Button(getTranslation("common.ok"), e -> confirm());
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        ok.setId("mail-ok");
        var spacer = new Span();
        spacer.addClassName("kiroku-mail-selected");
        getFooter().add(back, spacer, cancel, ok);
    }

    private void confirm() {
        int count = selected().size();
        var dialog = new ConfirmDialog(
                getTranslation("mail.confirm.title"),
                getTranslation("mail.confirm.text", count),
                getTranslation("common.ok"),
                e -> send());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("form.cancel"));
        dialog.setId("mail-confirm");
        dialog.open();
    }

    private void send() {
        List<Long> ids = selected().stream().map(MailRecipient::id).toList();
        int queued;
        try {
            queued = mail.send(negotiationId, ids, memo.getValue());
        } catch (InvalidInputException refused) {
            String key = refused.messageKeysByField().values().iterator().next();
            Dialogs.error(getTranslation(key));
            if (refused.messageKeysByField().containsKey("recipients")) {
                showSelectionStep();
            }
            return;
        }
        close();
        Dialogs.saved(getTranslation(mail.smtpConfigured() ? "mail.sent" : "mail.sent.noSmtp", queued));
        onSent.run();
    }

    private void updateCount() {
        int count =
                assignees.getSelectedItems().size() + others.getSelectedItems().size();
        selectedCount.setText(getTranslation("mail.selectedCount", count));
        select.setEnabled(count > 0);
    }
}

package app.kiroku.user.ui;

import app.kiroku.user.AccountService;
import app.kiroku.user.CalendarMailChoices;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/**
 * アカウント設定's card for visit mail: invitations into the calendar app and reminders, each saved as soon as it is
 * ticked or cleared. Not shown to PARTNER users, who receive neither.
 */
class CalendarMailPreferences extends Div {

    final Checkbox invitations = new Checkbox();
    final Checkbox reminders = new Checkbox();

    CalendarMailPreferences(AccountService accounts) {
        addClassNames("kiroku-card", "kiroku-stack");
        accounts.calendarMailChoices()
                .ifPresentOrElse(
                        choices -> {
                            invitations.setLabel(getTranslation("account.visitMail.invitations"));
                            invitations.setHelperText(getTranslation("account.visitMail.invitations.help"));
                            invitations.setValue(choices.invitations());
                            invitations.setId("account-visit-invitations");
                            reminders.setLabel(getTranslation("account.visitMail.reminders"));
                            reminders.setHelperText(getTranslation("account.visitMail.reminders.help"));
                            reminders.setValue(choices.reminders());
                            reminders.setId("account-visit-reminders");
                            invitations.addValueChangeListener(e -> save(accounts, e.isFromClient()));
                            reminders.addValueChangeListener(e -> save(accounts, e.isFromClient()));
                            add(new H2(getTranslation("account.visitMail")), invitations, reminders);
                        },
                        () -> setVisible(false));
    }

    private void save(AccountService accounts, boolean fromClient) {
        if (fromClient) {
            accounts.changeCalendarMailChoices(new CalendarMailChoices(invitations.getValue(), reminders.getValue()));
        }
    }
}

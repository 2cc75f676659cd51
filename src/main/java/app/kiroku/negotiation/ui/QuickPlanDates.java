package app.kiroku.negotiation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * One tap for the usual next visit: 1週間後, 2週間後, 1か月後 from today put into 予定日, so planning the next visit on
 * a tablet needs no calendar at all (the date picker stays for any other day).
 */
class QuickPlanDates extends Div {

    private record Choice(String key, Period offset, String id) {}

    private static final List<Choice> CHOICES = List.of(
            new Choice("negotiation.quick.oneWeek", Period.ofWeeks(1), "quick-date-week"),
            new Choice("negotiation.quick.twoWeeks", Period.ofWeeks(2), "quick-date-two-weeks"),
            new Choice("negotiation.quick.oneMonth", Period.ofMonths(1), "quick-date-month"));

    QuickPlanDates(LocalDate today, DatePicker plannedDate) {
        setId("quick-plan-dates");
        addClassName("kiroku-quick-dates");
        var label = new Span(getTranslation("negotiation.quick.label"));
        label.addClassName("kiroku-muted");
        add(label);
        for (Choice choice : CHOICES) {
            var button =
                    new Button(getTranslation(choice.key()), e -> plannedDate.setValue(today.plus(choice.offset())));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_CONTRAST);
            button.setId(choice.id());
            add(button);
        }
    }
}

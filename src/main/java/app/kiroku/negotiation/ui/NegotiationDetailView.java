package app.kiroku.negotiation.ui;

import app.kiroku.customer.ui.CustomerView;
import app.kiroku.negotiation.NegotiationDetail;
import app.kiroku.negotiation.NegotiationMailService;
import app.kiroku.negotiation.NegotiationService;
import app.kiroku.shared.ui.FieldList;
import app.kiroku.shared.ui.Formats;
import app.kiroku.user.Role;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/** 商談記録詳細: every field of one record and who created and changed it when. */
@Route("negotiations")
@RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
public class NegotiationDetailView extends Div implements HasUrlParameter<Long>, HasDynamicTitle {

    private final NegotiationService negotiations;
    private final NegotiationMailService mail;
    private String title = "";

    public NegotiationDetailView(NegotiationService negotiations, NegotiationMailService mail) {
        this.negotiations = negotiations;
        this.mail = mail;
        addClassNames("kiroku-page", "kiroku-detail");
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        NegotiationDetail detail = negotiations.detail(id).orElseThrow(NotFoundException::new);
        removeAll();
        title = getTranslation("negotiation.detail.title");
        var heading = new H1(detail.customerName());
        var kana = new Span(detail.customerKana());
        kana.addClassName("kiroku-muted");
        // the back control at the top left returns to the customer screen
        var back = new Button(
                VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate(CustomerView.class, CustomerView.of(detail.customerId())));
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        back.setAriaLabel(getTranslation("negotiation.backToCustomer"));
        back.setTooltipText(getTranslation("negotiation.backToCustomer"));
        back.addClassName("kiroku-back");
        back.setId("back");
        var actions = new Div();
        actions.addClassName("kiroku-header-actions");
        if (detail.planned()) {
            var result = new Button(
                    getTranslation("negotiation.enterResult"),
                    VaadinIcon.CHECK.create(),
                    e -> UI.getCurrent().navigate(NegotiationFormView.resultPath(detail.id())));
            result.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            result.setId("negotiation-result");
            var reschedule = new Button(
                    getTranslation("negotiation.reschedule"),
                    VaadinIcon.CALENDAR_CLOCK.create(),
                    e -> new RescheduleDialog(negotiations, detail, () -> setParameter(event, id)).open());
            reschedule.setId("negotiation-reschedule");
            actions.add(result, reschedule);
        }
        var edit = new Button(
                getTranslation("common.edit"),
                VaadinIcon.EDIT.create(),
                e -> UI.getCurrent().navigate(NegotiationFormView.editPath(detail.id())));
        edit.setId("negotiation-edit");
        actions.add(edit);
        var history = new MailHistory(mail, detail.id());
        // 「メール送信」 → recipients → 選択 → メモ入力 → OK → OK; the history below shows the queued mails
        var send = new Button(
                getTranslation("negotiation.mail"),
                VaadinIcon.ENVELOPE_O.create(),
                e -> new MailSendDialog(mail, detail.id(), history::refresh).open());
        send.setId("negotiation-mail");
        actions.add(send);
        var header = new Div(back, new Div(new Span(title), heading, kana), actions);
        header.addClassName("kiroku-detail-header");
        add(header);

        var fields = new FieldList("negotiation-fields");
        fields.add(getTranslation("negotiation.plannedDate"), dateTime(detail.plannedDate(), detail.plannedTime()));
        fields.add(getTranslation("negotiation.doneDate"), dateTime(detail.doneDate(), detail.doneTime()));
        fields.add(getTranslation("negotiation.handler"), detail.handlerName());
        fields.addProgress(getTranslation("negotiation.progress"), detail.progressName(), detail.progressColor());
        fields.add(getTranslation("negotiation.rank"), detail.rankName());
        fields.add(getTranslation("negotiation.department"), detail.departmentName());
        fields.add(getTranslation("negotiation.report"), detail.report()).addClassName("kiroku-multiline");
        fields.add(getTranslation("negotiation.remarks"), detail.remarks()).addClassName("kiroku-multiline");
        fields.add(
                getTranslation("negotiation.created"),
                getTranslation(
                        "common.byAt", detail.createdByName(), Formats.dateTime(detail.createdAt(), getLocale())));
        fields.add(
                getTranslation("negotiation.updated"),
                getTranslation(
                        "common.byAt", detail.updatedByName(), Formats.dateTime(detail.updatedAt(), getLocale())));
        add(fields, history);
    }

    private String dateTime(java.time.@Nullable LocalDate date, java.time.@Nullable LocalTime time) {
        if (date == null) {
            return "";
        }
        String text = Formats.date(date, getLocale());
        return time == null ? text + " " + getTranslation("home.allDay") : text + " " + Formats.time(time);
    }

    @Override
    public String getPageTitle() {
        return title + " | Kiroku";
    }
}

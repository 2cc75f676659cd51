package app.kiroku.negotiation.ui;

import app.kiroku.negotiation.NegotiationDetail;
import app.kiroku.negotiation.NegotiationService;
import app.kiroku.shared.ui.BackButton;
import app.kiroku.shared.ui.Formats;
import app.kiroku.user.Role;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
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
    private String title = "";

    public NegotiationDetailView(NegotiationService negotiations) {
        this.negotiations = negotiations;
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
        var header = new Div(new BackButton(), new Div(new Span(title), heading, kana));
        header.addClassName("kiroku-detail-header");
        add(header);

        var fields = new Div();
        fields.addClassName("kiroku-fields");
        fields.setId("negotiation-fields");
        field(fields, "negotiation.plannedDate", dateTime(detail.plannedDate(), detail.plannedTime()));
        field(fields, "negotiation.doneDate", dateTime(detail.doneDate(), detail.doneTime()));
        field(fields, "negotiation.handler", detail.handlerName());
        var progress = field(fields, "negotiation.progress", detail.progressName());
        if (detail.progressColor() != null) {
            progress.addClassName("kiroku-progress");
            progress.getStyle().set("--progress-color", detail.progressColor());
        }
        field(fields, "negotiation.rank", detail.rankName());
        field(fields, "negotiation.department", detail.departmentName());
        field(fields, "negotiation.report", detail.report()).addClassName("kiroku-multiline");
        field(fields, "negotiation.remarks", detail.remarks()).addClassName("kiroku-multiline");
        field(fields, "negotiation.created", getTranslation("negotiation.byAt", detail.createdByName(),
                Formats.dateTime(detail.createdAt(), getLocale())));
        field(fields, "negotiation.updated", getTranslation("negotiation.byAt", detail.updatedByName(),
                Formats.dateTime(detail.updatedAt(), getLocale())));
        add(fields);
    }

    private String dateTime(java.time.@Nullable LocalDate date, java.time.@Nullable LocalTime time) {
        if (date == null) {
            return "";
        }
        String text = Formats.date(date, getLocale());
        return time == null ? text + " " + getTranslation("home.allDay") : text + " " + Formats.time(time);
    }

    private Span field(Div fields, String labelKey, @Nullable String value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("kiroku-field-label");
        var text = new Span(value == null || value.isBlank() ? "—" : value);
        text.addClassName("kiroku-field-value");
        var row = new Div(label, text);
        row.addClassName("kiroku-field");
        fields.add(row);
        return text;
    }

    @Override
    public String getPageTitle() {
        return title + " | Kiroku";
    }
}

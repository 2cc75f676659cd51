package app.kiroku.negotiation.ui;

import app.kiroku.customer.CustomerDetail;
import app.kiroku.customer.CustomerService;
import app.kiroku.customer.ui.CustomerView;
import app.kiroku.master.MasterDataService;
import app.kiroku.negotiation.NegotiationDetail;
import app.kiroku.negotiation.NegotiationDraft;
import app.kiroku.negotiation.NegotiationService;
import app.kiroku.shared.data.ConcurrentEditException;
import app.kiroku.shared.ui.Dialogs;
import app.kiroku.shared.ui.DraftKeeper;
import app.kiroku.shared.ui.KeyShortcuts;
import app.kiroku.shared.validation.InvalidInputException;
import app.kiroku.user.CurrentUser;
import app.kiroku.user.Role;
import app.kiroku.user.UserDirectory;
import app.kiroku.user.UserRef;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The record form, in its three uses: 商談登録 for a customer, 編集 with 削除する, and
 * 結果を入力して次回予定, which saves the visit's result and opens the next planned record.
 * 「上記内容で保存」 or Ctrl+S saves; Esc cancels, asking first when something was typed. What is typed is kept as a
 * draft in the browser until it is saved or cancelled ({@link DraftKeeper}).
 */
@Route("negotiations/:negotiationId([0-9]{1,18})/edit")
@RouteAlias("negotiations/:negotiationId([0-9]{1,18})/result")
@RouteAlias("customers/:customerId([0-9]{1,18})/negotiations/new")
@RolesAllowed({Role.ADMIN_NAME, Role.STAFF_NAME})
public class NegotiationFormView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    enum Mode {
        CREATE,
        EDIT,
        RESULT
    }

    static final String AFTER = "after";

    private final NegotiationService negotiations;
    private final CustomerService customers;
    private final MasterDataService masters;
    private final UserDirectory users;
    private final CurrentUser currentUser;
    private final Clock clock;
    final NegotiationFields fields = new NegotiationFields();
    private final H1 heading = new H1();
    private final Div customerLine = new Div();
    private final Button save = new Button();
    private final Button delete = new Button();
    private final QuickPlanDates quickDates;
    final DraftKeeper drafts;
    private Mode mode = Mode.CREATE;
    private long customerId;
    private @Nullable Long negotiationId;
    private int version;

    public NegotiationFormView(
            NegotiationService negotiations,
            CustomerService customers,
            MasterDataService masters,
            UserDirectory users,
            CurrentUser currentUser,
            Clock clock) {
        this.negotiations = negotiations;
        this.customers = customers;
        this.masters = masters;
        this.users = users;
        this.currentUser = currentUser;
        this.clock = clock;
        drafts = new DraftKeeper(this, clock.getZone());
        addClassNames("kiroku-page", "kiroku-form");
        setId("negotiation-form");
        quickDates = new QuickPlanDates(LocalDate.now(clock), fields.plannedDate);
        fields.offerQuickPlanDates(quickDates);

        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("negotiation-save");
        save.addClickListener(e -> save());
        save.setTooltipText("Ctrl+S");
        KeyShortcuts.save(this, this::save);
        var cancel = new Button(getTranslation("form.cancel"), e -> cancel());
        cancel.setId("negotiation-cancel");
        KeyShortcuts.close(this, this::cancel);
        delete.setText(getTranslation("negotiation.delete"));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.setId("negotiation-delete");
        delete.addClickListener(e -> confirmDelete());

        var back = new Button(VaadinIcon.ARROW_LEFT.create(), e -> cancel());
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        back.setAriaLabel(getTranslation("common.back"));
        back.addClassName("kiroku-back");
        var header = new Div(back, new Div(heading, customerLine));
        header.addClassName("kiroku-detail-header");
        var spacer = new Span();
        spacer.addClassName("kiroku-spacer");
        var buttons = new Div(delete, spacer, cancel, save);
        buttons.addClassNames("kiroku-buttons", "kiroku-form-actions");
        add(header, fields, buttons);
    }

    static String createPath(long customerId) {
        return "customers/" + customerId + "/negotiations/new";
    }

    static String editPath(long id) {
        return "negotiations/" + id + "/edit";
    }

    static String resultPath(long id) {
        return "negotiations/" + id + "/result";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String path = event.getLocation().getPath();
        var params = event.getRouteParameters();
        NegotiationDraft draft;
        UserRef currentHandler = null;
        if (path.endsWith("/new")) {
            mode = Mode.CREATE;
            customerId = params.getLong("customerId").orElseThrow(NotFoundException::new);
            negotiationId = null;
            version = 0;
            Long after = after(event);
            draft = after == null ? negotiations.newDraft(customerId) : negotiations.nextPlanAfter(after);
            draft.setCustomerId(customerId);
            NegotiationDraft created = draft;
            SlotTime.from(event.getLocation().getQueryParameters())
                    .ifPresent(slot -> slot.fill(created, java.time.LocalDateTime.now(clock)));
        } else {
            mode = path.endsWith("/result") ? Mode.RESULT : Mode.EDIT;
            negotiationId = params.getLong("negotiationId").orElseThrow(NotFoundException::new);
            NegotiationDetail detail = negotiations.detail(negotiationId).orElseThrow(NotFoundException::new);
            customerId = detail.customerId();
            version = detail.version();
            draft = detail.toDraft();
            currentHandler = new UserRef(detail.handlerId(), detail.handlerName(), "", null, Role.STAFF, false);
            if (mode == Mode.RESULT && draft.getDoneDate() == null) {
                draft.setDoneDate(LocalDate.now(clock));
                draft.setDoneTime(draft.getPlannedTime());
            }
        }
        CustomerDetail customer = customers.detail(customerId).orElseThrow(NotFoundException::new);
        customerLine.removeAll();
        var link = new RouterLink(customer.name(), CustomerView.class, CustomerView.of(customerId));
        link.setId("negotiation-customer");
        customerLine.add(link);
        customerLine.addClassName("kiroku-muted");

        heading.setText(getTranslation(
                switch (mode) {
                    case CREATE -> "negotiation.form.create";
                    case EDIT -> "negotiation.form.edit";
                    case RESULT -> "negotiation.form.result";
                }));
        save.setText(getTranslation(mode == Mode.RESULT ? "negotiation.saveAndPlanNext" : "form.save"));
        delete.setVisible(mode == Mode.EDIT);
        quickDates.setVisible(mode == Mode.CREATE);
        fields.show(
                draft,
                users.activeInHouseUsers(),
                currentHandler,
                masters.progressFlags(),
                masters.ranks(),
                masters.departments());
        (mode == Mode.RESULT ? fields.report : fields.plannedDate).focus();
        long me = currentUser.require().id();
        String key = negotiationId == null
                ? DraftKeeper.key(me, "negotiation", "new", "customer", customerId)
                : DraftKeeper.key(me, "negotiation", mode == Mode.RESULT ? "result" : "edit", negotiationId);
        drafts.open(key, version, restored -> version = restored);
    }

    private static @Nullable Long after(BeforeEnterEvent event) {
        List<String> values =
                event.getLocation().getQueryParameters().getParameters().getOrDefault(AFTER, List.of());
        try {
            return values.isEmpty() ? null : Long.valueOf(values.getFirst());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private void save() {
        NegotiationDraft draft = fields.read(customerId);
        if (draft == null) {
            return;
        }
        try {
            long id;
            if (negotiationId == null) {
                id = negotiations.create(draft.copy());
            } else {
                id = negotiationId;
                negotiations.update(id, version, draft.copy());
            }
            fields.markSaved(draft);
            drafts.discard();
            if (mode == Mode.RESULT) {
                Dialogs.saved(getTranslation("negotiation.saved.result"));
                UI.getCurrent()
                        .navigate(
                                createPath(customerId),
                                new QueryParameters(Map.of(AFTER, List.of(String.valueOf(id)))));
            } else {
                Dialogs.saved(getTranslation("negotiation.saved"));
                UI.getCurrent().navigate(NegotiationDetailView.class, id);
            }
        } catch (InvalidInputException invalid) {
            fields.showErrors(invalid.messageKeysByField());
        } catch (ConcurrentEditException conflict) {
            Long id = negotiationId;
            new NegotiationConflictDialog(
                            conflict, fields.shown(), negotiations.detail(id).orElse(null), () -> {
                                drafts.discard();
                                UI.getCurrent().navigate(editPath(id));
                            })
                    .open();
        }
    }

    private void confirmDelete() {
        var dialog = new ConfirmDialog(
                getTranslation("negotiation.delete.title"),
                getTranslation("negotiation.delete.text"),
                getTranslation("common.ok"),
                e -> delete());
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("form.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("delete-dialog");
        dialog.open();
    }

    private void delete() {
        try {
            negotiations.delete(negotiationId, version);
            fields.markSaved(new NegotiationDraft());
            drafts.discard();
            Dialogs.saved(getTranslation("negotiation.deleted"));
            UI.getCurrent().navigate(CustomerView.class, CustomerView.of(customerId));
        } catch (ConcurrentEditException conflict) {
            Long id = negotiationId;
            Dialogs.conflict(conflict, () -> UI.getCurrent().navigate(editPath(id)));
        }
    }

    private void cancel() {
        Runnable leave = () -> {
            drafts.discard();
            if (negotiationId == null) {
                UI.getCurrent().navigate(CustomerView.class, CustomerView.of(customerId));
            } else {
                UI.getCurrent().navigate(NegotiationDetailView.class, negotiationId);
            }
        };
        if (fields.hasChanges()) {
            Dialogs.confirmDiscard(leave::run);
        } else {
            leave.run();
        }
    }

    @Override
    public String getPageTitle() {
        return heading.getText() + " | Kiroku";
    }
}

package app.kiroku.schedule.ui;

import app.kiroku.customer.CustomerService;
import app.kiroku.customer.ui.CustomerPickerDialog;
import app.kiroku.master.MasterDataService;
import app.kiroku.master.MasterItem;
import app.kiroku.negotiation.NegotiationService;
import app.kiroku.negotiation.ui.NegotiationDetailView;
import app.kiroku.negotiation.ui.SlotTime;
import app.kiroku.schedule.EntryDraft;
import app.kiroku.schedule.ScheduleEntryService;
import app.kiroku.schedule.ScheduleItem;
import app.kiroku.schedule.ScheduleScope;
import app.kiroku.schedule.ScheduleService;
import app.kiroku.shared.calendar.CalendarEvent;
import app.kiroku.shared.calendar.KirokuCalendar;
import app.kiroku.shared.data.ConcurrentEditException;
import app.kiroku.shared.ui.Dialogs;
import app.kiroku.shared.ui.Formats;
import app.kiroku.shared.validation.InvalidInputException;
import app.kiroku.user.Role;
import app.kiroku.user.UserDirectory;
import app.kiroku.user.UserRef;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * スケジュール: the signed-in user's calendar by default; STAFF and ADMIN may look at another user's or a whole
 * department's (a colour per person). A click on an empty slot registers a 予定 or a 商談 (new or existing
 * customer); a click on an entry opens it; a planned visit can be dragged to another slot after a confirmation.
 * PARTNER users see and register only their own plain entries.
 */
@Route("schedule")
@Menu(title = "nav.schedule", order = 3, icon = "vaadin:calendar")
@PermitAll
public class ScheduleView extends Div implements HasDynamicTitle {

    private static final String[] PERSON_COLORS = {
        "#1e88e5", "#e53935", "#43a047", "#fb8c00", "#8e24aa", "#00897b", "#6d4c41", "#3949ab", "#c0ca33", "#d81b60"
    };
    private static final String ENTRY_COLOR = "#78909c";
    static final String DONE_MARK = "✓ ";

    record ScopeOption(String label, ScheduleScope scope) {}

    private final ScheduleService schedule;
    private final ScheduleEntryService entries;
    private final NegotiationService negotiations;
    private final CustomerService customers;
    private final UserDirectory users;
    private final boolean inHouse;
    final KirokuCalendar calendar = new KirokuCalendar();
    private volatile ScheduleScope scope = ScheduleScope.MINE;

    public ScheduleView(
            ScheduleService schedule,
            ScheduleEntryService entries,
            NegotiationService negotiations,
            CustomerService customers,
            UserDirectory users,
            MasterDataService masters,
            AuthenticationContext auth) {
        this.schedule = schedule;
        this.entries = entries;
        this.negotiations = negotiations;
        this.customers = customers;
        this.users = users;
        this.inHouse = !auth.hasRole(Role.PARTNER_NAME);
        addClassNames("kiroku-page", "kiroku-wide", "kiroku-schedule");

        calendar.setLocale(UI.getCurrent().getLocale());
        calendar.setId("schedule-calendar");
        calendar.setDayActionLabel(getTranslation("schedule.dayAction"));
        calendar.setEventSource(this::events);
        calendar.setDateClickListener(click -> slot(click.at(), click.allDay(), null));
        calendar.setRangeSelectListener(range -> slot(range.start(), range.allDay(), range.end()));
        calendar.setEventClickListener(this::open);
        calendar.setMoveListener(this::move);

        if (inHouse) {
            var scopes = new Select<ScopeOption>();
            scopes.setLabel(getTranslation("schedule.scope"));
            List<ScopeOption> options = new ArrayList<>();
            options.add(new ScopeOption(getTranslation("schedule.scope.mine"), ScheduleScope.MINE));
            for (MasterItem department : masters.departments()) {
                if (department.active()) {
                    options.add(new ScopeOption(
                            getTranslation("schedule.scope.department", department.name()),
                            ScheduleScope.department(department.id())));
                }
            }
            for (UserRef user : users.activeInHouseUsers()) {
                options.add(new ScopeOption(user.name(), ScheduleScope.user(user.id())));
            }
            scopes.setItems(options);
            scopes.setItemLabelGenerator(ScopeOption::label);
            scopes.setValue(options.getFirst());
            scopes.setId("schedule-scope");
            scopes.addValueChangeListener(e -> {
                scope = e.getValue().scope();
                calendar.refresh();
            });
            var bar = new Div(scopes);
            bar.addClassName("kiroku-search-bar");
            add(bar);
        }
        add(calendar);
    }

    private List<CalendarEvent> events(LocalDate from, LocalDate to) {
        ScheduleScope shown = scope;
        boolean perPerson = shown.departmentId() != null;
        List<CalendarEvent> events = new ArrayList<>();
        if (inHouse) {
            for (ScheduleItem item : schedule.negotiations(shown, from, to)) {
                String title = item.progressName() == null
                        ? item.title()
                        : getTranslation("schedule.negotiationTitle", item.title(), item.progressName());
                // a done visit is told by a mark, not only by its place in the past
                if (!item.movable()) {
                    title = DONE_MARK + title;
                }
                events.add(new CalendarEvent(
                        key(item),
                        title,
                        item.start(),
                        item.end(),
                        item.allDay(),
                        perPerson ? personColor(item.personId()) : item.color(),
                        item.movable()));
            }
        }
        for (ScheduleItem item : schedule.entries(inHouse ? shown : ScheduleScope.MINE, from, to)) {
            events.add(new CalendarEvent(
                    key(item),
                    item.title(),
                    item.start(),
                    item.end(),
                    item.allDay(),
                    perPerson ? personColor(item.personId()) : ENTRY_COLOR,
                    false));
        }
        return events;
    }

    static String key(ScheduleItem item) {
        return (item.kind() == ScheduleItem.Kind.NEGOTIATION ? "n-" : "e-") + item.id() + "-" + item.version();
    }

    private static String personColor(long personId) {
        return PERSON_COLORS[(int) (personId % PERSON_COLORS.length)];
    }

    private void slot(LocalDateTime at, boolean allDay, @Nullable LocalDateTime end) {
        new SlotMenuDialog(
                        at,
                        allDay,
                        inHouse,
                        () -> newEntry(at, allDay, end),
                        () -> UI.getCurrent().navigate("schedule/new-customer", new SlotTime(at, allDay).toQuery()),
                        () -> new CustomerPickerDialog(
                                        customers,
                                        customer -> UI.getCurrent()
                                                .navigate(
                                                        "customers/" + customer.id() + "/negotiations/new",
                                                        new SlotTime(at, allDay).toQuery()))
                                .open())
                .open();
    }

    private void newEntry(LocalDateTime at, boolean allDay, @Nullable LocalDateTime end) {
        var draft = new EntryDraft();
        draft.setAllDay(allDay);
        draft.setStartsAt(at);
        // all-day ends are exclusive (the day after the last day), as stored and as the calendar gives them
        draft.setEndsAt(end != null ? end : (allDay ? at.plusDays(1) : at.plusHours(1)));
        new EntryDialog(entries, null, draft, participants(), calendar::refresh).open();
    }

    private List<UserRef> participants() {
        return inHouse ? users.activeUsers() : List.of();
    }

    private void open(String key) {
        String[] parts = key.split("-");
        long id = Long.parseLong(parts[1]);
        if (key.startsWith("n-")) {
            UI.getCurrent().navigate(NegotiationDetailView.class, id);
        } else {
            entries.entry(id)
                    .ifPresent(entry ->
                            new EntryDialog(entries, entry, entry.draft(), participants(), calendar::refresh).open());
        }
    }

    /** Only planned records are movable (done ones are sent as fixed); the move waits for a confirmation. */
    private void move(KirokuCalendar.Move move) {
        String[] parts = move.id().split("-");
        if (!move.id().startsWith("n-")) {
            move.reject();
            return;
        }
        long id = Long.parseLong(parts[1]);
        int version = Integer.parseInt(parts[2]);
        LocalDateTime to = move.start();
        String when = Formats.date(to.toLocalDate(), getLocale())
                + (move.allDay() ? "" : " " + Formats.time(to.toLocalTime()));
        var confirm = new ConfirmDialog(
                getTranslation("schedule.move.title"),
                getTranslation("schedule.move.text", when),
                getTranslation("common.ok"),
                e -> {
                    try {
                        negotiations.reschedule(id, version, to.toLocalDate(), move.allDay() ? null : to.toLocalTime());
                        move.accept();
                        Dialogs.saved(getTranslation("schedule.move.done", when));
                    } catch (ConcurrentEditException conflict) {
                        move.reject();
                        Dialogs.error(getTranslation(
                                "schedule.move.conflict",
                                conflict.editorName(),
                                Formats.dateTime(conflict.editedAt(), getLocale())));
                    } catch (InvalidInputException invalid) {
                        move.reject();
                        Dialogs.error(getTranslation(
                                invalid.messageKeysByField().values().iterator().next()));
                    }
                    calendar.refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("form.cancel"));
        confirm.addCancelListener(e -> move.reject());
        confirm.setId("move-dialog");
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.schedule") + " | Kiroku";
    }
}

package app.kiroku.master;

import app.kiroku.shared.audit.AuditLog;
import app.kiroku.shared.data.ConcurrentEditException;
import app.kiroku.shared.validation.FieldChecks;
import app.kiroku.shared.validation.NameCharacters;
import app.kiroku.user.AdminOnly;
import app.kiroku.user.CurrentUser;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * マスタ管理: admins add, rename, reorder, retire and (when unused) delete 部署, 進捗 and 顧客ランク. Every change
 * is in the audit log. Forms and searches read the masters on each use, so changes show at once. Each change names
 * the version of the value the admin had loaded; one made to a value changed meanwhile is refused with
 * {@link ConcurrentEditException} (who changed it last, when) and changes nothing.
 */
@Service
@Transactional
public class MasterAdminService {

    public static final int NAME_MAX = 50;
    private static final Pattern COLOR = Pattern.compile("#[0-9a-fA-F]{6}");

    private final MasterAdminRepository masters;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final Clock clock;

    private final ContactThresholdRepository thresholds;

    MasterAdminService(
            MasterAdminRepository masters,
            ContactThresholdRepository thresholds,
            CurrentUser currentUser,
            AuditLog audit,
            Clock clock) {
        this.masters = masters;
        this.thresholds = thresholds;
        this.currentUser = currentUser;
        this.audit = audit;
        this.clock = clock;
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public ContactThresholds contactThresholds() {
        return thresholds.read();
    }

    /**
     * Sets the thresholds for customers left alone, over the {@code version} that was read; they must rise
     * ({@link ContactThresholds}), else {@link IllegalArgumentException}.
     */
    @AdminOnly
    public void saveContactThresholds(int recentDays, int staleDays, int version) {
        var checked = new ContactThresholds(recentDays, staleDays, version);
        long userId = currentUser.require().id();
        thresholds.save(checked.recentDays(), checked.staleDays(), version, userId, LocalDateTime.now(clock));
        audit.record(userId, "UPDATE", "master.contact_threshold", 1L, recentDays + "/" + staleDays);
    }

    @AdminOnly
    @Transactional(readOnly = true)
    public List<MasterItem> list(MasterKind kind) {
        return masters.list(kind);
    }

    @AdminOnly
    public long add(MasterKind kind, String name, @Nullable String color) {
        String clean = check(kind, name, color, null);
        long id = masters.insert(kind, clean, normalized(color));
        log("CREATE", kind, id, clean);
        return id;
    }

    @AdminOnly
    public void rename(MasterKind kind, long id, int version, String name, @Nullable String color) {
        MasterItem before = existing(kind, id);
        String clean = check(kind, name, color, id);
        if (!masters.update(kind, id, version, clean, normalized(color))) {
            throw conflict(kind, id);
        }
        log("UPDATE", kind, id, before.name() + " → " + clean + (color == null ? "" : " " + normalized(color)));
    }

    /**
     * Moves a value one place up ({@code -1}) or down ({@code +1}); the new order is stored for everyone. Every value
     * whose place changes counts as changed, so a move seen on a list that is no longer current is refused.
     */
    @AdminOnly
    public void move(MasterKind kind, long id, int version, int direction) {
        List<MasterItem> items = new ArrayList<>(masters.list(kind));
        int from = indexOf(items, id);
        if (items.get(from).version() != version) {
            throw conflict(kind, id);
        }
        int to = from + Integer.signum(direction);
        if (to < 0 || to >= items.size()) {
            return;
        }
        items.add(to, items.remove(from));
        for (int i = 0; i < items.size(); i++) {
            MasterItem item = items.get(i);
            int order = (i + 1) * 10;
            if (item.sortOrder() != order && !masters.setOrder(kind, item.id(), item.version(), order)) {
                throw conflict(kind, item.id());
            }
        }
        log("REORDER", kind, id, items.get(to).name() + " → " + (to + 1));
    }

    /** Retired values are not offered for new choices but stay on old records and in searches. */
    @AdminOnly
    public void setActive(MasterKind kind, long id, int version, boolean active) {
        MasterItem item = existing(kind, id);
        if (!masters.setActive(kind, id, version, active)) {
            throw conflict(kind, id);
        }
        log(active ? "REACTIVATE" : "RETIRE", kind, id, item.name());
    }

    /** Deletes an unused value; one still in use is refused with {@link MasterInUseException} (retire it instead). */
    @AdminOnly
    public void delete(MasterKind kind, long id, int version) {
        MasterItem item = existing(kind, id);
        long usages = masters.usages(kind, id);
        if (usages > 0) {
            throw new MasterInUseException(usages);
        }
        if (!masters.delete(kind, id, version)) {
            throw conflict(kind, id);
        }
        log("DELETE", kind, id, item.name());
    }

    private String check(MasterKind kind, String name, @Nullable String color, @Nullable Long id) {
        String clean = name == null ? "" : name.strip();
        new FieldChecks()
                .checkMessage("name", NameCharacters.check(clean))
                .check("name", !clean.isEmpty(), "master.error.name.required")
                .check("name", clean.length() <= NAME_MAX, "master.error.name.tooLong")
                .check("name", clean.isEmpty() || !masters.nameTaken(kind, clean, id), "master.error.name.taken")
                .check(
                        "color",
                        !kind.hasColor()
                                || color == null
                                || COLOR.matcher(color).matches(),
                        "master.error.color")
                .throwIfAny();
        return clean;
    }

    private static @Nullable String normalized(@Nullable String color) {
        return color == null ? null : color.toLowerCase(Locale.ROOT);
    }

    private MasterItem existing(MasterKind kind, long id) {
        return masters.find(kind, id).orElseThrow(() -> new NoSuchElementException(kind + " " + id));
    }

    private static int indexOf(List<MasterItem> items, long id) {
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).id() == id) {
                return i;
            }
        }
        throw new NoSuchElementException("No master value " + id);
    }

    private ConcurrentEditException conflict(MasterKind kind, long id) {
        return masters.lastChange(entityType(kind), id)
                .map(last -> new ConcurrentEditException(last.userName(), last.at()))
                .orElseGet(() -> new ConcurrentEditException("", LocalDateTime.now(clock)));
    }

    private void log(String action, MasterKind kind, long id, String detail) {
        audit.record(currentUser.require().id(), action, entityType(kind), id, detail);
    }

    private static String entityType(MasterKind kind) {
        return "master." + kind.name().toLowerCase(Locale.ROOT);
    }
}

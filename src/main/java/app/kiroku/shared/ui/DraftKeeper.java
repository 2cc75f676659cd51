package app.kiroku.shared.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.function.SerializableConsumer;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps what the user types into a form as a draft in the browser (frontend/src/kiroku-drafts.ts), so that a
 * dropped connection, an expired session, a closed tab or a crash of the server loses nothing. When the form opens
 * a record and the browser holds a draft for it that differs from what the form shows, a notification offers
 * 「復元する」 / 「破棄する」. A restored draft keeps the version it was typed over, so a record saved by someone
 * else meanwhile meets the optimistic lock on save. The form discards the draft after a save and on cancel.
 *
 * <p>Keys name the user, the form and the record ({@link #key}), so a shared tablet never offers one user's draft
 * to another; the browser's answer is accepted only for the key that was asked for.
 */
@Tag("kiroku-drafts")
@JsModule("./src/kiroku-drafts.ts")
public class DraftKeeper extends Component {

    static final String PREFIX = "kiroku.draft.";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Component form;
    private final ZoneId zone;
    private String key = "";
    private @Nullable Notification offer;
    private SerializableConsumer<Integer> restoredVersion = version -> {};

    /** Keeps the fields of {@code form}; the time a draft was typed is told in {@code zone}. */
    public DraftKeeper(Component form, ZoneId zone) {
        this.form = form;
        this.zone = zone;
        form.getElement().appendVirtualChild(getElement());
        form.addDetachListener(e -> closeOffer());
    }

    /** The key of one form on one record for one user, e.g. {@code kiroku.draft.3.negotiation.edit.42}. */
    public static String key(long userId, String form, Object... record) {
        var key = new StringBuilder(PREFIX).append(userId).append('.').append(form);
        for (Object part : record) {
            key.append('.').append(part);
        }
        return key.toString();
    }

    /**
     * The form now shows the record of {@code key} at {@code version}: keep its input from here on, and offer the
     * draft the browser holds for it, if any. {@code restoredVersion} hears the version a restored draft was typed
     * over.
     */
    public void open(String key, int version, SerializableConsumer<Integer> restoredVersion) {
        closeOffer();
        this.key = key;
        this.restoredVersion = restoredVersion;
        getElement().callJsFunction("open", form.getElement(), key, version).then(String.class, this::offer);
    }

    /** The browser's answer to {@link #open}: the draft as JSON, or empty. Offered when it fits and differs. */
    public void offer(@Nullable String json) {
        Draft draft = parse(json);
        if (draft == null || !draft.key().equals(key) || !DraftFields.in(form).differ(draft.values())) {
            return;
        }
        var text = new Span(getTranslation(
                "draft.offer",
                DateTimeFormatter.ofPattern(getTranslation("draft.offer.time"), getLocale())
                        .format(draft.savedAt().atZone(zone))));
        var restore = new Button(getTranslation("draft.restore"), e -> restore(draft));
        restore.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        restore.setId("draft-restore");
        var discard = new Button(getTranslation("draft.discard"), e -> {
            closeOffer();
            discard();
        });
        discard.setId("draft-discard");
        var content = new Div(text, new Div(restore, discard));
        content.addClassName("kiroku-draft-offer");
        Notification notification = new Notification(content);
        notification.setId("draft-offer");
        notification.setDuration(0);
        notification.setPosition(Notification.Position.TOP_CENTER);
        offer = notification;
        notification.open();
    }

    /** Forgets the draft of the open form, in the browser. */
    public void discard() {
        if (!key.isEmpty()) {
            UI.getCurrent().getPage().executeJs("window.localStorage.removeItem($0)", key);
        }
    }

    private void restore(Draft draft) {
        closeOffer();
        DraftFields.in(form).restore(draft.values());
        getElement().callJsFunction("keepVersion", draft.version());
        restoredVersion.accept(draft.version());
    }

    private void closeOffer() {
        if (offer != null) {
            offer.close();
            offer = null;
        }
    }

    record Draft(String key, Instant savedAt, int version, Map<String, Object> values) {}

    static @Nullable Draft parse(@Nullable String json) {
        if (json == null || json.isBlank()) {
            return null;
        }
        try {
            JsonNode root = JSON.readTree(json);
            JsonNode values = root.path("values");
            if (!root.path("key").isString() || !values.isObject()) {
                return null;
            }
            Map<String, Object> map = new LinkedHashMap<>();
            values.properties().forEach(entry -> {
                JsonNode value = entry.getValue();
                if (value.isArray()) {
                    map.put(
                            entry.getKey(),
                            value.valueStream().map(JsonNode::asString).toList());
                } else if (value.isString()) {
                    map.put(entry.getKey(), value.asString());
                }
            });
            return new Draft(
                    root.path("key").asString(),
                    Instant.ofEpochMilli(root.path("savedAt").asLong()),
                    root.path("version").asInt(),
                    map);
        } catch (JacksonException malformed) {
            return null;
        }
    }
}

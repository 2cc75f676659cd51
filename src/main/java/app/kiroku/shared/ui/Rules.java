package app.kiroku.shared.ui;

import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.function.SerializableFunction;
import org.jspecify.annotations.Nullable;

/** Turns a service-side rule (value → message key or "") into a Binder validator showing the same message. */
public final class Rules {

    private Rules() {}

    public static <T> Validator<@Nullable T> of(SerializableFunction<@Nullable T, String> rule) {
        return (value, context) -> {
            String key = rule.apply(value);
            return key.isEmpty()
                    ? ValidationResult.ok()
                    : ValidationResult.error(context.getComponent()
                            .map(c -> c.getTranslation(key))
                            .orElse(key));
        };
    }
}

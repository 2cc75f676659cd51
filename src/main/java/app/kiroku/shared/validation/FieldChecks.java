package app.kiroku.shared.validation;

import java.util.LinkedHashMap;
import java.util.Map;

/** Collects field errors, then throws them all at once. */
public final class FieldChecks {

    private final Map<String, String> errors = new LinkedHashMap<>();

    public FieldChecks check(String field, boolean ok, String messageKey) {
        if (!ok) {
            errors.putIfAbsent(field, messageKey);
        }
        return this;
    }

    public FieldChecks checkMessage(String field, String messageKeyOrEmpty) {
        if (!messageKeyOrEmpty.isEmpty()) {
            errors.putIfAbsent(field, messageKeyOrEmpty);
        }
        return this;
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }
}

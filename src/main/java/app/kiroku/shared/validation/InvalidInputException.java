package app.kiroku.shared.validation;

import java.io.Serial;
import java.util.Map;

/**
 * Input a service refused, field by field, each with the translation key of the message shown at that field.
 * Services check everything before writing anything, so a refused save leaves nothing half-stored.
 */
public class InvalidInputException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final Map<String, String> messageKeysByField;

    public InvalidInputException(Map<String, String> messageKeysByField) {
        super("Invalid input: " + messageKeysByField);
        this.messageKeysByField = Map.copyOf(messageKeysByField);
    }

    public Map<String, String> messageKeysByField() {
        return messageKeysByField;
    }
}

package app.kiroku.shared.importing;

import java.io.Serial;

/** A file that is not a table Kiroku can read; the message key says why, for the user. */
public class UnreadableFileException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public UnreadableFileException(String messageKey, String detail) {
        super(detail);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}

package app.kiroku.shared.data;

import java.io.Serial;
import java.time.LocalDateTime;

/** Someone else saved the record after it was opened: the save is refused, naming who and when. */
public class ConcurrentEditException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String editorName;
    private final LocalDateTime editedAt;

    public ConcurrentEditException(String editorName, LocalDateTime editedAt) {
        super("Changed meanwhile by " + editorName + " at " + editedAt);
        this.editorName = editorName;
        this.editedAt = editedAt;
    }

    public String editorName() {
        return editorName;
    }

    public LocalDateTime editedAt() {
        return editedAt;
    }
}

package app.kiroku.shared.importing;

import java.util.List;

/**
 * Why a row was refused: its row number, the file's column (its header, or "" for the row as a whole), and the
 * translation key of the message with its arguments.
 */
public record RowProblem(int line, String column, String messageKey, List<String> arguments) {

    public RowProblem {
        arguments = List.copyOf(arguments);
    }

    public static RowProblem of(int line, String column, String messageKey, String... arguments) {
        return new RowProblem(line, column, messageKey, List.of(arguments));
    }
}

package app.kiroku.shared.data;

import java.sql.SQLNonTransientConnectionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns "cannot reach the configured database" into a short, readable startup error. */
public class DatabaseUnreachableFailureAnalyzer extends AbstractFailureAnalyzer<SQLNonTransientConnectionException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, SQLNonTransientConnectionException cause) {
        return new FailureAnalysis("Kiroku could not connect to its database: " + cause.getMessage(), """
                Check that the MariaDB server is running and reachable, and that SPRING_DATASOURCE_URL, \
                SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD are right \
                (e.g. jdbc:mariadb://localhost:3306/kiroku). To use the embedded database instead, \
                leave SPRING_DATASOURCE_URL unset.""", cause);
    }
}

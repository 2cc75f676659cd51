package app.kiroku.shared.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.Application;
import java.sql.SQLNonTransientConnectionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.BeanCreationException;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class DatabaseUnreachableFailureAnalyzerTest {

    @Test
    void anUnreachableDatabaseGivesAShortStartupMessage() {
        var cause =
                new SQLNonTransientConnectionException("Socket fail to connect to 127.0.0.1:3399. Connection refused");
        var failure = new BeanCreationException("flywayInitializer", "Unable to obtain connection", cause);

        var analysis = new DatabaseUnreachableFailureAnalyzer().analyze(failure);

        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .contains("could not connect to its database")
                .contains("127.0.0.1:3399");
        assertThat(analysis.getAction()).contains("SPRING_DATASOURCE_URL");
    }

    @Test
    void theAppStopsWithThatMessageInsteadOfAStackTrace(CapturedOutput output) {
        var app = new SpringApplicationBuilder(Application.class).web(WebApplicationType.NONE);
        // command-line arguments win over SPRING_DATASOURCE_URL from the environment (as CI sets it)
        assertThatThrownBy(() -> app.run("--spring.datasource.url=jdbc:mariadb://127.0.0.1:1/kiroku"))
                .isInstanceOf(Exception.class);
        assertThat(output.getOut())
                .contains("APPLICATION FAILED TO START")
                .contains("Kiroku could not connect to its database")
                .doesNotContain("\tat org.flywaydb");
    }
}

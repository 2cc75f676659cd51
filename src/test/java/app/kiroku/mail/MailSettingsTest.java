package app.kiroku.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** The documented environment variables reach the settings; defaults hold without them. */
class MailSettingsTest {

    private static MailSettings bind(Map<String, Object> environment) {
        var source = new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment);
        return new Binder(ConfigurationPropertySources.from(source)).bindOrCreate("kiroku.mail", MailSettings.class);
    }

    @Test
    void withoutAnyVariableNoSmtpIsConfiguredAndMailStaysQueued() {
        MailSettings settings = bind(Map.of());
        assertThat(settings.smtpConfigured()).isFalse();
        assertThat(settings.smtp().effectivePort()).isEqualTo(25);
        assertThat(settings.sender().enabled()).isTrue();
        assertThat(settings.sender().lease()).isEqualTo(Duration.ofMinutes(5));
        assertThat(settings.retry().maxAttempts()).isEqualTo(8);
    }

    @Test
    void theEnvironmentVariablesOfTheReadme() {
        MailSettings settings = bind(Map.of(
                "KIROKU_MAIL_SMTP_HOST",
                "smtp.example.com",
                "KIROKU_MAIL_SMTP_USERNAME",
                "kiroku",
                "KIROKU_MAIL_SMTP_PASSWORD",
                "secret",
                "KIROKU_MAIL_SMTP_TRANSPORT",
                "SMTP_TLS",
                "KIROKU_MAIL_FROM",
                "crm@example.co.jp",
                "KIROKU_MAIL_RETRY_MAXATTEMPTS",
                "5",
                "KIROKU_MAIL_SENDER_ENABLED",
                "false"));
        assertThat(settings.smtpConfigured()).isTrue();
        assertThat(settings.smtp().host()).isEqualTo("smtp.example.com");
        assertThat(settings.smtp().transport()).isEqualTo(MailSettings.Transport.SMTP_TLS);
        assertThat(settings.smtp().effectivePort()).isEqualTo(587);
        assertThat(settings.smtp().username()).isEqualTo("kiroku");
        assertThat(settings.from()).isEqualTo("crm@example.co.jp");
        assertThat(settings.fromDomain()).isEqualTo("example.co.jp");
        assertThat(settings.retry().maxAttempts()).isEqualTo(5);
        assertThat(settings.sender().enabled()).isFalse();

        assertThat(bind(Map.of("KIROKU_MAIL_SMTP_HOST", "localhost", "KIROKU_MAIL_SMTP_PORT", "1025"))
                        .smtp()
                        .effectivePort())
                .isEqualTo(1025);
    }

    @Test
    void backoffDoublesUpToItsCap() {
        var retry = new MailSettings.Retry(10, Duration.ofMinutes(1), Duration.ofHours(1));
        assertThat(retry.backoffAfter(1)).isEqualTo(Duration.ofMinutes(1));
        assertThat(retry.backoffAfter(2)).isEqualTo(Duration.ofMinutes(2));
        assertThat(retry.backoffAfter(3)).isEqualTo(Duration.ofMinutes(4));
        assertThat(retry.backoffAfter(7)).isEqualTo(Duration.ofHours(1));
        assertThat(retry.backoffAfter(60)).isEqualTo(Duration.ofHours(1));
    }
}

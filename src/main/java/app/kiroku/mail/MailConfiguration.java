package app.kiroku.mail;

import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailSettings.class)
class MailConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MailConfiguration.class);

    @Bean
    OutboxSender outboxSender(MailOutboxRepository outbox, MailSettings settings, Clock clock) {
        MailTransport transport = null;
        if (settings.smtpConfigured()) {
            var smtp = settings.smtp();
            log.info(
                    "Mail: SMTP {}:{} ({}), from {}{}",
                    smtp.host(),
                    smtp.effectivePort(),
                    smtp.transport(),
                    settings.from(),
                    settings.sender().enabled() ? "" : "; this instance sends nothing");
            transport = new SmtpTransport(settings, clock.getZone());
        } else {
            log.info("Mail: no SMTP host configured (KIROKU_MAIL_SMTP_HOST): mail stays queued until one is");
        }
        return new OutboxSender(outbox, settings, transport, clock);
    }
}

package app.kiroku.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationContext;

/**
 * GreenMail, a real SMTP server inside the test JVM, on a port chosen up front so that it can be down (nothing
 * listening there) and come up later at the same address; and senders pointed at it, as a restarted Kiroku would
 * build them.
 */
public final class TestSmtp implements AutoCloseable {

    public static final String FROM = "kiroku@kiroku.example.com";

    private final int port;
    private GreenMail server;

    public TestSmtp() {
        this.port = freePort();
        this.server = newServer();
    }

    /** Starts the server (again); a restarted server has an empty mailbox. */
    public TestSmtp start() {
        if (!server.isRunning()) {
            server = newServer();
            server.start();
        }
        return this;
    }

    public void stop() {
        server.stop();
    }

    public int port() {
        return port;
    }

    /** Waits until at least {@code count} messages arrived; false if they did not within the timeout. */
    public boolean awaitReceived(int count, Duration timeout) {
        return server.waitForIncomingEmail(timeout.toMillis(), count);
    }

    public List<MimeMessage> received() {
        return Arrays.asList(server.getReceivedMessages());
    }

    /** The decoded text of the first part of that type (text/plain, text/html) in the multipart tree, LF lines. */
    public static String body(Part part, String type) {
        try {
            Part found = find(part, type);
            if (found == null) {
                throw new AssertionError("No " + type + " part");
            }
            // SMTP carries lines ending in CRLF
            return ((String) found.getContent()).replace("\r\n", "\n");
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded bytes of the first part of that type as UTF-8, e.g. a text/calendar part; null if there is none. */
    public static @Nullable String text(Part part, String type) {
        try {
            Part found = find(part, type);
            if (found == null) {
                return null;
            }
            try (var in = found.getInputStream()) {
                return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Content-Type header of the first part of that type. */
    public static String contentType(Part part, String type) {
        try {
            Part found = find(part, type);
            return found == null ? "" : found.getContentType();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static @Nullable Part find(Part part, String type) throws MessagingException, IOException {
        if (part.isMimeType(type)) {
            return part;
        }
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                Part found = find(multipart.getBodyPart(i), type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** Settings as the environment would give them: this server, plain SMTP, short timeouts, 3 attempts 1m apart. */
    MailSettings settings() {
        return settings(port);
    }

    private static MailSettings settings(int port) {
        return new MailSettings(
                new MailSettings.Smtp(
                        "127.0.0.1", port, null, null, MailSettings.Transport.SMTP, Duration.ofSeconds(5)),
                FROM,
                new MailSettings.Sender(true, Duration.ofSeconds(5), 20, Duration.ofMinutes(5)),
                new MailSettings.Retry(3, Duration.ofMinutes(1), Duration.ofHours(1)));
    }

    /** A sender as a freshly started Kiroku has it, delivering through Simple Java Mail to this server. */
    OutboxSender sender(ApplicationContext context, Clock clock) {
        return sender(context, clock, smtpTransport(clock));
    }

    OutboxSender sender(ApplicationContext context, Clock clock, MailTransport transport) {
        return new OutboxSender(context.getBean(MailOutboxRepository.class), settings(), transport, clock);
    }

    /** A sender like {@link #sender(ApplicationContext, Clock)}, delivering to another SMTP peer on this host. */
    static OutboxSender senderTo(int port, ApplicationContext context, Clock clock) {
        MailSettings settings = settings(port);
        return new OutboxSender(
                context.getBean(MailOutboxRepository.class),
                settings,
                new SmtpTransport(settings, clock.getZone()),
                clock);
    }

    SmtpTransport smtpTransport(Clock clock) {
        return new SmtpTransport(settings(), clock.getZone());
    }

    /** Delivers whatever is due now, through a new sender; returns how many mails the server accepted. */
    public int deliverDue(ApplicationContext context, Clock clock) {
        return sender(context, clock).deliverDue();
    }

    private GreenMail newServer() {
        return new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        server.stop();
    }
}

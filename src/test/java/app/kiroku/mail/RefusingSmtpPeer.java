package app.kiroku.mail;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The smallest SMTP peer that refuses: it answers every command as a server that accepts would, except one stage
 * (MAIL FROM, RCPT TO or the end of the message data), which gets the reply given, e.g. {@code 550 5.1.1 mailbox
 * unavailable} or {@code 450 4.2.1 try later}. GreenMail cannot be told to refuse.
 */
final class RefusingSmtpPeer implements AutoCloseable {

    enum Stage {
        MAIL,
        RCPT,
        DATA
    }

    private final Stage stage;
    private final String reply;
    private final ServerSocket socket;
    private final AtomicInteger mailsOffered = new AtomicInteger();

    RefusingSmtpPeer(Stage stage, String reply) {
        this.stage = stage;
        this.reply = reply;
        try {
            this.socket = new ServerSocket(0, 10, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().start(this::serve);
    }

    int port() {
        return socket.getLocalPort();
    }

    /** How many mails a client began to send (MAIL FROM commands): one per delivery attempt. */
    int mailsOffered() {
        return mailsOffered.get();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try (Socket client = socket.accept()) {
                client.setSoTimeout(5_000);
                converse(
                        new BufferedReader(new InputStreamReader(client.getInputStream(), US_ASCII)),
                        new OutputStreamWriter(client.getOutputStream(), US_ASCII));
            } catch (IOException e) {
                // the client hung up, or the peer was closed: wait for the next client, or stop
            }
        }
    }

    private void converse(BufferedReader in, Writer out) throws IOException {
        answer(out, "220 refusing.test ESMTP");
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
            switch (command) {
                case "MAIL" -> {
                    mailsOffered.incrementAndGet();
                    answer(out, stage == Stage.MAIL ? reply : "250 2.1.0 ok");
                }
                case "RCPT" -> answer(out, stage == Stage.RCPT ? reply : "250 2.1.5 ok");
                case "DATA" -> {
                    answer(out, "354 end with <CRLF>.<CRLF>");
                    for (String data = in.readLine(); data != null && !data.equals("."); data = in.readLine()) {
                        // the message itself is of no interest
                    }
                    answer(out, stage == Stage.DATA ? reply : "250 2.0.0 queued");
                }
                case "QUIT" -> {
                    answer(out, "221 2.0.0 bye");
                    return;
                }
                default -> answer(out, "250 refusing.test"); // EHLO, HELO, RSET, NOOP
            }
        }
    }

    private static void answer(Writer out, String line) throws IOException {
        out.write(line + "\r\n");
        out.flush();
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

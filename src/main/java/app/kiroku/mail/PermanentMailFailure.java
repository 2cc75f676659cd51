package app.kiroku.mail;

/**
 * The SMTP server refused a mail for good (a 5xx reply such as 550 mailbox unavailable), or the mail cannot be built
 * as it is: the same mail would fail again, so it is 送信失敗 at once instead of being retried. Its message is the
 * cause's, e.g. the server's reply.
 */
final class PermanentMailFailure extends RuntimeException {

    PermanentMailFailure(RuntimeException cause) {
        super(cause.getMessage(), cause);
    }
}

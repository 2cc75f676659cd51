package app.kiroku.mail;

/**
 * Hands one mail to the SMTP server; returns once the server accepted it. Throws {@link PermanentMailFailure} when
 * the server refused it for good, any other exception when a later attempt may succeed (4xx, no connection, timeout).
 */
interface MailTransport {

    void send(PendingMail mail);
}

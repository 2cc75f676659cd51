package app.kiroku.mail;

/** Hands one mail to the SMTP server; returns once the server accepted it, throws if it did not. */
interface MailTransport {

    void send(PendingMail mail);
}

package app.kiroku.negotiation;

import app.kiroku.mail.MailEntry;
import app.kiroku.mail.MailOutbox;
import app.kiroku.mail.OutgoingMail;
import app.kiroku.shared.audit.AuditLog;
import app.kiroku.shared.validation.FieldChecks;
import app.kiroku.user.CurrentUser;
import app.kiroku.user.InHouseOnly;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * メール送信: a record mailed to in-house users with an optional memo. Sending only writes the mails to the outbox,
 * in this transaction; the background sender delivers them. Customer-linked: never for PARTNER users, and PARTNER
 * users are never recipients, whatever the request says.
 */
@Service
@Transactional(readOnly = true)
public class NegotiationMailService {

    public static final int MEMO_MAX = 2_000;

    private final NegotiationRepository negotiations;
    private final NegotiationMailRepository recipients;
    private final MailOutbox outbox;
    private final CurrentUser currentUser;
    private final AuditLog audit;
    private final String baseUrl;

    NegotiationMailService(
            NegotiationRepository negotiations,
            NegotiationMailRepository recipients,
            MailOutbox outbox,
            CurrentUser currentUser,
            AuditLog audit,
            @Value("${kiroku.base-url:http://localhost:${server.port:8080}/}") String baseUrl) {
        this.negotiations = negotiations;
        this.recipients = recipients;
        this.outbox = outbox;
        this.currentUser = currentUser;
        this.audit = audit;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
    }

    /** The dialog's two tabs: the customer's 担当者 first, then every other active in-house user. */
    @InHouseOnly
    public MailRecipients recipients(long negotiationId) {
        NegotiationDetail record = require(negotiationId);
        long me = currentUser.require().id();
        var all = recipients.recipients(record.customerId());
        var assignees = all.stream().filter(MailRecipient::assignee).toList();
        var others = all.stream().filter(r -> !r.assignee()).toList();
        Set<Long> suggested = assignees.stream()
                .filter(r -> r.reachable() && r.id() != me)
                .map(MailRecipient::id)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        return new MailRecipients(assignees, others, suggested);
    }

    /**
     * Queues one mail per recipient and returns their number. Refused, with nothing queued, when no recipient is
     * given, when one of them is not an active in-house user with an e-mail address, or when the memo is too long.
     */
    @InHouseOnly
    @Transactional
    public int send(long negotiationId, Collection<Long> recipientIds, @Nullable String memo) {
        NegotiationDetail record = require(negotiationId);
        Set<Long> ids = new LinkedHashSet<>(recipientIds);
        var addressees = recipients.addressees(ids);
        new FieldChecks()
                .check("recipients", !ids.isEmpty(), "mail.error.noRecipients")
                .check(
                        "recipients",
                        addressees.size() == ids.size()
                                && addressees.stream().allMatch(NegotiationMailRepository.Addressee::reachable),
                        "mail.error.recipientUnavailable")
                .check("memo", memo == null || memo.length() <= MEMO_MAX, "mail.error.memoTooLong")
                .throwIfAny();

        var me = currentUser.require();
        String link = baseUrl + "negotiations/" + negotiationId;
        Map<Locale, NegotiationMail.Composed> byLanguage = new HashMap<>();
        List<OutgoingMail> mails = addressees.stream()
                .map(to -> {
                    var mail = byLanguage.computeIfAbsent(
                            to.locale(), language -> NegotiationMail.compose(record, memo, me.name(), link, language));
                    return new OutgoingMail(
                            to.id(),
                            Objects.requireNonNull(to.email()),
                            mail.subject(),
                            mail.text(),
                            mail.html(),
                            negotiationId);
                })
                .toList();
        outbox.enqueue(mails, me.id());
        audit.record(
                me.id(),
                "MAIL",
                "negotiation",
                negotiationId,
                "to=" + mails.stream().map(OutgoingMail::recipientEmail).collect(Collectors.joining(","))
                        + (memo == null || memo.isBlank() ? "" : " memo=" + memo));
        return mails.size();
    }

    /** 送信履歴: the mails sent about the record, newest first, with their status. */
    @InHouseOnly
    public List<MailEntry> history(long negotiationId) {
        return outbox.historyOf(negotiationId);
    }

    /** False when no SMTP server is configured: queued mail waits (「SMTP未設定」). */
    @InHouseOnly
    public boolean smtpConfigured() {
        return outbox.smtpConfigured();
    }

    private NegotiationDetail require(long negotiationId) {
        return negotiations
                .detail(negotiationId)
                .orElseThrow(() -> new NoSuchElementException("No record " + negotiationId));
    }
}

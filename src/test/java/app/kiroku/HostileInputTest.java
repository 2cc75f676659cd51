package app.kiroku;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.CUSTOMER_RANK;
import static app.kiroku.db.Tables.DEPARTMENT;
import static app.kiroku.db.Tables.MAIL_OUTBOX;
import static app.kiroku.db.Tables.NEGOTIATION;
import static app.kiroku.db.Tables.PROGRESS_FLAG;
import static app.kiroku.db.Tables.SCHEDULE_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.customer.CustomerDraft;
import app.kiroku.customer.CustomerService;
import app.kiroku.master.MasterAdminService;
import app.kiroku.master.MasterKind;
import app.kiroku.negotiation.NegotiationDraft;
import app.kiroku.negotiation.NegotiationMailService;
import app.kiroku.negotiation.NegotiationService;
import app.kiroku.schedule.EntryDraft;
import app.kiroku.schedule.ScheduleEntryService;
import app.kiroku.shared.text.SearchText;
import app.kiroku.shared.validation.InvalidInputException;
import app.kiroku.user.AccountService;
import app.kiroku.user.UserAdminService;
import app.kiroku.user.UserDraft;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hostile input through every form's service. Each input is either stored and read back exactly as
 * typed (up to the documented normalisations: trimming, kana to full-width katakana, blank to nothing), or refused
 * with {@link InvalidInputException} at that field with no row written and nothing changed; any other exception
 * would be a 5xx and fails the test. Showing it as text (never executed) is the browser's part: CustomerSearchIT.
 */
@KirokuTest
@Transactional
class HostileInputTest {

    static List<Named<String>> corpus() {
        return List.of(
                Named.of("script tag", "<script>alert(1)</script>"),
                Named.of("attribute break-out", "\"><img src=x onerror=alert(1)>"),
                Named.of("SQL drop", "'; DROP TABLE customer; --"),
                Named.of("SQL tautology", "1' OR '1'='1"),
                Named.of("LIKE wildcards and backslashes", "100% _x_ \\ \\\\ \\'"),
                Named.of("template and JNDI lookups", "${jndi:ldap://example.com/a} {{7*7}} #{1+1}"),
                Named.of("half- and full-width kana", "ﾃｽﾄ テスト"),
                Named.of("emoji and surrogate pairs", "😀👨‍👩‍👧‍👦𠮷"),
                Named.of("10,000 ASCII characters", "x".repeat(10_000)),
                Named.of("10,000 kanji", "漢".repeat(10_000)),
                Named.of("10,000 UTF-16 units of emoji", "😀".repeat(5_000)),
                Named.of("100 characters that NFKC expands fourfold", "㍿".repeat(100)),
                Named.of("100 full-width characters (300 bytes)", "パスワード".repeat(20)),
                Named.of("control characters", "\u0000 \u0007 \u001b \u202e"),
                Named.of("NUL inside", "a\u0000b\u0000c-1234567890"),
                Named.of("right-to-left override", "abc\u202Eexe.txt"),
                Named.of("surrounding spaces and newlines", "  \u3000前後 空白\r\n\t "),
                Named.of("only spaces", " \u3000 "));
    }

    @Autowired
    CustomerService customers;

    @Autowired
    NegotiationService negotiations;

    @Autowired
    NegotiationMailService mail;

    @Autowired
    ScheduleEntryService schedule;

    @Autowired
    MasterAdminService masters;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    AccountService account;

    @Autowired
    UserDetailsService users;

    @Autowired
    PasswordEncoder encoder;

    @Autowired
    DSLContext dsl;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    // ---- customers

    @ParameterizedTest
    @MethodSource("corpus")
    void customerCreate(String input) {
        SignIn.as(users, "staff1");
        customerField(
                input,
                "name",
                CustomerDraft::setName,
                d -> customers.detail(d).orElseThrow().name(),
                HostileInputTest::stripped);
        customerField(
                input,
                "kana",
                CustomerDraft::setKana,
                d -> customers.detail(d).orElseThrow().kana(),
                SearchText::toKatakana);
        customerField(
                input,
                "email",
                CustomerDraft::setEmail,
                d -> customers.detail(d).orElseThrow().email(),
                HostileInputTest::blankToNull);
        customerField(
                input,
                "phone",
                CustomerDraft::setPhone,
                d -> customers.detail(d).orElseThrow().phone(),
                HostileInputTest::blankToNull);
        customerField(
                input,
                "postalCode",
                CustomerDraft::setPostalCode,
                d -> customers.detail(d).orElseThrow().postalCode(),
                HostileInputTest::blankToNull);
        customerField(
                input,
                "address",
                CustomerDraft::setAddress,
                d -> customers.detail(d).orElseThrow().address(),
                HostileInputTest::blankToNull);
        customerField(
                input,
                "memo",
                CustomerDraft::setMemo,
                d -> customers.detail(d).orElseThrow().memo(),
                HostileInputTest::blankToNull);
    }

    private void customerField(
            String input,
            String field,
            java.util.function.BiConsumer<CustomerDraft, String> set,
            Function<Long, @Nullable String> readBack,
            Function<String, @Nullable String> expected) {
        CustomerDraft draft = validCustomer();
        set.accept(draft, input);
        storedOrRefused(CUSTOMER, field, () -> readBack.apply(customers.create(draft)), expected.apply(input));
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void customerUpdate(String input) {
        SignIn.as(users, "staff1");
        long id = customers.create(validCustomer());
        for (String field : List.of("name", "kana", "memo", "address")) {
            CustomerDraft draft = validCustomer();
            switch (field) {
                case "name" -> draft.setName(input);
                case "kana" -> draft.setKana(input);
                case "memo" -> draft.setMemo(input);
                default -> draft.setAddress(input);
            }
            var before = customers.detail(id).orElseThrow();
            try {
                customers.update(id, before.version(), draft);
            } catch (InvalidInputException refused) {
                assertThat(refused.messageKeysByField()).containsKey(field);
                assertThat(customers.detail(id).orElseThrow()).as("unchanged").isEqualTo(before);
                continue;
            }
            var after = customers.detail(id).orElseThrow();
            switch (field) {
                case "name" -> assertThat(after.name()).isEqualTo(input.strip());
                case "kana" -> assertThat(after.kana()).isEqualTo(SearchText.toKatakana(input));
                case "memo" -> assertThat(after.memo()).isEqualTo(blankToNull(input));
                default -> assertThat(after.address()).isEqualTo(blankToNull(input));
            }
        }
    }

    // ---- negotiation records and their mail

    @ParameterizedTest
    @MethodSource("corpus")
    void negotiationCreateAndUpdate(String input) {
        SignIn.as(users, "staff1");
        long customerId = customers.create(validCustomer());

        NegotiationDraft report = record(customerId);
        report.setReport(input);
        storedOrRefused(
                NEGOTIATION,
                "report",
                () -> negotiations
                        .detail(negotiations.create(report))
                        .orElseThrow()
                        .report(),
                input);
        NegotiationDraft remarks = record(customerId);
        remarks.setRemarks(input);
        storedOrRefused(
                NEGOTIATION,
                "remarks",
                () -> negotiations
                        .detail(negotiations.create(remarks))
                        .orElseThrow()
                        .remarks(),
                input);

        long id = negotiations.create(record(customerId));
        for (String field : List.of("report", "remarks")) {
            var before = negotiations.detail(id).orElseThrow();
            NegotiationDraft draft = record(customerId);
            if (field.equals("report")) {
                draft.setReport(input);
            } else {
                draft.setRemarks(input);
            }
            try {
                negotiations.update(id, before.version(), draft);
            } catch (InvalidInputException refused) {
                assertThat(refused.messageKeysByField()).containsKey(field);
                assertThat(negotiations.detail(id).orElseThrow())
                        .as("unchanged")
                        .isEqualTo(before);
                continue;
            }
            var after = negotiations.detail(id).orElseThrow();
            assertThat(field.equals("report") ? after.report() : after.remarks())
                    .isEqualTo(input);
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void negotiationMailMemo(String input) {
        SignIn.as(users, "staff1");
        long customerId = customers.create(validCustomer());
        long id = negotiations.create(record(customerId));
        long admin = TestData.userId(dsl, "admin");

        int before = dsl.fetchCount(MAIL_OUTBOX);
        try {
            assertThat(mail.send(id, List.of(admin), input)).isEqualTo(1);
        } catch (InvalidInputException refused) {
            assertThat(refused.messageKeysByField()).containsKey("memo");
            assertThat(dsl.fetchCount(MAIL_OUTBOX)).isEqualTo(before);
            return;
        }
        var queued = dsl.selectFrom(MAIL_OUTBOX)
                .where(MAIL_OUTBOX.NEGOTIATION_ID.eq(id))
                .fetchSingle();
        if (!input.isBlank()) {
            assertThat(queued.getBodyText()).contains(input.strip());
        }
        // in the HTML part every typed character is escaped: no markup from the memo survives
        assertThat(queued.getBodyHtml()).doesNotContain("<script>", "<img ");
    }

    // ---- schedule, masters, users, own password

    @ParameterizedTest
    @MethodSource("corpus")
    void scheduleEntryCreate(String input) {
        SignIn.as(users, "staff1");
        for (String field : List.of("title", "place", "memo")) {
            var draft = new EntryDraft();
            draft.setTitle("打合せ");
            draft.setStartsAt(LocalDateTime.of(2026, 11, 27, 10, 0));
            draft.setEndsAt(LocalDateTime.of(2026, 11, 27, 11, 0));
            switch (field) {
                case "title" -> draft.setTitle(input);
                case "place" -> draft.setPlace(input);
                default -> draft.setMemo(input);
            }
            storedOrRefused(
                    SCHEDULE_ENTRY,
                    field,
                    () -> {
                        var stored = schedule.entry(schedule.create(draft))
                                .orElseThrow()
                                .draft();
                        return switch (field) {
                            case "title" -> stored.getTitle();
                            case "place" -> stored.getPlace();
                            default -> stored.getMemo();
                        };
                    },
                    field.equals("title") ? input.strip() : input);
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void masterAdd(String input) {
        SignIn.as(users, "admin");
        for (MasterKind kind : MasterKind.values()) {
            Table<?> table = switch (kind) {
                case DEPARTMENT -> DEPARTMENT;
                case PROGRESS -> PROGRESS_FLAG;
                case RANK -> CUSTOMER_RANK;
            };
            storedOrRefused(
                    table,
                    "name",
                    () -> {
                        long id = masters.add(kind, input, kind.hasColor() ? "#336699" : null);
                        return masters.list(kind).stream()
                                .filter(m -> m.id() == id)
                                .findFirst()
                                .orElseThrow()
                                .name();
                    },
                    input.strip());
        }
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void userCreate(String input) {
        SignIn.as(users, "admin");
        userField(input, "name", UserDraft::setName, APP_USER.NAME, input.strip());
        userField(input, "kana", UserDraft::setKana, APP_USER.KANA, SearchText.toKatakana(input));
        userField(input, "email", UserDraft::setEmail, APP_USER.EMAIL, blankToNull(input));
        userField(input, "loginId", UserDraft::setLoginId, APP_USER.LOGIN_ID, input.strip());
    }

    private void userField(
            String input,
            String field,
            java.util.function.BiConsumer<UserDraft, String> set,
            org.jooq.TableField<?, String> column,
            @Nullable String expected) {
        var draft = new UserDraft();
        draft.setLoginId("hostile." + field);
        draft.setName("敵対 入力");
        draft.setKana("テキタイ");
        set.accept(draft, input);
        storedOrRefused(
                APP_USER,
                field,
                () -> {
                    long id = userAdmin.create(draft).id();
                    return dsl.select(column)
                            .from(APP_USER)
                            .where(APP_USER.ID.eq(id))
                            .fetchSingle(column);
                },
                expected);
    }

    @ParameterizedTest
    @MethodSource("corpus")
    void changePassword(String input) {
        SignIn.as(users, "staff2");
        String hashBefore = passwordHash("staff2");

        // as the current password: it is wrong, and says so
        try {
            account.changePassword(input, "a-good-new-passphrase-42");
            throw new AssertionError("accepted a wrong current password");
        } catch (InvalidInputException refused) {
            assertThat(refused.messageKeysByField()).containsKey("current");
        }
        assertThat(passwordHash("staff2")).isEqualTo(hashBefore);

        // as the new password: taken (and then it signs in) or refused with the hash unchanged
        try {
            account.changePassword("kiroku-demo", input);
            assertThat(encoder.matches(input, passwordHash("staff2")))
                    .as("the new password signs in")
                    .isTrue();
        } catch (InvalidInputException refused) {
            assertThat(refused.messageKeysByField()).containsKey("password");
            assertThat(passwordHash("staff2")).isEqualTo(hashBefore);
        }
    }

    // ---- helpers

    /** Saves through the service and reads back; or the service refuses at {@code field} and no row was written. */
    private void storedOrRefused(
            Table<?> table, String field, Supplier<@Nullable String> saveAndReadBack, @Nullable String expected) {
        int before = dsl.fetchCount(table);
        String stored;
        try {
            stored = saveAndReadBack.get();
        } catch (InvalidInputException refused) {
            assertThat(refused.messageKeysByField()).as("refused at the field").containsKey(field);
            assertThat(dsl.fetchCount(table)).as("no row written").isEqualTo(before);
            return;
        }
        assertThat(stored).as(field + " read back").isEqualTo(expected);
        assertThat(dsl.fetchCount(table)).isEqualTo(before + 1);
    }

    /** A new record as the form starts it, planned for tomorrow. */
    private NegotiationDraft record(long customerId) {
        NegotiationDraft draft = negotiations.newDraft(customerId);
        draft.setPlannedDate(TestClock.TODAY.plusDays(1));
        return draft;
    }

    private CustomerDraft validCustomer() {
        var draft = new CustomerDraft();
        draft.setName("敵対 入力株式会社");
        draft.setKana("テキタイ ニュウリョク");
        draft.setAssigneeIds(Set.of(TestData.userId(dsl, "staff1")));
        return draft;
    }

    private String passwordHash(String loginId) {
        return dsl.select(APP_USER.PASSWORD_HASH)
                .from(APP_USER)
                .where(APP_USER.LOGIN_ID.eq(loginId))
                .fetchSingle(APP_USER.PASSWORD_HASH);
    }

    private static String stripped(String text) {
        return text.strip();
    }

    private static @Nullable String blankToNull(String text) {
        return text.isBlank() ? null : text.strip();
    }
}

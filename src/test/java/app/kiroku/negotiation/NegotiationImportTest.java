package app.kiroku.negotiation;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.AUDIT_LOG;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.IMPORT_JOB;
import static app.kiroku.db.Tables.NEGOTIATION;
import static app.kiroku.db.Tables.NEGOTIATION_CALENDAR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.SignedInAs;
import app.kiroku.TestClock;
import app.kiroku.TestData;
import app.kiroku.customer.CustomerDraft;
import app.kiroku.customer.CustomerService;
import app.kiroku.importing.CheckReport;
import app.kiroku.importing.ImportFile;
import app.kiroku.importing.ImportJob;
import app.kiroku.importing.ImportService;
import app.kiroku.importing.ImportStatus;
import app.kiroku.shared.importing.Duplicates;
import app.kiroku.shared.importing.ImportSettings;
import app.kiroku.shared.importing.RowOutcome;
import app.kiroku.shared.importing.RowProblem;
import app.kiroku.shared.importing.RowResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** 商談記録 through the whole import, on the database: nothing here runs in a test transaction, so all is removed. */
@KirokuTest
@SignedInAs("admin")
class NegotiationImportTest {

    static final Charset SHIFT_JIS = Charset.forName("windows-31j");
    static final LocalDate TODAY = TestClock.TODAY;

    @Autowired
    ImportService imports;

    @Autowired
    CustomerService customers;

    @Autowired
    NegotiationService negotiations;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext dsl;

    @TempDir
    Path folder;

    private final List<Long> customerIds = new ArrayList<>();
    private final List<Long> jobIds = new ArrayList<>();
    private long trading;
    private long sameNameTokyo;
    private long sameNameOsaka;
    private long single;

    @BeforeEach
    void customers() {
        trading = customer(
                "T-IMP-001", "取込試験 商事", "トリコミシケン\u3000ショウジ", "03-1111-2222", Set.of(TestData.userId(dsl, "staff2")));
        sameNameTokyo = customer(null, "取込試験 同名", "トリコミシケン\u3000ドウメイ", "03-3333-4444", Set.of());
        sameNameOsaka = customer(null, "取込試験 同名", "トリコミシケン\u3000ドウメイ", "06-5555-6666", Set.of());
        single = customer(null, "取込試験 単独", "トリコミシケン\u3000タンドク", null, Set.of());
    }

    @AfterEach
    void removeEverything() {
        SignIn.out();
        List<Long> records = dsl.select(NEGOTIATION.ID)
                .from(NEGOTIATION)
                .where(NEGOTIATION.CUSTOMER_ID.in(customerIds))
                .fetch(NEGOTIATION.ID);
        dsl.deleteFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY_TYPE.eq("negotiation").and(AUDIT_LOG.ENTITY_ID.in(records)))
                .execute();
        dsl.deleteFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY_TYPE.eq("customer").and(AUDIT_LOG.ENTITY_ID.in(customerIds)))
                .execute();
        dsl.deleteFrom(AUDIT_LOG)
                .where(AUDIT_LOG.ENTITY_TYPE.eq("import_job").and(AUDIT_LOG.ENTITY_ID.in(jobIds)))
                .execute();
        dsl.deleteFrom(NEGOTIATION).where(NEGOTIATION.ID.in(records)).execute();
        dsl.deleteFrom(IMPORT_JOB).where(IMPORT_JOB.ID.in(jobIds)).execute();
        TestData.deleteSearchKeys(dsl, customerIds);
        dsl.deleteFrom(CUSTOMER).where(CUSTOMER.ID.in(customerIds)).execute();
        dsl.update(APP_USER)
                .set(APP_USER.MAY_IMPORT, false)
                .where(APP_USER.LOGIN_ID.eq("staff1"))
                .execute();
    }

    @Test
    void aShiftJisFileFindsItsCustomersHandlersAndMastersAndKeepsTheDerivedColumnsAndTheCalendar() throws Exception {
        ImportFile file = file(
                "records.csv",
                SHIFT_JIS,
                "顧客コード,顧客名,TEL,予定日,予定時刻,対応日,対応時刻,担当者,進捗,ランク,部署,内容,備考",
                "T-IMP-001,,,,,令和8年11月20日,10:00,staff1,見積提出,,,外壁塗装の見積り①,",
                "t-imp-001,,,R8.12.10,14:30,,,STAFF1,,A,工事部,次回は現地調査,髙﨑様同席",
                "T-IMP-001,,,,,11/25/26,9:15:00,佐藤健一,提案中,,,浴室の提案,",
                ",取込試験 同名,06-5555-6666,2026/12/03,13:00,,,鈴木 美咲,,,,,",
                ",取込試験 単独,,,,平成31年4月30日,,admin,初回訪問,,,平成最後の訪問,",
                ",取込試験 同名,,2026/12/04,,,,staff1,,,,,",
                "NOPE-999,,,2026/12/05,,,,staff1,,,,,",
                ",取込試験 同名,090-0000-0000,2026/12/05,,,,staff1,,,,,",
                ",取込試験 不在,,2026/12/05,,,,staff1,,,,,",
                ",,,2026/12/05,,,,staff1,,,,,",
                ",取込試験 単独,,2026/02/30,25:00,,,partner1,廃止の進捗,Z,,,",
                ",取込試験 単独,,,,,,staff1,,,,日付なし,");
        assertThat(file.format()).isEqualTo("CSV Shift_JIS");
        ImportSettings settings = settings(file, Duplicates.SKIP);

        CheckReport dryRun = check(file, settings);
        assertThat(dryRun.count(RowOutcome.CREATED)).isEqualTo(5);
        assertThat(dryRun.count(RowOutcome.REFUSED)).isEqualTo(7);
        assertThat(problems(dryRun.problems()))
                .containsExactly(
                        "7|顧客名|import.error.customerAmbiguous",
                        "8|顧客コード|import.error.customerCode",
                        "9|TEL|import.error.customerPhone",
                        "10|顧客名|import.error.customerNotFound",
                        "11||import.error.customerMissing",
                        "12|予定日|import.error.date",
                        "12|予定時刻|import.error.time",
                        "12|担当者|import.error.handler",
                        "12|進捗|import.error.progress",
                        "12|ランク|import.error.rank",
                        "12|予定日|negotiation.error.dateRequired",
                        "13|予定日|negotiation.error.dateRequired");
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            assertThat(dryRun.problems())
                    .allSatisfy(
                            p -> assertThat(ImportService.message(p, locale)).isNotBlank());
        }
        assertThat(ImportService.message(dryRun.problems().getFirst(), Locale.JAPANESE))
                .isEqualTo("顧客名「取込試験 同名」の顧客が複数あります。顧客コードか電話番号で指定してください。");
        RowResult first = dryRun.preview().getFirst();
        assertThat(first.stored())
                .containsExactly(
                        "T-IMP-001",
                        "取込試験 商事",
                        null,
                        null,
                        "2026/11/20",
                        "10:00",
                        "佐藤 健一",
                        "見積提出",
                        null,
                        "営業一課",
                        "外壁塗装の見積り①",
                        null);
        assertThat(count(NEGOTIATION, NEGOTIATION.CUSTOMER_ID.in(customerIds)))
                .as("a dry run writes nothing")
                .isZero();

        ImportJob job = run(file, settings);
        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.created()).isEqualTo(5);
        assertThat(job.refused()).isEqualTo(7);

        var tradingRecords = records(trading);
        assertThat(tradingRecords)
                .extracting(r -> r.get(NEGOTIATION.SHOWN_DATE))
                .containsExactly(LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 25), LocalDate.of(2026, 12, 10));
        var planned = tradingRecords.get(2);
        assertThat(planned.get(NEGOTIATION.PLANNED_TIME)).isEqualTo(LocalTime.of(14, 30));
        assertThat(planned.get(NEGOTIATION.DONE_DATE)).isNull();
        assertThat(planned.get(NEGOTIATION.DEPARTMENT_ID)).isEqualTo(TestData.department(dsl, "工事部"));
        assertThat(planned.get(NEGOTIATION.REMARKS)).isEqualTo("髙﨑様同席");
        assertThat(tradingRecords.get(1).get(NEGOTIATION.SHOWN_TIME)).isEqualTo(LocalTime.of(9, 15));
        assertThat(records(sameNameOsaka)).singleElement().satisfies(r -> {
            assertThat(r.get(NEGOTIATION.HANDLER_ID)).isEqualTo(TestData.userId(dsl, "staff2"));
            assertThat(r.get(NEGOTIATION.DEPARTMENT_ID))
                    .as("the handler's")
                    .isEqualTo(TestData.department(dsl, "営業二課"));
        });
        assertThat(records(sameNameTokyo)).isEmpty();
        assertThat(records(single))
                .singleElement()
                .satisfies(r -> assertThat(r.get(NEGOTIATION.DONE_DATE)).isEqualTo(LocalDate.of(2019, 4, 30)));

        var derived = dsl.selectFrom(CUSTOMER).where(CUSTOMER.ID.eq(trading)).fetchSingle();
        assertThat(derived.getCurrentProgressId()).as("the newest 対応日's").isEqualTo(TestData.flag(dsl, "提案中"));
        assertThat(derived.getNextContactDate()).isEqualTo(LocalDate.of(2026, 12, 10));
        assertThat(dsl.select(CUSTOMER.NEXT_CONTACT_DATE)
                        .from(CUSTOMER)
                        .where(CUSTOMER.ID.eq(sameNameOsaka))
                        .fetchSingle(CUSTOMER.NEXT_CONTACT_DATE))
                .isEqualTo(LocalDate.of(2026, 12, 3));

        long plannedId = planned.get(NEGOTIATION.ID);
        assertThat(dsl.select(NEGOTIATION_CALENDAR.USER_ID)
                        .from(NEGOTIATION_CALENDAR)
                        .where(NEGOTIATION_CALENDAR.NEGOTIATION_ID.eq(plannedId))
                        .and(NEGOTIATION_CALENDAR.SHOWN_DATE.eq(LocalDate.of(2026, 12, 10)))
                        .fetch(NEGOTIATION_CALENDAR.USER_ID))
                .as("the handler's and the 担当者's calendars")
                .containsExactlyInAnyOrder(TestData.userId(dsl, "staff1"), TestData.userId(dsl, "staff2"));
        assertThat(count(
                        NEGOTIATION_CALENDAR,
                        NEGOTIATION_CALENDAR
                                .NEGOTIATION_ID
                                .in(ids(tradingRecords))
                                .and(NEGOTIATION_CALENDAR.CUSTOMER_NAME.eq("取込試験 商事"))))
                .isEqualTo(6);
        assertThat(count(
                        AUDIT_LOG,
                        AUDIT_LOG
                                .ENTITY_TYPE
                                .eq("negotiation")
                                .and(AUDIT_LOG.ACTION.eq("IMPORT"))
                                .and(AUDIT_LOG.ENTITY_ID.in(ids(tradingRecords)))))
                .isEqualTo(3);
    }

    @Test
    void everyLabelOfTheTargetIsTranslated() {
        var target = imports.targets().stream()
                .filter(t -> t.id().equals("negotiation"))
                .findFirst()
                .orElseThrow();
        List<String> keys = new ArrayList<>(List.of(target.labelKey()));
        target.fields().forEach(f -> keys.add(f.labelKey()));
        target.matchKeys().forEach(k -> keys.add(k.labelKey()));
        keys.addAll(target.storedColumns());
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            var bundle = app.kiroku.shared.i18n.KirokuI18nProvider.bundle(locale);
            assertThat(keys)
                    .allSatisfy(
                            key -> assertThat(bundle.containsKey(key)).as(key).isTrue());
        }
    }

    @Test
    void aRowRepeatingAnEarlierRowOrAStoredRecordIsSkippedOrCreatedAsChosen() throws Exception {
        String[] lines = {
            "顧客コード,対応日,対応時刻,商談対応者,内容／日報",
            "T-IMP-001,2026/11/20,10:00,staff1,外壁の相談",
            "T-IMP-001,2026-11-20,10:00:00,佐藤 健一,外壁の　相談",
            "T-IMP-001,2026/11/20,10:00,staff1,屋根の相談",
            "T-IMP-001,2026/11/20,11:00,staff1,外壁の相談"
        };
        ImportFile file = file("twice.csv", StandardCharsets.UTF_8, lines);

        CheckReport dryRun = check(file, settings(file, Duplicates.SKIP));
        assertThat(dryRun.preview())
                .extracting(RowResult::outcome)
                .containsExactly(RowOutcome.CREATED, RowOutcome.SKIPPED, RowOutcome.CREATED, RowOutcome.CREATED);
        assertThat(dryRun.preview().get(1).sameAsLine()).isEqualTo(2);

        ImportJob firstRun = run(file, settings(file, Duplicates.SKIP));
        assertThat(firstRun.created()).isEqualTo(3);
        assertThat(firstRun.skipped()).isEqualTo(1);

        ImportFile again = file("twice-again.csv", StandardCharsets.UTF_8, lines);
        ImportJob secondRun = run(again, settings(again, Duplicates.SKIP));
        assertThat(secondRun.created()).as("every row is stored already").isZero();
        assertThat(secondRun.skipped()).isEqualTo(4);

        ImportFile anyway = file("twice-anyway.csv", StandardCharsets.UTF_8, lines);
        assertThat(imports.targets().stream()
                        .filter(t -> t.id().equals("negotiation"))
                        .findFirst()
                        .orElseThrow()
                        .duplicateChoices())
                .containsExactly(Duplicates.SKIP, Duplicates.CREATE);
        ImportJob thirdRun = run(anyway, settings(anyway, Duplicates.CREATE));
        assertThat(thirdRun.created()).isEqualTo(4);
        assertThat(records(trading)).hasSize(7);
    }

    @Test
    void aFileOfSeveralBatchesIsWrittenWholeAndRemembersItsRowsAcrossThem() throws Exception {
        List<String> lines = new ArrayList<>(List.of("顧客コード,対応日,対応時刻,商談対応者,内容／日報"));
        LocalDate first = LocalDate.of(2020, 1, 1);
        for (int i = 0; i < 1200; i++) {
            lines.add("T-IMP-001," + first.plusDays(i) + ",10:00,staff1,一括 " + i);
        }
        lines.add(lines.get(1));
        ImportFile file = file("batches.csv", SHIFT_JIS, lines.toArray(String[]::new));

        ImportJob job = run(file, settings(file, Duplicates.SKIP));

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(job.rowsDone()).isEqualTo(1202);
        assertThat(job.created()).isEqualTo(1200);
        assertThat(job.skipped()).isOne();
        assertThat(records(trading)).hasSize(1200);
        assertThat(count(NEGOTIATION_CALENDAR, NEGOTIATION_CALENDAR.NEGOTIATION_ID.in(ids(records(trading)))))
                .as("the handler's and the 担当者's")
                .isEqualTo(2400);
    }

    @Test
    void kirokusOwnExportImportsAgainWithoutMappingAndCreatesNothing() throws Exception {
        create(trading, null, TODAY.minusDays(3), LocalTime.of(10, 0), "staff1", "-10%の値引きを提示\n次回は契約", "=再訪");
        create(sameNameOsaka, TODAY.plusDays(2), null, LocalTime.of(15, 30), "staff2", "ご提案, 2案", null);
        create(single, TODAY.plusDays(9), null, null, "admin", null, null);
        for (Locale locale : List.of(Locale.JAPANESE, Locale.ENGLISH)) {
            var export = new ByteArrayOutputStream();
            // the Japanese export as Shift_JIS, the English one as UTF-8: both come back
            var encoding = locale.equals(Locale.JAPANESE)
                    ? app.kiroku.shared.text.CsvWriter.Encoding.SHIFT_JIS
                    : app.kiroku.shared.text.CsvWriter.Encoding.UTF8;
            negotiations.exportCsv(NegotiationFilter.keyword("取込試験"), List.of(), locale, encoding, export);
            Path path = folder.resolve("export-" + locale + ".csv");
            Files.write(path, export.toByteArray());
            ImportFile file = imports.open(path, "records.csv");

            var mapping = imports.guess("negotiation", file.headers());
            assertThat(mapping.columns().keySet())
                    .as(locale.toString())
                    .containsExactlyInAnyOrder(
                            "customerCode",
                            "customerName",
                            "customerPhone",
                            "date",
                            "time",
                            "state",
                            "handler",
                            "progress",
                            "rank",
                            "department",
                            "report",
                            "remarks");
            ImportJob job = run(file, new ImportSettings(file.headers(), mapping, "record", Duplicates.SKIP));
            assertThat(job.refused()).as(locale.toString()).isZero();
            assertThat(job.skipped()).isEqualTo(3);
            assertThat(job.created()).isZero();
        }
        assertThat(count(NEGOTIATION, NEGOTIATION.CUSTOMER_ID.in(customerIds))).isEqualTo(3);
    }

    @Test
    void excelDateAndTimeCellsAreReadAsExcelShowsThem() throws Exception {
        Path path = folder.resolve("records.xlsx");
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
                var out = Files.newOutputStream(path)) {
            var sheet = workbook.createSheet();
            var header = sheet.createRow(0);
            List.of("顧客コード", "対応日", "対応時刻", "商談対応者")
                    .forEach(h ->
                            header.createCell(header.getPhysicalNumberOfCells()).setCellValue(h));
            var date = workbook.createCellStyle();
            date.setDataFormat((short) 14);
            var time = workbook.createCellStyle();
            time.setDataFormat((short) 20);
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("T-IMP-001");
            row.createCell(1).setCellValue(LocalDate.of(2026, 11, 24));
            row.getCell(1).setCellStyle(date);
            row.createCell(2).setCellValue(java.time.LocalDateTime.of(1900, 1, 1, 16, 45));
            row.getCell(2).setCellStyle(time);
            row.createCell(3).setCellValue("staff1");
            workbook.write(out);
        }
        ImportFile file = imports.open(path, "records.xlsx");

        CheckReport dryRun = check(file, settings(file, Duplicates.SKIP));

        assertThat(dryRun.problems()).isEmpty();
        assertThat(dryRun.preview().getFirst().stored()).containsSubsequence("2026/11/24", "16:45");
    }

    @Test
    void aStaffUserWithoutPermissionAndAPartnerAreRefused() throws Exception {
        ImportFile file = file("refused.csv", StandardCharsets.UTF_8, "顧客コード,対応日,商談対応者", "T-IMP-001,2026/11/20,staff1");
        ImportSettings settings = settings(file, Duplicates.SKIP);
        for (String login : List.of("staff1", "partner1")) {
            SignIn.as(users, login);
            assertThatThrownBy(() -> imports.targets()).as(login).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.check(file, "negotiation", settings, line -> {}))
                    .as(login)
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> imports.start(file, "negotiation", settings))
                    .as(login)
                    .isInstanceOf(AccessDeniedException.class);
        }
        dsl.update(APP_USER)
                .set(APP_USER.MAY_IMPORT, true)
                .where(APP_USER.LOGIN_ID.eq("staff1"))
                .execute();
        SignIn.as(users, "staff1");
        assertThat(check(file, settings).count(RowOutcome.CREATED))
                .as("once an admin allowed it")
                .isOne();
        assertThat(records(trading)).isEmpty();
    }

    private long customer(
            @Nullable String code, String name, String kana, @Nullable String phone, Set<Long> assignees) {
        var draft = new CustomerDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setKana(kana);
        draft.setPhone(phone);
        draft.setAssigneeIds(assignees);
        long id = customers.create(draft);
        customerIds.add(id);
        return id;
    }

    private void create(
            long customer,
            @Nullable LocalDate planned,
            @Nullable LocalDate done,
            @Nullable LocalTime time,
            String handler,
            @Nullable String report,
            @Nullable String remarks) {
        var draft = negotiations.newDraft(customer);
        draft.setHandlerId(TestData.userId(dsl, handler));
        draft.setPlannedDate(planned);
        draft.setPlannedTime(planned == null ? null : time);
        draft.setDoneDate(done);
        draft.setDoneTime(done == null ? null : time);
        draft.setReport(report);
        draft.setRemarks(remarks);
        negotiations.create(draft);
    }

    private ImportFile file(String name, Charset charset, String... lines) throws Exception {
        Path path = folder.resolve(name);
        Files.write(path, (String.join("\r\n", lines) + "\r\n").getBytes(charset));
        return imports.open(path, name);
    }

    private ImportSettings settings(ImportFile file, Duplicates duplicates) {
        return new ImportSettings(file.headers(), imports.guess("negotiation", file.headers()), "record", duplicates);
    }

    private CheckReport check(ImportFile file, ImportSettings settings) throws Exception {
        return imports.check(file, "negotiation", settings, line -> {}).get(60, TimeUnit.SECONDS);
    }

    private ImportJob run(ImportFile file, ImportSettings settings) throws Exception {
        long id = imports.start(file, "negotiation", settings);
        jobIds.add(id);
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        ImportJob job = imports.job(id).orElseThrow();
        while (job.status().open() && System.nanoTime() < until) {
            Thread.sleep(50);
            job = imports.job(id).orElseThrow();
        }
        return job;
    }

    private static List<String> problems(List<RowProblem> problems) {
        return problems.stream()
                .map(p -> p.line() + "|" + p.column() + "|" + p.messageKey())
                .toList();
    }

    private List<app.kiroku.db.tables.records.NegotiationRecord> records(long customer) {
        return dsl.selectFrom(NEGOTIATION)
                .where(NEGOTIATION.CUSTOMER_ID.eq(customer))
                .orderBy(NEGOTIATION.SHOWN_DATE, NEGOTIATION.ID)
                .fetch();
    }

    private static List<Long> ids(List<app.kiroku.db.tables.records.NegotiationRecord> records) {
        return records.stream()
                .map(app.kiroku.db.tables.records.NegotiationRecord::getId)
                .toList();
    }

    private int count(org.jooq.Table<?> table, org.jooq.Condition where) {
        return dsl.fetchCount(table, where);
    }
}

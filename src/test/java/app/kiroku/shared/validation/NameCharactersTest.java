package app.kiroku.shared.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameCharactersTest {

    @ParameterizedTest
    @ValueSource(
            ints = {
                0x00, 0x07, 0x09, 0x0A, 0x0D, 0x1B, 0x1F, 0x7F, 0x80, 0x85, 0x9F, 0x061C, 0x200E, 0x200F, 0x202A,
                0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x2028, 0x2029
            })
    void controlAndBidiCharactersInsideANameAreRefused(int codePoint) {
        String name = "山田" + Character.toString(codePoint) + "商事";
        assertThat(NameCharacters.check(name)).isEqualTo(NameCharacters.MESSAGE_KEY);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "山田 花子",
                "ヤマダ\u3000ハナコ",
                "𠮷田",
                "👨\u200D👩\u200D👧",
                "ﾔﾏﾀﾞ",
                "O'Brien & Co.",
                "株式会社\u00A0山田",
                "  前後の空白は数えない\t\r\n",
                ""
            })
    void ordinaryNamesPass(String name) {
        assertThat(NameCharacters.check(name)).isEmpty();
    }
}

package app.kiroku.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsKanaWidthAndCase() {
        assertThat(SearchText.normalize("やまだ")).isEqualTo("ヤマダ");
        assertThat(SearchText.normalize("ﾔﾏﾀﾞ")).isEqualTo("ヤマダ");
        assertThat(SearchText.normalize("ヤマダ")).isEqualTo("ヤマダ");
        assertThat(SearchText.normalize("ＡＢＣ")).isEqualTo("abc");
        assertThat(SearchText.normalize("山田　太郎")).isEqualTo("山田太郎");
    }

    @Test
    void storesKanaAsFullWidthKatakana() {
        assertThat(SearchText.toKatakana("やまだ たろう")).isEqualTo("ヤマダ\u3000タロウ");
        assertThat(SearchText.toKatakana("ｻﾄｳ  ｹﾝｲﾁ")).isEqualTo("サトウ\u3000ケンイチ");
    }

    @Test
    void keepsOnlyDigitsOfPhoneNumbers() {
        assertThat(SearchText.digits("03-1234-5678")).isEqualTo("0312345678");
        assertThat(SearchText.digits("０３（１２３４）５６７８")).isEqualTo("0312345678");
        assertThat(SearchText.digits(null)).isEmpty();
    }
}

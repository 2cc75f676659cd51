package app.kiroku.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserMenuTest {

    @Test
    void theAvatarShowsTheFirstCharacterOfTheName() {
        assertThat(UserMenu.initial("山田 花子")).isEqualTo("山");
        assertThat(UserMenu.initial("Taro Yamada")).isEqualTo("T");
    }

    @Test
    void aCharacterOutsideTheBasicPlaneIsNotCutInHalf() {
        assertThat(UserMenu.initial("𠮷田 太郎")).isEqualTo("𠮷").hasSize(2);
        assertThat(UserMenu.initial("𠮷")).isEqualTo("𠮷");
    }

    @Test
    void combiningMarksAndEmojiSequencesStayWithTheirCharacter() {
        assertThat(UserMenu.initial("か\u3099とう")).isEqualTo("か\u3099");
        assertThat(UserMenu.initial("👩\u200D💻 開発")).isEqualTo("👩\u200D💻");
    }

    @Test
    void leadingSpaceAndAnEmptyNameGiveNoBrokenInitial() {
        assertThat(UserMenu.initial("  鈴木")).isEqualTo("鈴");
        assertThat(UserMenu.initial("")).isEmpty();
    }
}

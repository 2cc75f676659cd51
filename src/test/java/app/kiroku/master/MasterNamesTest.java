package app.kiroku.master;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class MasterNamesTest {

    private final MasterNames names = new MasterNames(List.of(
            new MasterItem(1, "見積提出", 10, true, null, 0),
            new MasterItem(2, "旧 進捗", 20, false, null, 0),
            new MasterItem(3, "Ａランク", 30, true, null, 0)));

    @Test
    void activeValuesAreFoundByNameWhateverTheirWidthsAndSpaces() {
        assertThat(names.active("見積提出")).map(MasterItem::id).contains(1L);
        assertThat(names.active(" Aランク")).map(MasterItem::id).contains(3L);
        assertThat(names.active(3)).map(MasterItem::name).contains("Ａランク");
    }

    @Test
    void retiredAndUnknownValuesAreNotFound() {
        assertThat(names.active("旧 進捗")).isEmpty();
        assertThat(names.active(2)).isEmpty();
        assertThat(names.active("契約")).isEmpty();
    }
}

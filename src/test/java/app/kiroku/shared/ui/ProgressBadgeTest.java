package app.kiroku.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressBadgeTest {

    @Test
    void aHexColourBecomesTheDotsColour() {
        assertThat(ProgressBadge.colorStyle("#1e88e5")).isEqualTo("--progress-color:#1e88e5");
        assertThat(ProgressBadge.colorStyle("#FA0")).isEqualTo("--progress-color:#FA0");
        assertThat(ProgressBadge.colorStyle("#1e88e580")).isEqualTo("--progress-color:#1e88e580");
    }

    @Test
    void anythingElseIsLeftOutOfTheStyle() {
        assertThat(ProgressBadge.colorStyle(null)).isEmpty();
        assertThat(ProgressBadge.colorStyle("red")).isEmpty();
        assertThat(ProgressBadge.colorStyle("#fff;background:url(https://x.invalid/a)"))
                .isEmpty();
        assertThat(ProgressBadge.colorStyle("#12")).isEmpty();
        assertThat(ProgressBadge.colorStyle("#12345")).isEmpty();
        assertThat(ProgressBadge.colorStyle("#1234567")).isEmpty();
    }
}

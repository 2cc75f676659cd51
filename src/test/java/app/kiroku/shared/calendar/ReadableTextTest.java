package app.kiroku.shared.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReadableTextTest {

    @Test
    void theTextOnAnyBackgroundReachesFourAndAHalfToOne() {
        for (int rgb = 0; rgb <= 0xffffff; rgb += 0x010307) {
            String background = String.format("#%06x", rgb);
            String text = ReadableText.on(background);
            assertThat(ReadableText.contrast(background, text)).as(background).isGreaterThanOrEqualTo(4.5);
        }
    }

    @Test
    void lightColoursGetBlackTextAndDarkOnesWhite() {
        assertThat(ReadableText.on("#fffde7")).isEqualTo(ReadableText.BLACK);
        assertThat(ReadableText.on("#ff0")).isEqualTo(ReadableText.BLACK);
        assertThat(ReadableText.on("#1a237e")).isEqualTo(ReadableText.WHITE);
        // white on this blue is 3.7:1, black 5.7:1
        assertThat(ReadableText.on("#1e88e5")).isEqualTo(ReadableText.BLACK);
    }

    @Test
    void theFormulaGivesWcagsKnownRatios() {
        assertThat(ReadableText.contrast("#000000", "#ffffff")).isEqualTo(21.0);
        assertThat(ReadableText.contrast("#777777", "#ffffff")).isBetween(4.47, 4.49);
    }

    @Test
    void anythingButAHexColourGetsNoTextColour() {
        assertThat(ReadableText.on(null)).isNull();
        assertThat(ReadableText.on("red")).isNull();
        assertThat(ReadableText.on("#12345")).isNull();
        assertThat(ReadableText.on("#1e88e5;background:url(x)")).isNull();
    }
}

package app.kiroku.shared;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.shared.ui.Formats;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

    @Test
    void datesReadAsUsersKnowThem() {
        assertThat(Formats.date(LocalDate.of(2026, 11, 26), Locale.JAPANESE)).isEqualTo("2026/11/26 (木)");
        assertThat(Formats.date(LocalDate.of(2026, 11, 26), Locale.ENGLISH)).isEqualTo("2026/11/26 (Thu)");
        assertThat(Formats.time(LocalTime.of(9, 5))).isEqualTo("09:05");
        assertThat(Formats.dateTime(LocalDateTime.of(2026, 1, 4, 14, 30), Locale.JAPANESE))
                .isEqualTo("2026/01/04 (日) 14:30");
        assertThat(Formats.date(null, Locale.JAPANESE)).isEmpty();
    }
}

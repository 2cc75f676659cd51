package app.kiroku.shared.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JapaneseDatesTest {

    private static final LocalDate APRIL_FIRST = LocalDate.of(2025, 4, 1);

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025/04/01",
                "2025-04-01",
                "2025/4/1",
                "2025-4-1",
                "2025.4.1",
                "2025年4月1日",
                "２０２５／０４／０１",
                " 2025/04/01 ",
                "4/1/25",
                "04/01/2025",
                "R7.4.1",
                "R07.04.01",
                "r7/4/1",
                "Ｒ７．４．１",
                "令和7年4月1日",
                "令和07年04月01日",
                "令和 7年 4月 1日",
                "㋿7年4月1日",
                "R7-4-1"
            })
    void everyUsualFormOfTheFirstOfAprilIsRead(String text) {
        assertThat(JapaneseDates.parseDate(text)).as(text).contains(APRIL_FIRST);
    }

    @Test
    void eachEraIsReadByNameAndByLetter() {
        assertThat(JapaneseDates.parseDate("平成31年4月30日")).contains(LocalDate.of(2019, 4, 30));
        assertThat(JapaneseDates.parseDate("H31.4.30")).contains(LocalDate.of(2019, 4, 30));
        assertThat(JapaneseDates.parseDate("令和元年5月1日")).contains(LocalDate.of(2019, 5, 1));
        assertThat(JapaneseDates.parseDate("R1.5.1")).contains(LocalDate.of(2019, 5, 1));
        assertThat(JapaneseDates.parseDate("昭和64年1月7日")).contains(LocalDate.of(1989, 1, 7));
        assertThat(JapaneseDates.parseDate("S50.10.10")).contains(LocalDate.of(1975, 10, 10));
        assertThat(JapaneseDates.parseDate("大正15年12月24日")).contains(LocalDate.of(1926, 12, 24));
        assertThat(JapaneseDates.parseDate("T1.8.1")).contains(LocalDate.of(1912, 8, 1));
        assertThat(JapaneseDates.parseDate("明治45年7月29日")).contains(LocalDate.of(1912, 7, 29));
        assertThat(JapaneseDates.parseDate("M45.7.29")).contains(LocalDate.of(1912, 7, 29));
        assertThat(JapaneseDates.parseDate("㍻31年4月30日")).contains(LocalDate.of(2019, 4, 30));
    }

    @Test
    void excelsTwoDigitYearsFollowExcel() {
        assertThat(JapaneseDates.parseDate("12/31/29")).contains(LocalDate.of(2029, 12, 31));
        assertThat(JapaneseDates.parseDate("1/1/30")).contains(LocalDate.of(1930, 1, 1));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "  ",
                "2025/02/30",
                "2025/13/01",
                "平成31年5月1日",
                "平成32年1月1日",
                "令和0年1月1日",
                "R7.2.29",
                "X7.4.1",
                "2025/04",
                "明日",
                "25/4/1",
                "2025/04/01 10:00",
                "13/1/25"
            })
    void whatIsNoDateIsRefused(String text) {
        assertThat(JapaneseDates.parseDate(text)).as(text).isEmpty();
    }

    @Test
    void timesWithAndWithoutSeconds() {
        assertThat(JapaneseDates.parseTime("9:05")).contains(LocalTime.of(9, 5));
        assertThat(JapaneseDates.parseTime("09:05")).contains(LocalTime.of(9, 5));
        assertThat(JapaneseDates.parseTime("14:30:15")).contains(LocalTime.of(14, 30, 15));
        assertThat(JapaneseDates.parseTime("１４：３０")).contains(LocalTime.of(14, 30));
        assertThat(JapaneseDates.parseTime("14時30分")).contains(LocalTime.of(14, 30));
        assertThat(JapaneseDates.parseTime("0:00")).contains(LocalTime.MIDNIGHT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "24:00", "9:60", "9", "9:5", "午後3時", "12:00:61", "10:00 AM"})
    void whatIsNoTimeIsRefused(String text) {
        assertThat(JapaneseDates.parseTime(text)).as(text).isEmpty();
    }
}

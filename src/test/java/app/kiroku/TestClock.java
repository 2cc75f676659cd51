package app.kiroku;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Tests run on Thursday 2026-11-26, 10:00 in Tokyo, whatever the real date. */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

    public static final ZoneId ZONE = ZoneId.of("Asia/Tokyo");
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    @Bean
    @Primary
    Clock testClock() {
        return Clock.fixed(TODAY.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
    }
}

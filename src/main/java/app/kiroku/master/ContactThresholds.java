package app.kiroku.master;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;

/**
 * The administrator's thresholds for customers left alone: a last contact at most {@code recentDays} ago is
 * {@link ContactBand#RECENT}, at most {@code staleDays} ago {@link ContactBand#AGING}, anything older
 * {@link ContactBand#STALE}. Saving names the {@code version} that was read.
 */
public record ContactThresholds(int recentDays, int staleDays, int version) {

    public static final int MAX_DAYS = 3650;

    public ContactThresholds {
        if (recentDays < 0 || staleDays <= recentDays || staleDays > MAX_DAYS) {
            throw new IllegalArgumentException("thresholds must rise: " + recentDays + ", " + staleDays);
        }
    }

    /** The band of a customer last contacted on {@code lastContact} ({@code null}: never). */
    public ContactBand band(@Nullable LocalDate lastContact, LocalDate today) {
        if (lastContact == null) {
            return ContactBand.NEVER;
        }
        long days = ChronoUnit.DAYS.between(lastContact, today);
        if (days <= recentDays) {
            return ContactBand.RECENT;
        }
        return days <= staleDays ? ContactBand.AGING : ContactBand.STALE;
    }

    /** The first day count of a band (0 for recent), or {@code null} for never contacted. */
    public @Nullable Integer fromDays(ContactBand band) {
        return switch (band) {
            case RECENT -> 0;
            case AGING -> recentDays + 1;
            case STALE -> staleDays + 1;
            case NEVER -> null;
        };
    }

    /** The last day count of a band, {@code null} when it is open-ended or never contacted. */
    public @Nullable Integer toDays(ContactBand band) {
        return switch (band) {
            case RECENT -> recentDays;
            case AGING -> staleDays;
            case STALE, NEVER -> null;
        };
    }
}

package app.kiroku.schedule;

import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** A plain schedule entry (予定) as its form edits it. */
public class EntryDraft {

    private String title = "";
    private @Nullable LocalDateTime startsAt;
    private @Nullable LocalDateTime endsAt;
    private boolean allDay;
    private @Nullable String place;
    private @Nullable String memo;
    private Set<Long> participantIds = new LinkedHashSet<>();

    public String getTitle() {
        return title;
    }

    public void setTitle(@Nullable String title) {
        this.title = title == null ? "" : title;
    }

    public @Nullable LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(@Nullable LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public @Nullable LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(@Nullable LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public boolean isAllDay() {
        return allDay;
    }

    public void setAllDay(boolean allDay) {
        this.allDay = allDay;
    }

    public @Nullable String getPlace() {
        return place;
    }

    public void setPlace(@Nullable String place) {
        this.place = place;
    }

    public @Nullable String getMemo() {
        return memo;
    }

    public void setMemo(@Nullable String memo) {
        this.memo = memo;
    }

    public Set<Long> getParticipantIds() {
        return participantIds;
    }

    public void setParticipantIds(@Nullable Set<Long> participantIds) {
        this.participantIds = participantIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(participantIds);
    }
}

package app.kiroku.negotiation;

import java.time.LocalDate;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** What the record form edits (a bean, for a Vaadin Binder). The customer is fixed when the form opens. */
public class NegotiationDraft {

    private long customerId;
    private @Nullable LocalDate plannedDate;
    private @Nullable LocalTime plannedTime;
    private @Nullable LocalDate doneDate;
    private @Nullable LocalTime doneTime;
    private @Nullable Long handlerId;
    private @Nullable Long progressId;
    private @Nullable Long rankId;
    private @Nullable Long departmentId;
    private @Nullable String report;
    private @Nullable String remarks;

    public long getCustomerId() {
        return customerId;
    }

    public void setCustomerId(long customerId) {
        this.customerId = customerId;
    }

    public @Nullable LocalDate getPlannedDate() {
        return plannedDate;
    }

    public void setPlannedDate(@Nullable LocalDate plannedDate) {
        this.plannedDate = plannedDate;
    }

    public @Nullable LocalTime getPlannedTime() {
        return plannedTime;
    }

    public void setPlannedTime(@Nullable LocalTime plannedTime) {
        this.plannedTime = plannedTime;
    }

    public @Nullable LocalDate getDoneDate() {
        return doneDate;
    }

    public void setDoneDate(@Nullable LocalDate doneDate) {
        this.doneDate = doneDate;
    }

    public @Nullable LocalTime getDoneTime() {
        return doneTime;
    }

    public void setDoneTime(@Nullable LocalTime doneTime) {
        this.doneTime = doneTime;
    }

    public @Nullable Long getHandlerId() {
        return handlerId;
    }

    public void setHandlerId(@Nullable Long handlerId) {
        this.handlerId = handlerId;
    }

    public @Nullable Long getProgressId() {
        return progressId;
    }

    public void setProgressId(@Nullable Long progressId) {
        this.progressId = progressId;
    }

    public @Nullable Long getRankId() {
        return rankId;
    }

    public void setRankId(@Nullable Long rankId) {
        this.rankId = rankId;
    }

    public @Nullable Long getDepartmentId() {
        return departmentId;
    }

    public void setDepartmentId(@Nullable Long departmentId) {
        this.departmentId = departmentId;
    }

    public @Nullable String getReport() {
        return report;
    }

    public void setReport(@Nullable String report) {
        this.report = report;
    }

    public @Nullable String getRemarks() {
        return remarks;
    }

    public void setRemarks(@Nullable String remarks) {
        this.remarks = remarks;
    }

    /** Where the record is shown (its schedule position): on its 対応日 once it has one, else on its 予定日. */
    public @Nullable LocalDate shownDate() {
        return doneDate != null ? doneDate : plannedDate;
    }

    /** The time that goes with {@link #shownDate()}. */
    public @Nullable LocalTime shownTime() {
        return doneDate != null ? doneTime : plannedTime;
    }

    /** A copy, so a form can keep what was typed while the service works on its own values. */
    public NegotiationDraft copy() {
        var copy = new NegotiationDraft();
        copy.customerId = customerId;
        copy.plannedDate = plannedDate;
        copy.plannedTime = plannedTime;
        copy.doneDate = doneDate;
        copy.doneTime = doneTime;
        copy.handlerId = handlerId;
        copy.progressId = progressId;
        copy.rankId = rankId;
        copy.departmentId = departmentId;
        copy.report = report;
        copy.remarks = remarks;
        return copy;
    }
}

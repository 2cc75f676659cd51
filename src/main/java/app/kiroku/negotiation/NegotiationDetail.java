package app.kiroku.negotiation;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.jspecify.annotations.Nullable;

/** Everything about one record, for its detail screen and its form. */
public record NegotiationDetail(
        long id,
        long customerId,
        String customerName,
        String customerKana,
        @Nullable LocalDate plannedDate,
        @Nullable LocalTime plannedTime,
        @Nullable LocalDate doneDate,
        @Nullable LocalTime doneTime,
        long handlerId,
        String handlerName,
        @Nullable Long progressId,
        @Nullable String progressName,
        @Nullable String progressColor,
        @Nullable Long rankId,
        @Nullable String rankName,
        @Nullable Long departmentId,
        @Nullable String departmentName,
        @Nullable String report,
        @Nullable String remarks,
        String createdByName,
        LocalDateTime createdAt,
        String updatedByName,
        LocalDateTime updatedAt,
        int version) {

    /** A planned record has no 対応日 yet; 「結果を入力して次回予定」 is offered for it. */
    public boolean planned() {
        return doneDate == null;
    }

    public NegotiationDraft toDraft() {
        var draft = new NegotiationDraft();
        draft.setCustomerId(customerId);
        draft.setPlannedDate(plannedDate);
        draft.setPlannedTime(plannedTime);
        draft.setDoneDate(doneDate);
        draft.setDoneTime(doneTime);
        draft.setHandlerId(handlerId);
        draft.setProgressId(progressId);
        draft.setRankId(rankId);
        draft.setDepartmentId(departmentId);
        draft.setReport(report);
        draft.setRemarks(remarks);
        return draft;
    }
}

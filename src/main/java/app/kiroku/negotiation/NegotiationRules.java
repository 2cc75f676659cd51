package app.kiroku.negotiation;

import org.jspecify.annotations.Nullable;

/** What a record must satisfy; each check returns a message key or "" (shown at the field, refused by the service). */
public final class NegotiationRules {

    public static final int REPORT_MAX = 10_000;
    public static final int REMARKS_MAX = 2_000;

    private NegotiationRules() {}

    /** At least one of 予定日 and 対応日. */
    public static String checkDates(NegotiationDraft draft) {
        return draft.getPlannedDate() == null && draft.getDoneDate() == null ? "negotiation.error.dateRequired" : "";
    }

    public static String checkPlannedTime(NegotiationDraft draft) {
        return draft.getPlannedTime() != null && draft.getPlannedDate() == null
                ? "negotiation.error.timeNeedsDate"
                : "";
    }

    public static String checkDoneTime(NegotiationDraft draft) {
        return draft.getDoneTime() != null && draft.getDoneDate() == null ? "negotiation.error.timeNeedsDate" : "";
    }

    public static String checkHandler(@Nullable Long handlerId) {
        return handlerId == null ? "negotiation.error.handlerRequired" : "";
    }

    public static String checkReport(@Nullable String report) {
        return report != null && report.length() > REPORT_MAX ? "negotiation.error.reportTooLong" : "";
    }

    public static String checkRemarks(@Nullable String remarks) {
        return remarks != null && remarks.length() > REMARKS_MAX ? "negotiation.error.remarksTooLong" : "";
    }
}

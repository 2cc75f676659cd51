package app.kiroku.customer;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The customer screen: everything about one customer. */
public record CustomerDetail(
        long id,
        @Nullable String code,
        String name,
        String kana,
        @Nullable String phone,
        @Nullable String mobile,
        @Nullable String email,
        @Nullable String postalCode,
        @Nullable String address,
        @Nullable Long rankId,
        @Nullable String rankName,
        @Nullable String memo,
        List<Assignee> assignees,
        @Nullable String progressName,
        @Nullable String progressColor,
        @Nullable LocalDate nextContactDate,
        String createdByName,
        LocalDateTime createdAt,
        String updatedByName,
        LocalDateTime updatedAt,
        int version) {

    public record Assignee(long id, String name, boolean active) {}

    public CustomerDraft toDraft() {
        var draft = new CustomerDraft();
        draft.setCode(code);
        draft.setName(name);
        draft.setKana(kana);
        draft.setPhone(phone);
        draft.setMobile(mobile);
        draft.setEmail(email);
        draft.setPostalCode(postalCode);
        draft.setAddress(address);
        draft.setRankId(rankId);
        draft.setMemo(memo);
        draft.setAssigneeIds(assignees.stream().map(Assignee::id).collect(java.util.stream.Collectors.toSet()));
        return draft;
    }
}

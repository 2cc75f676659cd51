package app.kiroku.customer;

import java.util.LinkedHashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a user types into the customer form (a bean, so that a Vaadin Binder can edit it). */
public class CustomerDraft {

    private @Nullable String code;
    private String name = "";
    private String kana = "";
    private @Nullable String phone;
    private @Nullable String mobile;
    private @Nullable String email;
    private @Nullable String postalCode;
    private @Nullable String address;
    private @Nullable Long rankId;
    private @Nullable String memo;
    private Set<Long> assigneeIds = new LinkedHashSet<>();

    public @Nullable String getCode() {
        return code;
    }

    public void setCode(@Nullable String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name == null ? "" : name;
    }

    public String getKana() {
        return kana;
    }

    public void setKana(@Nullable String kana) {
        this.kana = kana == null ? "" : kana;
    }

    public @Nullable String getPhone() {
        return phone;
    }

    public void setPhone(@Nullable String phone) {
        this.phone = phone;
    }

    public @Nullable String getMobile() {
        return mobile;
    }

    public void setMobile(@Nullable String mobile) {
        this.mobile = mobile;
    }

    public @Nullable String getEmail() {
        return email;
    }

    public void setEmail(@Nullable String email) {
        this.email = email;
    }

    public @Nullable String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(@Nullable String postalCode) {
        this.postalCode = postalCode;
    }

    public @Nullable String getAddress() {
        return address;
    }

    public void setAddress(@Nullable String address) {
        this.address = address;
    }

    public @Nullable Long getRankId() {
        return rankId;
    }

    public void setRankId(@Nullable Long rankId) {
        this.rankId = rankId;
    }

    public @Nullable String getMemo() {
        return memo;
    }

    public void setMemo(@Nullable String memo) {
        this.memo = memo;
    }

    public Set<Long> getAssigneeIds() {
        return assigneeIds;
    }

    public void setAssigneeIds(@Nullable Set<Long> assigneeIds) {
        this.assigneeIds = assigneeIds == null ? new LinkedHashSet<>() : new LinkedHashSet<>(assigneeIds);
    }
}

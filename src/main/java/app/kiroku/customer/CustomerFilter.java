package app.kiroku.customer;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * 顧客検索 and 詳細検索 criteria; all of them combine. They travel in the URL so a search can be bookmarked and
 * shared ({@link #toQuery()}, {@link #fromQuery(Map)}), which is why unreadable values are dropped, not refused.
 */
public record CustomerFilter(
        String keyword,
        boolean mine,
        @Nullable Long assigneeId,
        @Nullable Long departmentId,
        Set<Long> rankIds,
        Set<Long> progressIds,
        @Nullable LocalDate nextFrom,
        @Nullable LocalDate nextTo,
        boolean noNextPlan,
        @Nullable ContactAge lastContact) {

    public static final CustomerFilter NONE = builder().build();

    public CustomerFilter {
        keyword = keyword.strip();
        rankIds = Set.copyOf(rankIds);
        progressIds = Set.copyOf(progressIds);
    }

    public static CustomerFilter keyword(String keyword) {
        return builder().keyword(keyword).build();
    }

    /** Criteria by name: {@code CustomerFilter.builder().keyword("佐藤").mine().build()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these criteria, to change some of them. */
    public Builder toBuilder() {
        return builder()
                .keyword(keyword)
                .mine(mine)
                .assignee(assigneeId)
                .department(departmentId)
                .ranks(rankIds)
                .progresses(progressIds)
                .nextContact(nextFrom, nextTo)
                .noNextPlan(noNextPlan)
                .lastContact(lastContact);
    }

    public CustomerFilter withKeyword(String text) {
        return toBuilder().keyword(text).build();
    }

    /** Number of criteria besides the keyword, for the 詳細検索 badge. */
    public int detailCount() {
        int count = 0;
        count += mine ? 1 : 0;
        count += assigneeId != null ? 1 : 0;
        count += departmentId != null ? 1 : 0;
        count += rankIds.isEmpty() ? 0 : 1;
        count += progressIds.isEmpty() ? 0 : 1;
        count += nextFrom != null || nextTo != null ? 1 : 0;
        count += noNextPlan ? 1 : 0;
        count += lastContact != null ? 1 : 0;
        return count;
    }

    public Map<String, List<String>> toQuery() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        if (!keyword.isEmpty()) {
            query.put("q", List.of(keyword));
        }
        if (mine) {
            query.put("mine", List.of("1"));
        }
        if (assigneeId != null) {
            query.put("assignee", List.of(assigneeId.toString()));
        }
        if (departmentId != null) {
            query.put("dept", List.of(departmentId.toString()));
        }
        if (!rankIds.isEmpty()) {
            query.put("rank", List.of(joined(rankIds)));
        }
        if (!progressIds.isEmpty()) {
            query.put("progress", List.of(joined(progressIds)));
        }
        if (nextFrom != null) {
            query.put("nextFrom", List.of(nextFrom.toString()));
        }
        if (nextTo != null) {
            query.put("nextTo", List.of(nextTo.toString()));
        }
        if (noNextPlan) {
            query.put("noNext", List.of("1"));
        }
        if (lastContact != null) {
            query.put("since", List.of(lastContact.toText()));
        }
        return query;
    }

    public static CustomerFilter fromQuery(Map<String, List<String>> query) {
        return builder()
                .keyword(first(query, "q"))
                .mine("1".equals(first(query, "mine")))
                .assignee(id(first(query, "assignee")))
                .department(id(first(query, "dept")))
                .ranks(ids(first(query, "rank")))
                .progresses(ids(first(query, "progress")))
                .nextContact(date(first(query, "nextFrom")), date(first(query, "nextTo")))
                .noNextPlan("1".equals(first(query, "noNext")))
                .lastContact(ContactAge.fromText(first(query, "since")))
                .build();
    }

    private static String joined(Set<Long> ids) {
        return ids.stream().sorted().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String first(Map<String, List<String>> query, String key) {
        List<String> values = query.getOrDefault(key, List.of());
        return values.isEmpty() ? "" : values.getFirst();
    }

    private static @Nullable Long id(String text) {
        try {
            return text.isEmpty() ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Set<Long> ids(String text) {
        List<Long> ids = new ArrayList<>();
        for (String part : text.split(",")) {
            Long id = id(part.strip());
            if (id != null) {
                ids.add(id);
            }
        }
        return new LinkedHashSet<>(ids);
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Collects criteria by name; whatever is not set is not a criterion. */
    public static final class Builder {
        private String keyword = "";
        private boolean mine;
        private @Nullable Long assigneeId;
        private @Nullable Long departmentId;
        private Set<Long> rankIds = Set.of();
        private Set<Long> progressIds = Set.of();
        private @Nullable LocalDate nextFrom;
        private @Nullable LocalDate nextTo;
        private boolean noNextPlan;
        private @Nullable ContactAge lastContact;

        private Builder() {}

        public Builder keyword(String keyword) {
            this.keyword = keyword;
            return this;
        }

        /** 自分が担当: the customers of whoever searches. */
        public Builder mine() {
            return mine(true);
        }

        public Builder mine(boolean mine) {
            this.mine = mine;
            return this;
        }

        /** 担当者. */
        public Builder assignee(@Nullable Long userId) {
            this.assigneeId = userId;
            return this;
        }

        /** 部署: customers with a 担当者 in the department. */
        public Builder department(@Nullable Long departmentId) {
            this.departmentId = departmentId;
            return this;
        }

        /** 顧客ランク: any of these. */
        public Builder ranks(Set<Long> rankIds) {
            this.rankIds = rankIds;
            return this;
        }

        /** 現進捗: any of these. */
        public Builder progresses(Set<Long> progressIds) {
            this.progressIds = progressIds;
            return this;
        }

        /** 次回接触予定日 from and to, both inclusive; either may be open. */
        public Builder nextContact(@Nullable LocalDate from, @Nullable LocalDate to) {
            this.nextFrom = from;
            this.nextTo = to;
            return this;
        }

        /** Customers with no 次回接触予定日. */
        public Builder noNextPlan() {
            return noNextPlan(true);
        }

        public Builder noNextPlan(boolean noNextPlan) {
            this.noNextPlan = noNextPlan;
            return this;
        }

        /** 最終接触から. */
        public Builder lastContact(@Nullable ContactAge age) {
            this.lastContact = age;
            return this;
        }

        public CustomerFilter build() {
            return new CustomerFilter(
                    keyword,
                    mine,
                    assigneeId,
                    departmentId,
                    rankIds,
                    progressIds,
                    nextFrom,
                    nextTo,
                    noNextPlan,
                    lastContact);
        }
    }
}

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

    public static final CustomerFilter NONE = new CustomerFilter("", false, null, null, Set.of(), Set.of(), null, null,
            false, null);

    public CustomerFilter {
        keyword = keyword.strip();
        rankIds = Set.copyOf(rankIds);
        progressIds = Set.copyOf(progressIds);
    }

    /** Criteria without 最終接触から. */
    public CustomerFilter(String keyword, boolean mine, @Nullable Long assigneeId, @Nullable Long departmentId,
            Set<Long> rankIds, Set<Long> progressIds, @Nullable LocalDate nextFrom, @Nullable LocalDate nextTo,
            boolean noNextPlan) {
        this(keyword, mine, assigneeId, departmentId, rankIds, progressIds, nextFrom, nextTo, noNextPlan, null);
    }

    public static CustomerFilter keyword(String keyword) {
        return NONE.withKeyword(keyword);
    }

    public CustomerFilter withKeyword(String text) {
        return new CustomerFilter(text, mine, assigneeId, departmentId, rankIds, progressIds, nextFrom, nextTo, noNextPlan,
                lastContact);
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
        return new CustomerFilter(
                first(query, "q"),
                "1".equals(first(query, "mine")),
                id(first(query, "assignee")),
                id(first(query, "dept")),
                ids(first(query, "rank")),
                ids(first(query, "progress")),
                date(first(query, "nextFrom")),
                date(first(query, "nextTo")),
                "1".equals(first(query, "noNext")),
                ContactAge.fromText(first(query, "since")));
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
}

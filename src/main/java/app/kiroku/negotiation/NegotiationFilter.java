package app.kiroku.negotiation;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * 商談検索 and 詳細検索 criteria; all combine. They round-trip through the URL (unreadable values are dropped),
 * so a search can be bookmarked and shared.
 */
public record NegotiationFilter(
        String keyword,
        @Nullable LocalDate plannedFrom,
        @Nullable LocalDate plannedTo,
        @Nullable LocalDate doneFrom,
        @Nullable LocalDate doneTo,
        boolean mineOnly,
        @Nullable Long handlerId,
        Set<Long> progressIds,
        Set<Long> rankIds,
        Set<Long> departmentIds,
        String customer,
        boolean openOnly) {

    public static final NegotiationFilter NONE =
            new NegotiationFilter("", null, null, null, null, false, null, Set.of(), Set.of(), Set.of(), "", false);

    /** Criteria without 未対応のみ (records still without 対応日). */
    public NegotiationFilter(
            String keyword,
            @Nullable LocalDate plannedFrom,
            @Nullable LocalDate plannedTo,
            @Nullable LocalDate doneFrom,
            @Nullable LocalDate doneTo,
            boolean mineOnly,
            @Nullable Long handlerId,
            Set<Long> progressIds,
            Set<Long> rankIds,
            Set<Long> departmentIds,
            String customer) {
        this(
                keyword,
                plannedFrom,
                plannedTo,
                doneFrom,
                doneTo,
                mineOnly,
                handlerId,
                progressIds,
                rankIds,
                departmentIds,
                customer,
                false);
    }

    public NegotiationFilter {
        keyword = keyword.strip();
        customer = customer.strip();
        progressIds = Set.copyOf(progressIds);
        rankIds = Set.copyOf(rankIds);
        departmentIds = Set.copyOf(departmentIds);
    }

    public static NegotiationFilter keyword(String keyword) {
        return NONE.withKeyword(keyword);
    }

    public NegotiationFilter withKeyword(String text) {
        return new NegotiationFilter(
                text,
                plannedFrom,
                plannedTo,
                doneFrom,
                doneTo,
                mineOnly,
                handlerId,
                progressIds,
                rankIds,
                departmentIds,
                customer,
                openOnly);
    }

    public Map<String, List<String>> toQuery() {
        Map<String, List<String>> query = new LinkedHashMap<>();
        put(query, "q", keyword);
        put(query, "pFrom", plannedFrom);
        put(query, "pTo", plannedTo);
        put(query, "dFrom", doneFrom);
        put(query, "dTo", doneTo);
        put(query, "mine", mineOnly ? "1" : "");
        put(query, "handler", handlerId);
        put(query, "progress", joined(progressIds));
        put(query, "rank", joined(rankIds));
        put(query, "dept", joined(departmentIds));
        put(query, "customer", customer);
        put(query, "open", openOnly ? "1" : "");
        return query;
    }

    public static NegotiationFilter fromQuery(Map<String, List<String>> query) {
        return new NegotiationFilter(
                first(query, "q"),
                date(first(query, "pFrom")),
                date(first(query, "pTo")),
                date(first(query, "dFrom")),
                date(first(query, "dTo")),
                "1".equals(first(query, "mine")),
                id(first(query, "handler")),
                ids(first(query, "progress")),
                ids(first(query, "rank")),
                ids(first(query, "dept")),
                first(query, "customer"),
                "1".equals(first(query, "open")));
    }

    private static void put(Map<String, List<String>> query, String key, @Nullable Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty()) {
            query.put(key, List.of(text));
        }
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
            return text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Set<Long> ids(String text) {
        Set<Long> ids = new LinkedHashSet<>();
        for (String part : text.split(",")) {
            Long id = id(part);
            if (id != null) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static @Nullable LocalDate date(String text) {
        try {
            return text.isEmpty() ? null : LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

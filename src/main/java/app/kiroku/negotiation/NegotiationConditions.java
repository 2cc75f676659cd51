package app.kiroku.negotiation;

import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.NEGOTIATION;

import app.kiroku.shared.text.SearchText;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.impl.DSL;

/** A {@link NegotiationFilter} as SQL over {@code negotiation} joined with {@code customer}. */
final class NegotiationConditions {

    private NegotiationConditions() {}

    static Condition matching(NegotiationFilter filter, long currentUserId) {
        List<Condition> conditions = new ArrayList<>();
        for (String term : terms(filter.keyword())) {
            String normalized = SearchText.normalize(term);
            conditions.add(CUSTOMER.NAME_NORM
                    .contains(normalized)
                    .or(CUSTOMER.KANA_NORM.contains(normalized))
                    .or(NEGOTIATION.REPORT.contains(term))
                    .or(NEGOTIATION.REMARKS.contains(term)));
        }
        for (String term : terms(filter.customer())) {
            String normalized = SearchText.normalize(term);
            conditions.add(CUSTOMER.NAME_NORM.contains(normalized).or(CUSTOMER.KANA_NORM.contains(normalized)));
        }
        if (filter.plannedFrom() != null) {
            conditions.add(NEGOTIATION.PLANNED_DATE.ge(filter.plannedFrom()));
        }
        if (filter.plannedTo() != null) {
            conditions.add(NEGOTIATION.PLANNED_DATE.le(filter.plannedTo()));
        }
        if (filter.doneFrom() != null) {
            conditions.add(NEGOTIATION.DONE_DATE.ge(filter.doneFrom()));
        }
        if (filter.doneTo() != null) {
            conditions.add(NEGOTIATION.DONE_DATE.le(filter.doneTo()));
        }
        if (filter.openOnly()) {
            conditions.add(NEGOTIATION.DONE_DATE.isNull());
        }
        if (filter.mineOnly()) {
            conditions.add(NEGOTIATION.HANDLER_ID.eq(currentUserId));
        } else if (filter.handlerId() != null) {
            conditions.add(NEGOTIATION.HANDLER_ID.eq(filter.handlerId()));
        }
        if (!filter.progressIds().isEmpty()) {
            conditions.add(NEGOTIATION.PROGRESS_ID.in(filter.progressIds()));
        }
        if (!filter.rankIds().isEmpty()) {
            conditions.add(NEGOTIATION.RANK_ID.in(filter.rankIds()));
        }
        if (!filter.departmentIds().isEmpty()) {
            conditions.add(NEGOTIATION.DEPARTMENT_ID.in(filter.departmentIds()));
        }
        return DSL.and(conditions);
    }

    private static List<String> terms(String text) {
        return List.of(text.split("[\\s\\u3000]+")).stream()
                .filter(t -> !t.isBlank())
                .toList();
    }
}

package app.kiroku.customer;

import app.kiroku.master.MasterItem;
import app.kiroku.master.MasterNames;
import app.kiroku.shared.importing.ImportSettings;
import app.kiroku.shared.importing.RowProblem;
import app.kiroku.shared.importing.TableRow;
import app.kiroku.user.UserLookup;
import app.kiroku.user.UserRef;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Turns a file's row into a customer as the form would store it, with the form's own checks: 担当者 by name or login
 * id, ランク by name, the address joined from 都道府県 + 市区町村 + 番地 or filled from the 郵便番号.
 */
final class CustomerImportRows {

    private static final Pattern LIST_SEPARATORS = Pattern.compile("[、,，;；/／\\n]");

    /** One row read: the customer as stored, its 担当者 and ランク names for the preview, and what is wrong. */
    record Parsed(
            int line,
            CustomerDraft draft,
            List<String> assigneeNames,
            @Nullable String rankName,
            List<RowProblem> problems) {

        boolean refused() {
            return !problems.isEmpty();
        }
    }

    private final ImportSettings settings;
    private final UserLookup users;
    private final MasterNames ranks;
    private final PostalCodes postalCodes;

    CustomerImportRows(ImportSettings settings, UserLookup users, MasterNames ranks, PostalCodes postalCodes) {
        this.settings = settings;
        this.users = users;
        this.ranks = ranks;
        this.postalCodes = postalCodes;
    }

    Parsed parse(TableRow row) {
        List<RowProblem> problems = new ArrayList<>();
        var draft = new CustomerDraft();
        draft.setCode(cell(row, "code"));
        draft.setName(cell(row, "name"));
        draft.setKana(cell(row, "kana"));
        draft.setPhone(cell(row, "phone"));
        draft.setMobile(cell(row, "mobile"));
        draft.setEmail(cell(row, "email"));
        draft.setPostalCode(cell(row, "postalCode"));
        draft.setAddress(address(row));
        draft.setMemo(cell(row, "memo"));
        String rankName = rank(row, draft, problems);
        List<String> assigneeNames = assignees(row, draft, problems);
        CustomerRules.problems(draft)
                .forEach((field, key) -> problems.add(RowProblem.of(row.line(), header(field), key)));
        if (!problems.isEmpty()) {
            return new Parsed(row.line(), draft, assigneeNames, rankName, problems);
        }
        CustomerDraft clean = CustomerRules.cleaned(draft);
        if (clean.getAddress() == null && clean.getPostalCode() != null) {
            clean.setAddress(fromPostalCode(clean.getPostalCode()));
        }
        return new Parsed(row.line(), clean, assigneeNames, rankName, problems);
    }

    /** The file's header for a field's problem; the address may come from several columns. */
    private String header(String field) {
        if (field.equals("address") && !settings.mapping().has("address")) {
            return settings.header("prefecture");
        }
        return settings.header(field);
    }

    private String cell(TableRow row, String field) {
        return row.cell(settings.mapping().column(field));
    }

    private String address(TableRow row) {
        String whole = cell(row, "address");
        if (!whole.isEmpty()) {
            return whole;
        }
        String street = String.join("", cell(row, "prefecture"), cell(row, "city"), cell(row, "street"));
        String building = cell(row, "building");
        return building.isEmpty() ? street : street + " " + building;
    }

    /** One town: the whole start of the address; several towns share the prefecture and city at least. */
    private @Nullable String fromPostalCode(String postalCode) {
        List<PostalAddress> towns = postalCodes.lookup(postalCode);
        if (towns.isEmpty()) {
            return null;
        }
        PostalAddress first = towns.getFirst();
        return towns.size() == 1 ? first.text() : first.prefecture() + first.city();
    }

    private @Nullable String rank(TableRow row, CustomerDraft draft, List<RowProblem> problems) {
        String name = cell(row, "rank");
        if (name.isEmpty()) {
            return null;
        }
        MasterItem rank = ranks.active(name).orElse(null);
        if (rank == null) {
            problems.add(RowProblem.of(row.line(), settings.header("rank"), "import.error.rank", name));
            return name;
        }
        draft.setRankId(rank.id());
        return rank.name();
    }

    private List<String> assignees(TableRow row, CustomerDraft draft, List<RowProblem> problems) {
        Set<Long> ids = new LinkedHashSet<>();
        List<String> names = new ArrayList<>();
        for (String part : LIST_SEPARATORS.split(cell(row, "assignees"))) {
            String given = part.strip();
            if (given.isEmpty()) {
                continue;
            }
            UserLookup.Found found = users.find(given);
            UserRef user = found.user();
            if (user == null) {
                String key = found.ambiguous() ? "import.error.assigneeAmbiguous" : "import.error.assignee";
                problems.add(RowProblem.of(row.line(), settings.header("assignees"), key, given));
            } else if (ids.add(user.id())) {
                names.add(user.name());
            }
        }
        draft.setAssigneeIds(ids);
        return names;
    }
}

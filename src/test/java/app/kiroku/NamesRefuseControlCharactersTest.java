package app.kiroku;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.CUSTOMER_RANK;
import static app.kiroku.db.Tables.DEPARTMENT;
import static app.kiroku.db.Tables.PROGRESS_FLAG;
import static app.kiroku.db.Tables.SCHEDULE_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.customer.CustomerDraft;
import app.kiroku.customer.CustomerService;
import app.kiroku.master.MasterAdminService;
import app.kiroku.master.MasterKind;
import app.kiroku.schedule.EntryDraft;
import app.kiroku.schedule.ScheduleEntryService;
import app.kiroku.shared.validation.InvalidInputException;
import app.kiroku.shared.validation.NameCharacters;
import app.kiroku.user.Role;
import app.kiroku.user.UserAdminService;
import app.kiroku.user.UserDraft;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.transaction.annotation.Transactional;

/** Every name the services store refuses control and bidi characters at its field, and writes nothing. */
@KirokuTest
@Transactional
class NamesRefuseControlCharactersTest {

    @Autowired
    CustomerService customers;

    @Autowired
    UserAdminService userAdmin;

    @Autowired
    MasterAdminService masters;

    @Autowired
    ScheduleEntryService entries;

    @Autowired
    UserDetailsService users;

    @Autowired
    DSLContext dsl;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0007", "\n", "\u0085", "\u202E", "\u2066", "\u200F", "\u061C"})
    void customerNameAndKana(String character) {
        SignIn.as(users, "staff1");
        refused(CUSTOMER, "name", () -> customers.create(customer("山田" + character + "商事", "ヤマダショウジ")));
        refused(CUSTOMER, "kana", () -> customers.create(customer("山田商事", "ヤマダ" + character + "ショウジ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\t", "\u009B", "\u202D", "\u2069", "\u200E"})
    void userNameAndKana(String character) {
        SignIn.as(users, "admin");
        refused(APP_USER, "name", () -> userAdmin.create(user("山田" + character + "花子", "ヤマダ ハナコ")));
        refused(APP_USER, "kana", () -> userAdmin.create(user("山田 花子", "ヤマダ" + character + "ハナコ")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u001B", "\r", "\u202A", "\u2067"})
    void masterNamesAndScheduleTitles(String character) {
        SignIn.as(users, "admin");
        refused(DEPARTMENT, "name", () -> masters.add(MasterKind.DEPARTMENT, "営業" + character + "部", null));
        refused(PROGRESS_FLAG, "name", () -> masters.add(MasterKind.PROGRESS, "提案" + character + "中", "#336699"));
        refused(CUSTOMER_RANK, "name", () -> masters.add(MasterKind.RANK, "S" + character + "S", null));
        var entry = new EntryDraft();
        entry.setTitle("社内" + character + "会議");
        entry.setStartsAt(TestClock.TODAY.plusDays(1).atTime(9, 0));
        refused(SCHEDULE_ENTRY, "title", () -> entries.create(entry));
    }

    private void refused(Table<?> table, String field, Executable save) {
        int before = dsl.fetchCount(table);
        assertThatThrownBy(save::execute)
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField()).containsEntry(field, NameCharacters.MESSAGE_KEY));
        assertThat(dsl.fetchCount(table))
                .as("nothing written to " + table.getName())
                .isEqualTo(before);
    }

    private CustomerDraft customer(String name, String kana) {
        var draft = new CustomerDraft();
        draft.setName(name);
        draft.setKana(kana);
        draft.setAssigneeIds(Set.of(TestData.userId(dsl, "staff1")));
        return draft;
    }

    private static UserDraft user(String name, String kana) {
        var draft = new UserDraft();
        draft.setLoginId("control.name");
        draft.setName(name);
        draft.setKana(kana);
        draft.setRole(Role.STAFF);
        return draft;
    }
}

package app.kiroku.master;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.AUDIT_LOG;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.kiroku.KirokuTest;
import app.kiroku.SignedInAs;
import app.kiroku.shared.data.ConcurrentEditException;
import app.kiroku.shared.validation.InvalidInputException;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

@KirokuTest
@Transactional
@SignedInAs("admin")
class MasterAdminServiceTest {

    @Autowired
    MasterAdminService admin;

    @Autowired
    MasterDataService masters;

    @Autowired
    DSLContext dsl;

    @Test
    void anAddedFlagComesLastWithItsColourAndIsAudited() {
        long id = admin.add(MasterKind.PROGRESS, " 現地調査 ", "#AA3355");
        List<MasterItem> flags = masters.progressFlags();
        assertThat(flags.getLast())
                .isEqualTo(new MasterItem(id, "現地調査", flags.getLast().sortOrder(), true, "#aa3355", 0));
        assertThat(dsl.fetchCount(
                        AUDIT_LOG,
                        AUDIT_LOG
                                .ENTITY_TYPE
                                .eq("master.progress")
                                .and(AUDIT_LOG.ENTITY_ID.eq(id))
                                .and(AUDIT_LOG.ACTION.eq("CREATE"))))
                .isOne();
    }

    @Test
    void namesAreRequiredAndUniqueAndColoursChecked() {
        assertThatThrownBy(() -> admin.add(MasterKind.RANK, "  ", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField()).containsEntry("name", "master.error.name.required"));
        assertThatThrownBy(() -> admin.add(MasterKind.RANK, "A", null))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField()).containsEntry("name", "master.error.name.taken"));
        assertThatThrownBy(() -> admin.add(MasterKind.PROGRESS, "色不正", "red"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.messageKeysByField()).containsEntry("color", "master.error.color"));
    }

    @Test
    void reorderingPersists() {
        List<MasterItem> before = masters.ranks();
        admin.move(MasterKind.RANK, before.get(2).id(), before.get(2).version(), -1);
        List<MasterItem> after = masters.ranks();
        assertThat(after)
                .extracting(MasterItem::name)
                .containsExactly(
                        before.get(0).name(),
                        before.get(2).name(),
                        before.get(1).name());
        admin.move(MasterKind.RANK, after.get(0).id(), after.get(0).version(), -1);
        assertThat(masters.ranks())
                .extracting(MasterItem::name)
                .isEqualTo(after.stream().map(MasterItem::name).toList());
    }

    @Test
    void aValueInUseCannotBeDeletedButCanBeRetiredAndStaysReadable() {
        MasterItem used = masters.progressFlags().getFirst();
        assertThatThrownBy(() -> admin.delete(MasterKind.PROGRESS, used.id(), used.version()))
                .isInstanceOfSatisfying(
                        MasterInUseException.class, e -> assertThat(e.usages()).isPositive());

        admin.setActive(MasterKind.PROGRESS, used.id(), used.version(), false);
        MasterItem retired = masters.progressFlags().getFirst();
        assertThat(retired.active()).isFalse();
        assertThat(retired.name()).isEqualTo(used.name());
        admin.setActive(MasterKind.PROGRESS, used.id(), retired.version(), true);
        assertThat(masters.progressFlags().getFirst().active()).isTrue();
    }

    @Test
    void anUnusedValueIsDeleted() {
        long id = admin.add(MasterKind.DEPARTMENT, "一時部署", null);
        admin.delete(MasterKind.DEPARTMENT, id, 0);
        assertThat(masters.departments()).extracting(MasterItem::id).doesNotContain(id);
        assertThat(dsl.fetchCount(AUDIT_LOG, AUDIT_LOG.ACTION.eq("DELETE").and(AUDIT_LOG.ENTITY_ID.eq(id))))
                .isOne();
    }

    @Test
    void aSecondRenameFromTheSameLoadedVersionIsRefusedNamingWhoChangedItAndChangesNothing() {
        MasterItem loaded = masters.ranks().getFirst();
        admin.rename(MasterKind.RANK, loaded.id(), loaded.version(), "S", null);

        assertThatThrownBy(() -> admin.rename(MasterKind.RANK, loaded.id(), loaded.version(), "SS", null))
                .isInstanceOfSatisfying(
                        ConcurrentEditException.class,
                        e -> assertThat(e.editorName()).isEqualTo(adminName()));
        MasterItem stored = masters.ranks().getFirst();
        assertThat(stored.name()).isEqualTo("S");
        assertThat(stored.version()).isEqualTo(loaded.version() + 1);
        assertThat(dsl.fetchCount(
                        AUDIT_LOG,
                        AUDIT_LOG
                                .ENTITY_TYPE
                                .eq("master.rank")
                                .and(AUDIT_LOG.ENTITY_ID.eq(loaded.id()))
                                .and(AUDIT_LOG.ACTION.eq("UPDATE"))))
                .isOne();
    }

    @Test
    void aColourChangeOrRetirementOfAStaleFlagIsRefused() {
        MasterItem loaded = masters.progressFlags().getLast();
        admin.rename(MasterKind.PROGRESS, loaded.id(), loaded.version(), loaded.name(), "#112233");

        assertThatThrownBy(() ->
                        admin.rename(MasterKind.PROGRESS, loaded.id(), loaded.version(), loaded.name(), "#445566"))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> admin.setActive(MasterKind.PROGRESS, loaded.id(), loaded.version(), false))
                .isInstanceOf(ConcurrentEditException.class);
        MasterItem stored = masters.progressFlags().getLast();
        assertThat(stored.color()).isEqualTo("#112233");
        assertThat(stored.active()).isTrue();
    }

    @Test
    void aMoveSeenOnAStaleListIsRefusedAndTheOrderStays() {
        List<MasterItem> loaded = masters.departments();
        admin.move(MasterKind.DEPARTMENT, loaded.get(2).id(), loaded.get(2).version(), -1);
        List<String> moved =
                masters.departments().stream().map(MasterItem::name).toList();

        // the second value was pushed down by that move: as loaded, it is stale
        assertThatThrownBy(() -> admin.move(
                        MasterKind.DEPARTMENT, loaded.get(1).id(), loaded.get(1).version(), 1))
                .isInstanceOf(ConcurrentEditException.class);
        assertThatThrownBy(() -> admin.move(
                        MasterKind.DEPARTMENT, loaded.get(2).id(), loaded.get(2).version(), -1))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(masters.departments()).extracting(MasterItem::name).isEqualTo(moved);
    }

    @Test
    void aStaleDeleteIsRefusedAndTheValueStays() {
        long id = admin.add(MasterKind.DEPARTMENT, "一時部署", null);
        admin.rename(MasterKind.DEPARTMENT, id, 0, "一時部署２", null);
        assertThatThrownBy(() -> admin.delete(MasterKind.DEPARTMENT, id, 0))
                .isInstanceOf(ConcurrentEditException.class);
        assertThat(masters.departments()).extracting(MasterItem::id).contains(id);
    }

    private String adminName() {
        return dsl.select(APP_USER.NAME)
                .from(APP_USER)
                .where(APP_USER.LOGIN_ID.eq("admin"))
                .fetchSingle(APP_USER.NAME);
    }
}

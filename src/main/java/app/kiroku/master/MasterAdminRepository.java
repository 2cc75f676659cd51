package app.kiroku.master;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.AUDIT_LOG;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.CUSTOMER_RANK;
import static app.kiroku.db.Tables.DEPARTMENT;
import static app.kiroku.db.Tables.NEGOTIATION;
import static app.kiroku.db.Tables.PROGRESS_FLAG;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class MasterAdminRepository {

    /** One master table's columns; {@code color} only for progress flags. */
    private record Columns(
            Table<?> table,
            Field<Long> id,
            Field<String> name,
            Field<Integer> sortOrder,
            Field<Boolean> active,
            @Nullable Field<String> color,
            Field<Integer> version) {}

    /** Who made the last audited change to a value, and when. */
    record LastChange(String userName, LocalDateTime at) {}

    private final DSLContext dsl;

    MasterAdminRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Columns of(MasterKind kind) {
        return switch (kind) {
            case DEPARTMENT ->
                new Columns(
                        DEPARTMENT,
                        DEPARTMENT.ID,
                        DEPARTMENT.NAME,
                        DEPARTMENT.SORT_ORDER,
                        DEPARTMENT.ACTIVE,
                        null,
                        DEPARTMENT.VERSION);
            case PROGRESS ->
                new Columns(
                        PROGRESS_FLAG,
                        PROGRESS_FLAG.ID,
                        PROGRESS_FLAG.NAME,
                        PROGRESS_FLAG.SORT_ORDER,
                        PROGRESS_FLAG.ACTIVE,
                        PROGRESS_FLAG.COLOR,
                        PROGRESS_FLAG.VERSION);
            case RANK ->
                new Columns(
                        CUSTOMER_RANK,
                        CUSTOMER_RANK.ID,
                        CUSTOMER_RANK.NAME,
                        CUSTOMER_RANK.SORT_ORDER,
                        CUSTOMER_RANK.ACTIVE,
                        null,
                        CUSTOMER_RANK.VERSION);
        };
    }

    List<MasterItem> list(MasterKind kind) {
        Columns c = of(kind);
        Field<String> color = c.color() == null ? DSL.inline((String) null) : c.color();
        return dsl.select(c.id(), c.name(), c.sortOrder(), c.active(), color, c.version())
                .from(c.table())
                .orderBy(c.sortOrder(), c.id())
                .fetch(r -> new MasterItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    Optional<MasterItem> find(MasterKind kind, long id) {
        return list(kind).stream().filter(item -> item.id() == id).findFirst();
    }

    boolean nameTaken(MasterKind kind, String name, @Nullable Long exceptId) {
        Columns c = of(kind);
        var same = c.name().eq(name);
        return dsl.fetchExists(c.table(), exceptId == null ? same : same.and(c.id().ne(exceptId)));
    }

    long insert(MasterKind kind, String name, @Nullable String color) {
        Columns c = of(kind);
        int next = dsl.select(DSL.coalesce(DSL.max(c.sortOrder()), 0))
                        .from(c.table())
                        .fetchSingle()
                        .value1()
                + 10;
        var insert = dsl.insertInto(c.table())
                .set(c.name(), name)
                .set(c.sortOrder(), next)
                .set(c.active(), true);
        if (c.color() != null) {
            insert = insert.set(c.color(), color == null ? "#757575" : color);
        }
        return insert.returningResult(c.id()).fetchSingle().value1();
    }

    /** Each change below is made to {@code version} only and counts it up; false when the value has another one. */
    boolean update(MasterKind kind, long id, int version, String name, @Nullable String color) {
        Columns c = of(kind);
        var update = dsl.update(c.table())
                .set(c.name(), name)
                .set(c.version(), c.version().plus(1));
        if (c.color() != null && color != null) {
            update = update.set(c.color(), color);
        }
        return update.where(c.id().eq(id)).and(c.version().eq(version)).execute() == 1;
    }

    boolean setActive(MasterKind kind, long id, int version, boolean active) {
        Columns c = of(kind);
        return dsl.update(c.table())
                        .set(c.active(), active)
                        .set(c.version(), c.version().plus(1))
                        .where(c.id().eq(id))
                        .and(c.version().eq(version))
                        .execute()
                == 1;
    }

    boolean setOrder(MasterKind kind, long id, int version, int sortOrder) {
        Columns c = of(kind);
        return dsl.update(c.table())
                        .set(c.sortOrder(), sortOrder)
                        .set(c.version(), c.version().plus(1))
                        .where(c.id().eq(id))
                        .and(c.version().eq(version))
                        .execute()
                == 1;
    }

    boolean delete(MasterKind kind, long id, int version) {
        Columns c = of(kind);
        return dsl.deleteFrom(c.table())
                        .where(c.id().eq(id))
                        .and(c.version().eq(version))
                        .execute()
                == 1;
    }

    /** The latest audit entry of the value ({@code entityType} as the service writes it), with its author's name. */
    Optional<LastChange> lastChange(String entityType, long id) {
        return dsl.select(APP_USER.NAME, AUDIT_LOG.OCCURRED_AT)
                .from(AUDIT_LOG)
                .join(APP_USER)
                .on(APP_USER.ID.eq(AUDIT_LOG.USER_ID))
                .where(AUDIT_LOG.ENTITY_TYPE.eq(entityType))
                .and(AUDIT_LOG.ENTITY_ID.eq(id))
                .orderBy(AUDIT_LOG.OCCURRED_AT.desc(), AUDIT_LOG.ID.desc())
                .limit(1)
                .fetchOptional(r -> new LastChange(r.value1(), r.value2()));
    }

    /** How many users, customers and records refer to the value. */
    long usages(MasterKind kind, long id) {
        return switch (kind) {
            case DEPARTMENT ->
                dsl.fetchCount(APP_USER, APP_USER.DEPARTMENT_ID.eq(id))
                        + (long) dsl.fetchCount(NEGOTIATION, NEGOTIATION.DEPARTMENT_ID.eq(id));
            case PROGRESS ->
                dsl.fetchCount(NEGOTIATION, NEGOTIATION.PROGRESS_ID.eq(id))
                        + (long) dsl.fetchCount(CUSTOMER, CUSTOMER.CURRENT_PROGRESS_ID.eq(id));
            case RANK ->
                dsl.fetchCount(CUSTOMER, CUSTOMER.RANK_ID.eq(id))
                        + (long) dsl.fetchCount(NEGOTIATION, NEGOTIATION.RANK_ID.eq(id));
        };
    }
}

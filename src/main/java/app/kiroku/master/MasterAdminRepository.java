package app.kiroku.master;

import static app.kiroku.db.Tables.APP_USER;
import static app.kiroku.db.Tables.CUSTOMER;
import static app.kiroku.db.Tables.CUSTOMER_RANK;
import static app.kiroku.db.Tables.DEPARTMENT;
import static app.kiroku.db.Tables.NEGOTIATION;
import static app.kiroku.db.Tables.PROGRESS_FLAG;

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
    private record Columns(Table<?> table, Field<Long> id, Field<String> name, Field<Integer> sortOrder,
            Field<Boolean> active, @Nullable Field<String> color) {
    }

    private final DSLContext dsl;

    MasterAdminRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    private static Columns of(MasterKind kind) {
        return switch (kind) {
            case DEPARTMENT -> new Columns(DEPARTMENT, DEPARTMENT.ID, DEPARTMENT.NAME, DEPARTMENT.SORT_ORDER,
                    DEPARTMENT.ACTIVE, null);
            case PROGRESS -> new Columns(PROGRESS_FLAG, PROGRESS_FLAG.ID, PROGRESS_FLAG.NAME, PROGRESS_FLAG.SORT_ORDER,
                    PROGRESS_FLAG.ACTIVE, PROGRESS_FLAG.COLOR);
            case RANK -> new Columns(CUSTOMER_RANK, CUSTOMER_RANK.ID, CUSTOMER_RANK.NAME, CUSTOMER_RANK.SORT_ORDER,
                    CUSTOMER_RANK.ACTIVE, null);
        };
    }

    List<MasterItem> list(MasterKind kind) {
        Columns c = of(kind);
        Field<String> color = c.color() == null ? DSL.inline((String) null) : c.color();
        return dsl.select(c.id(), c.name(), c.sortOrder(), c.active(), color).from(c.table())
                .orderBy(c.sortOrder(), c.id())
                .fetch(r -> new MasterItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
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
        int next = dsl.select(DSL.coalesce(DSL.max(c.sortOrder()), 0)).from(c.table()).fetchSingle().value1() + 10;
        var insert = dsl.insertInto(c.table()).set(c.name(), name).set(c.sortOrder(), next).set(c.active(), true);
        if (c.color() != null) {
            insert = insert.set(c.color(), color == null ? "#757575" : color);
        }
        return insert.returningResult(c.id()).fetchSingle().value1();
    }

    void update(MasterKind kind, long id, String name, @Nullable String color) {
        Columns c = of(kind);
        var update = dsl.update(c.table()).set(c.name(), name);
        if (c.color() != null && color != null) {
            update = update.set(c.color(), color);
        }
        update.where(c.id().eq(id)).execute();
    }

    void setActive(MasterKind kind, long id, boolean active) {
        Columns c = of(kind);
        dsl.update(c.table()).set(c.active(), active).where(c.id().eq(id)).execute();
    }

    void setOrder(MasterKind kind, long id, int sortOrder) {
        Columns c = of(kind);
        dsl.update(c.table()).set(c.sortOrder(), sortOrder).where(c.id().eq(id)).execute();
    }

    void delete(MasterKind kind, long id) {
        Columns c = of(kind);
        dsl.deleteFrom(c.table()).where(c.id().eq(id)).execute();
    }

    /** How many users, customers and records refer to the value. */
    long usages(MasterKind kind, long id) {
        return switch (kind) {
            case DEPARTMENT -> dsl.fetchCount(APP_USER, APP_USER.DEPARTMENT_ID.eq(id))
                    + (long) dsl.fetchCount(NEGOTIATION, NEGOTIATION.DEPARTMENT_ID.eq(id));
            case PROGRESS -> dsl.fetchCount(NEGOTIATION, NEGOTIATION.PROGRESS_ID.eq(id))
                    + (long) dsl.fetchCount(CUSTOMER, CUSTOMER.CURRENT_PROGRESS_ID.eq(id));
            case RANK -> dsl.fetchCount(CUSTOMER, CUSTOMER.RANK_ID.eq(id))
                    + (long) dsl.fetchCount(NEGOTIATION, NEGOTIATION.RANK_ID.eq(id));
        };
    }
}

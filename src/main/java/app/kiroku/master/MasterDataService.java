package app.kiroku.master;

import static app.kiroku.db.Tables.CUSTOMER_RANK;
import static app.kiroku.db.Tables.DEPARTMENT;
import static app.kiroku.db.Tables.PROGRESS_FLAG;

import app.kiroku.user.InHouseOnly;
import java.util.List;
import org.jooq.DSLContext;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The master lists in their order, retired values included (forms offer only active ones), and the thresholds for
 * customers left alone.
 */
@Service
@Transactional(readOnly = true)
public class MasterDataService {

    private final DSLContext dsl;
    private final ContactThresholdRepository thresholds;

    MasterDataService(DSLContext dsl, ContactThresholdRepository thresholds) {
        this.dsl = dsl;
        this.thresholds = thresholds;
    }

    /** The days after which a customer counts as getting old and as left alone. */
    @InHouseOnly
    public ContactThresholds contactThresholds() {
        return thresholds.read();
    }

    @InHouseOnly
    public List<MasterItem> departments() {
        return dsl.select(DEPARTMENT.ID, DEPARTMENT.NAME, DEPARTMENT.SORT_ORDER, DEPARTMENT.ACTIVE, DEPARTMENT.VERSION)
                .from(DEPARTMENT)
                .orderBy(DEPARTMENT.SORT_ORDER, DEPARTMENT.ID)
                .fetch(r -> new MasterItem(r.value1(), r.value2(), r.value3(), r.value4(), null, r.value5()));
    }

    @InHouseOnly
    public List<MasterItem> progressFlags() {
        return dsl.select(
                        PROGRESS_FLAG.ID,
                        PROGRESS_FLAG.NAME,
                        PROGRESS_FLAG.SORT_ORDER,
                        PROGRESS_FLAG.ACTIVE,
                        PROGRESS_FLAG.COLOR,
                        PROGRESS_FLAG.VERSION)
                .from(PROGRESS_FLAG)
                .orderBy(PROGRESS_FLAG.SORT_ORDER, PROGRESS_FLAG.ID)
                .fetch(r -> new MasterItem(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6()));
    }

    @InHouseOnly
    public List<MasterItem> ranks() {
        return dsl.select(
                        CUSTOMER_RANK.ID,
                        CUSTOMER_RANK.NAME,
                        CUSTOMER_RANK.SORT_ORDER,
                        CUSTOMER_RANK.ACTIVE,
                        CUSTOMER_RANK.VERSION)
                .from(CUSTOMER_RANK)
                .orderBy(CUSTOMER_RANK.SORT_ORDER, CUSTOMER_RANK.ID)
                .fetch(r -> new MasterItem(r.value1(), r.value2(), r.value3(), r.value4(), null, r.value5()));
    }
}

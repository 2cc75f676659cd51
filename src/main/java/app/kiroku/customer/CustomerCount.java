package app.kiroku.customer;

/**
 * The 件数 a list shows: exact, or, where an exact count would read a long range of the key table (a keyword of
 * one common character such as 東), an estimate from the index's statistics that the list shows as 「約 …件」.
 */
public record CustomerCount(int value, boolean exact) {

    static CustomerCount exactly(int value) {
        return new CustomerCount(value, true);
    }

    /** Two significant digits: an estimate claims no more. */
    static CustomerCount about(long estimate) {
        if (estimate < 100) {
            return new CustomerCount((int) estimate, false);
        }
        double unit = Math.pow(10, Math.floor(Math.log10(estimate)) - 1);
        return new CustomerCount((int) Math.min(Integer.MAX_VALUE, Math.round(estimate / unit) * unit), false);
    }
}

package app.kiroku.customer;

import app.kiroku.master.ContactBand;
import app.kiroku.master.ContactThresholds;
import org.jspecify.annotations.Nullable;

/**
 * 最終接触から: the customers whose last 対応日 lies {@code fromDays} to {@code toDays} days before today (both
 * included, {@code toDays} open-ended when {@code null}), or, when {@code never}, those without any. In the URL as
 * {@code 8-30}, {@code 31-} or {@code none}.
 */
public record ContactAge(int fromDays, @Nullable Integer toDays, boolean never) {

    public static final ContactAge NEVER = new ContactAge(0, null, true);

    public ContactAge {
        if (fromDays < 0 || toDays != null && toDays < fromDays) {
            throw new IllegalArgumentException("no such range: " + fromDays + "-" + toDays);
        }
    }

    public static ContactAge between(int fromDays, @Nullable Integer toDays) {
        return new ContactAge(fromDays, toDays, false);
    }

    /** The days of one band of the thresholds. */
    public static ContactAge of(ContactBand band, ContactThresholds thresholds) {
        Integer from = thresholds.fromDays(band);
        return from == null ? NEVER : between(from, thresholds.toDays(band));
    }

    public String toText() {
        return never ? "none" : fromDays + "-" + (toDays == null ? "" : toDays);
    }

    /** The range a {@link #toText()} describes, {@code null} when the text is not one. */
    public static @Nullable ContactAge fromText(String text) {
        if ("none".equals(text)) {
            return NEVER;
        }
        int dash = text.indexOf('-');
        if (dash <= 0) {
            return null;
        }
        try {
            int from = Integer.parseInt(text.substring(0, dash));
            String rest = text.substring(dash + 1);
            Integer to = rest.isEmpty() ? null : Integer.valueOf(rest);
            return from < 0 || to != null && to < from ? null : between(from, to);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}

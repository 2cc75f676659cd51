package app.kiroku.customer;

/** The columns a customer list may be sorted by; anything else is ignored (a whitelist, not raw SQL). */
public enum CustomerSort {
    NAME,
    KANA,
    PHONE,
    ADDRESS,
    RANK,
    PROGRESS,
    NEXT_CONTACT;

    public record Order(CustomerSort column, boolean ascending) {}
}

package app.kiroku.negotiation;

/** Columns 商談検索 may be sorted by (a whitelist; anything else is ignored). */
public enum NegotiationSort {
    DATE,
    CUSTOMER,
    HANDLER,
    PROGRESS,
    RANK,
    DEPARTMENT;

    public record Order(NegotiationSort column, boolean ascending) {}
}

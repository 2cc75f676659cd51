package app.kiroku.customer;

/**
 * Where the previous page of the default order (by kana, then id) ended. Scrolling on from there seeks through
 * the index instead of counting past every earlier row, so page 1,000 costs what page 1 costs.
 */
public record CustomerSeek(String kanaNorm, long id) {

    public static CustomerSeek after(CustomerListItem last) {
        return new CustomerSeek(app.kiroku.shared.text.SearchText.normalize(last.kana()), last.id());
    }
}

package app.kiroku.customer;

/** One town that a postal code stands for, e.g. 〒100-0001 = 東京都 千代田区 千代田; the town may be empty. */
public record PostalAddress(String postalCode, String prefecture, String city, String town) {

    /** As written at the start of an address: 東京都千代田区千代田. */
    public String text() {
        return prefecture + city + town;
    }
}

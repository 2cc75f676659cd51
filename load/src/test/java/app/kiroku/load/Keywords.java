package app.kiroku.load;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The keywords of the load test, in the mix people type into 顧客検索: surnames in kana (30 %) and in kanji (25 %),
 * a surname of one character (20 %), a place (5 %), and the phone number of a real customer (20 %), read once
 * from the database the app runs on.
 */
final class Keywords {

    private static final List<String> KANA = List.of("さとう", "たなか", "すずき", "たかはし", "わたなべ", "いとう",
            "やまもと", "なかむら", "こばやし", "かとう", "さとう ゆうこ", "たなか ひろし");
    private static final List<String> KANJI = List.of("佐藤", "田中", "鈴木", "高橋", "渡辺", "伊藤", "山本", "中村",
            "小林", "加藤");
    private static final List<String> ONE_CHARACTER = List.of("林", "森", "原", "東", "堀", "関");
    private static final List<String> PLACES = List.of("世田谷", "横浜", "札幌", "大阪");

    private final List<String> phones;

    private Keywords(List<String> phones) {
        this.phones = phones;
    }

    static Keywords load(String url, String user, String password) {
        var phones = new ArrayList<String>();
        // customers spread over the whole table, in one pass of its primary key
        String sql = "SELECT phone FROM customer WHERE phone IS NOT NULL AND id % 997 = 1 LIMIT 500";
        try (var db = DriverManager.getConnection(url, user, password);
                var rows = db.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                phones.add(rows.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read phone numbers from " + url, e);
        }
        if (phones.isEmpty()) {
            throw new IllegalStateException("no customer with a phone number in " + url);
        }
        return new Keywords(List.copyOf(phones));
    }

    String next() {
        var random = ThreadLocalRandom.current();
        int roll = random.nextInt(100);
        List<String> from = roll < 30 ? KANA : roll < 55 ? KANJI : roll < 75 ? ONE_CHARACTER : roll < 80 ? PLACES
                : phones;
        return from.get(random.nextInt(from.size()));
    }
}

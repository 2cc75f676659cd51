package app.kiroku.bench;

import app.kiroku.Application;
import app.kiroku.customer.CustomerFilter;
import app.kiroku.customer.CustomerImport;
import app.kiroku.customer.CustomerService;
import app.kiroku.importing.CheckReport;
import app.kiroku.importing.ImportFile;
import app.kiroku.importing.ImportJob;
import app.kiroku.importing.ImportService;
import app.kiroku.shared.importing.Duplicates;
import app.kiroku.shared.importing.ImportSettings;
import app.kiroku.shared.importing.RowOutcome;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The import benchmark of docs/benchmarks.md: a Shift_JIS CSV of {@code rows} customers, as another system would
 * export it, checked in a dry run and then imported through {@link ImportService} (which deletes the file when done),
 * with the heap watched throughout. Afterwards it checks that every row is stored and found by its reading.
 *
 * <pre>src/bench/run.sh -Xmx512m app.kiroku.bench.ImportBenchmark \
 *     jdbc:mariadb://127.0.0.1:3306/kiroku_import root "" [rows]</pre>
 */
public final class ImportBenchmark {

    private static final String[] SURNAMES = {
        "さとう", "すずき", "たかはし", "たなか", "いとう", "わたなべ", "やまもと", "なかむら", "こばやし", "かとう", "よしだ", "やまだ", "ささき", "やまぐち", "まつもと",
        "いのうえ"
    };
    private static final String[] KANJI = {
        "佐藤", "鈴木", "髙橋", "田中", "伊藤", "渡辺", "山本", "中村", "小林", "加藤", "吉田", "山田", "佐々木", "山口", "松本", "井上"
    };
    private static final String[] GIVEN = {
        "けんいち", "ゆうこ", "ひろし", "みさき", "だいすけ", "ようこ", "しょうた", "まさと", "あやか", "たくや", "なおみ", "ゆうた", "えみ", "かずお", "さやか",
        "りょう", "ともこ", "しんじ", "まい", "こうじ"
    };
    private static final String[] GIVEN_KANJI = {
        "健一", "裕子", "博", "美咲", "大輔", "陽子", "翔太", "正人", "彩花", "拓也", "直美", "悠太", "恵美", "和夫", "沙也加", "亮", "智子", "慎二", "舞",
        "浩二"
    };
    /** Shop and company names before the person, as customers of a visiting sales force often are. */
    private static final String[] SHOPS = {"", "", "", "はなや", "さかや", "こうむてん", "でんき", "しょうてん", "のうえん", "やっきょく"};

    private static final String[] SHOP_KANJI = {"", "", "", "花屋", "酒屋", "工務店", "電機", "商店", "農園", "薬局"};
    private static final String[] TOWNS = {
        "東京都新宿区西新宿", "神奈川県横浜市中区山下町", "大阪府大阪市北区梅田", "愛知県名古屋市中村区名駅", "福岡県福岡市博多区博多駅前", "北海道札幌市中央区北一条西"
    };

    private ImportBenchmark() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: ImportBenchmark <jdbc-url> <user> <password> [rows]");
            System.exit(2);
        }
        int rows = args.length > 3 ? Integer.parseInt(args[3]) : 100_000;
        var context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .run(
                        "--server.port=0",
                        "--vaadin.productionMode=true",
                        "--spring.datasource.url=" + args[0],
                        "--spring.datasource.username=" + args[1],
                        "--spring.datasource.password=" + args[2],
                        "--kiroku.demo-data=true",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=warn");
        try {
            run(context, rows);
        } finally {
            context.close();
        }
    }

    private static void run(ConfigurableApplicationContext context, int rows) throws Exception {
        var me = context.getBean(UserDetailsService.class).loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
        var imports = context.getBean(ImportService.class);
        var customers = context.getBean(CustomerService.class);
        Path csv = Files.createTempFile("kiroku-import-bench", ".csv");
        writeFile(csv, rows);
        long bytes = Files.size(csv);
        int before = customers.count(CustomerFilter.NONE);
        var heap = new HeapWatch();
        heap.start();

        ImportFile file = imports.open(csv, "bench.csv");
        var settings = new ImportSettings(
                file.headers(),
                imports.guess(CustomerImport.ID, file.headers()),
                CustomerImport.MATCH_KANA_PHONE,
                Duplicates.SKIP);
        long checkStart = System.nanoTime();
        CheckReport report =
                imports.check(file, CustomerImport.ID, settings, line -> {}).get();
        double checkSeconds = (System.nanoTime() - checkStart) / 1e9;
        long importStart = System.nanoTime();
        long id = imports.start(file, CustomerImport.ID, settings);
        ImportJob job;
        do {
            Thread.sleep(100);
            job = imports.job(id).orElseThrow();
        } while (job.status().open());
        double importSeconds = (System.nanoTime() - importStart) / 1e9;
        heap.interrupt();

        int after = customers.count(CustomerFilter.NONE);
        int found = customers
                .search(CustomerFilter.keyword("とりこみ" + SURNAMES[7]), List.of(), 0, 5)
                .size();
        System.out.printf("file: %,d rows, %,d bytes, %s%n", rows, bytes, file.format());
        System.out.printf(
                "dry run: %.1f s (%,.0f rows/s), %,d to create, %,d refused%n",
                checkSeconds, rows / checkSeconds, report.count(RowOutcome.CREATED), report.count(RowOutcome.REFUSED));
        System.out.printf(
                "import: %.1f s (%,.0f rows/s), %s, created %,d, refused %,d%n",
                importSeconds, rows / importSeconds, job.status(), job.created(), job.refused());
        System.out.printf(
                "customers before %,d, after %,d; found by reading: %d; max heap used %,d MB of %,d MB%n",
                before,
                after,
                found,
                heap.max() / (1 << 20),
                Runtime.getRuntime().maxMemory() / (1 << 20));
        System.out.printf(
                "| I1 import %,d customers from Shift_JIS CSV | %.1f s check + %.1f s import | %,d MB |%n",
                rows, checkSeconds, importSeconds, heap.max() / (1 << 20));
        if (after - before != job.created() || found == 0 || job.created() != rows) {
            throw new IllegalStateException("The import did not store every row");
        }
    }

    /** Customers as another system exports them: hiragana readings, phone layouts and addresses vary. */
    static void writeFile(Path path, int rows) throws IOException {
        var random = new Random(42);
        try (var out = new BufferedWriter(
                new OutputStreamWriter(Files.newOutputStream(path), Charset.forName("windows-31j")), 1 << 16)) {
            out.write("顧客コード,氏名,ふりがな,TEL,携帯,メール,〒,住所,担当者,ランク,備考\r\n");
            for (int i = 0; i < rows; i++) {
                int s = random.nextInt(SURNAMES.length);
                int g = random.nextInt(GIVEN.length);
                int shop = random.nextInt(SHOPS.length);
                String phone = "0%d-%04d-%04d".formatted(3 + random.nextInt(6), i % 10_000, (i / 10_000) % 10_000);
                String mobile = random.nextInt(3) == 0 ? "090%08d".formatted(i) : "";
                out.write(String.join(
                        ",",
                        "B" + i,
                        SHOP_KANJI[shop] + KANJI[s] + " " + GIVEN_KANJI[g],
                        "とりこみ" + SHOPS[shop] + SURNAMES[s] + " " + GIVEN[g],
                        phone,
                        mobile,
                        random.nextInt(4) == 0 ? "c" + i + "@example.com" : "",
                        "",
                        TOWNS[random.nextInt(TOWNS.length)] + (1 + random.nextInt(30)) + "-" + (1 + random.nextInt(20)),
                        random.nextBoolean() ? "staff" + (1 + random.nextInt(5)) : "",
                        String.valueOf("ABC".charAt(random.nextInt(3))),
                        random.nextInt(10) == 0 ? "紹介①" : ""));
                out.write("\r\n");
            }
        }
    }

    /** The most heap in use seen, sampled every 50 ms. */
    private static final class HeapWatch extends Thread {
        private final AtomicLong max = new AtomicLong();

        HeapWatch() {
            setDaemon(true);
        }

        @Override
        public void run() {
            var memory = ManagementFactory.getMemoryMXBean();
            while (!isInterrupted()) {
                max.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        long max() {
            return max.get();
        }
    }
}

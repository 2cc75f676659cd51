package app.kiroku.bench;

import app.kiroku.Application;
import app.kiroku.customer.CustomerFilter;
import app.kiroku.customer.CustomerListItem;
import app.kiroku.customer.CustomerSeek;
import app.kiroku.customer.CustomerService;
import app.kiroku.dashboard.DailyReportService;
import app.kiroku.dashboard.DashboardScope;
import app.kiroku.dashboard.DashboardService;
import app.kiroku.master.MasterDataService;
import app.kiroku.master.MasterItem;
import app.kiroku.negotiation.NegotiationService;
import app.kiroku.schedule.ScheduleScope;
import app.kiroku.schedule.ScheduleService;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The service-level benchmarks of docs/benchmarks.md (P1, P2, P5, P9, the dashboard's panels P10, the 日報
 * P11), against a database filled by {@link app.kiroku.bench.DataGenerator}: each figure through Kiroku's own
 * services (security, transaction, mapping) beside the bare SQL those services sent (the floor), replayed over
 * JDBC.
 *
 * <pre>src/bench/run.sh -Xmx2g app.kiroku.bench.Benchmarks \
 *     jdbc:mariadb://127.0.0.1:3306/kiroku_bench root "" [iterations]</pre>
 */
public final class Benchmarks {

    /**
     * One figure: the call's times, the floor of its last statement and the floor of all the statements it sent
     * (replayed one after the other on one connection, as the call sends them).
     */
    record Stats(
            String name,
            double p50,
            double p95,
            double p99,
            double floorP95,
            int statements,
            double allFloorP95,
            String goal) {
        String row() {
            return "| %s | %.2f | %.2f | %.2f | %.2f | %.1f× | %d | %.2f | %.1f× | %s |"
                    .formatted(
                            name,
                            p50,
                            p95,
                            p99,
                            floorP95,
                            floorP95 == 0 ? 0 : p95 / floorP95,
                            statements,
                            allFloorP95,
                            allFloorP95 == 0 ? 0 : p95 / allFloorP95,
                            goal);
        }
    }

    record Statement(String sql, List<Object> binds) {}

    /** Remembers the SQL jOOQ sent during the latest call and its bind values, to replay it bare. */
    static final class SentSql implements ExecuteListener {
        /** Only the benchmark's own statements: background jobs (the tally fold) run on other threads. */
        private final Thread measured = Thread.currentThread();

        private volatile List<Statement> statements = new ArrayList<>();

        void startCall() {
            statements = new ArrayList<>();
        }

        List<Statement> ofLatestCall() {
            return List.copyOf(statements);
        }

        @Override
        public void executeStart(ExecuteContext ctx) {
            if (Thread.currentThread() != measured) {
                return;
            }
            statements.add(new Statement(
                    ctx.sql(),
                    ctx.query() == null
                            ? List.of()
                            : new ArrayList<>(ctx.query().getBindValues())));
        }
    }

    private final ConfigurableApplicationContext context;
    private final int iterations;
    private final SentSql sentSql = new SentSql();
    private final List<Stats> results = new ArrayList<>();

    private Benchmarks(ConfigurableApplicationContext context, int iterations) {
        this.context = context;
        this.iterations = iterations;
        context.getBean(DSLContext.class).configuration().set(new DefaultExecuteListenerProvider(sentSql));
    }

    public static void main(String[] args) throws SQLException {
        if (args.length < 3) {
            System.err.println("usage: Benchmarks <jdbc-url> <user> <password> [iterations]");
            System.exit(2);
        }
        int iterations = args.length > 3 ? Integer.parseInt(args[3]) : 500;
        // a servlet context is needed by Vaadin's security setup; the server listens on a free port and idles
        var context = new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .run(
                        "--server.port=0",
                        "--vaadin.productionMode=true",
                        "--spring.datasource.url=" + args[0],
                        "--spring.datasource.username=" + args[1],
                        "--spring.datasource.password=" + args[2],
                        "--kiroku.demo-data=false",
                        "--spring.main.banner-mode=off",
                        "--logging.level.root=warn");
        try {
            new Benchmarks(context, iterations).run();
        } finally {
            context.close();
        }
    }

    private void run() throws SQLException {
        var users = context.getBean(UserDetailsService.class);
        var me = users.loadUserByUsername("staff1");
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(me, null, me.getAuthorities()));
        var customers = context.getBean(CustomerService.class);
        var negotiations = context.getBean(NegotiationService.class);
        var schedule = context.getBean(ScheduleService.class);
        var masters = context.getBean(MasterDataService.class);

        System.out.printf(
                "machine: the server computes 5,000,000 MD5s in %.2f s (a yardstick for comparing runs on"
                        + " different machines)%n",
                serverSpeed());
        System.out.printf(
                "%,d customers, %,d records; %d iterations each%n",
                customers.listCount(CustomerFilter.NONE).value(),
                negotiations.count(app.kiroku.negotiation.NegotiationFilter.NONE),
                iterations);

        // the most common surname in kana and in kanji, a full name, a ward, a phone number as customers dictate it
        var sample = customers.search(
                CustomerFilter.NONE,
                List.of(),
                customers.listCount(CustomerFilter.NONE).value() / 2,
                1);
        String phone = sample.isEmpty() || sample.getFirst().phone() == null
                ? "03-1234-5678"
                : sample.getFirst().phone();
        // 林 and 森: surnames of one kanji, a key of one character each
        for (String keyword : List.of("さとう", "佐藤", "さとうゆうこ", "さとう ゆうこ", "林", "森", "世田谷", phone)) {
            measure(
                    "P1 quick search 「%s」, first 50".formatted(keyword),
                    "p95 ≤ 10 ms",
                    () -> customers.search(CustomerFilter.keyword(keyword), List.of(), 0, 50));
        }
        measure("P1 the 件数 of 「さとう」", "p95 ≤ 10 ms", () -> customers.listCount(CustomerFilter.keyword("さとう")));
        measure("P1c the 件数 without criteria", "p95 ≤ 5 ms", () -> customers.listCount(CustomerFilter.NONE));
        measure("P1c the 件数 of 「林」", "p95 ≤ 5 ms", () -> customers.listCount(CustomerFilter.keyword("林")));
        Set<Long> proposals = masters.progressFlags().stream()
                .filter(f -> f.name().equals("提案中") || f.name().equals("見積提出"))
                .map(MasterItem::id)
                .collect(Collectors.toSet());
        measure(
                "P1 detailed: 自分が担当 + 現進捗",
                "p95 ≤ 10 ms",
                () -> customers.search(
                        CustomerFilter.builder().mine().progresses(proposals).build(), List.of(), 0, 50));
        LocalDate today = LocalDate.now();
        measure(
                "P1 detailed: next contact within 14 days",
                "p95 ≤ 10 ms",
                () -> customers.search(
                        CustomerFilter.builder()
                                .nextContact(today, today.plusDays(14))
                                .build(),
                        List.of(),
                        0,
                        50));
        measure(
                "P1 list without criteria, first 50",
                "p95 ≤ 10 ms",
                () -> customers.search(CustomerFilter.NONE, List.of(), 0, 50));

        // P2: scroll on page by page as the grid does, then time page 1,000 from the key page 999 ended with
        // (on smaller data, the last full page)
        int pages = Math.min(999, customers.listCount(CustomerFilter.NONE).value() / 50 - 1);
        CustomerSeek after = null;
        for (int page = 0; page < pages; page++) {
            List<CustomerListItem> rows = after == null
                    ? customers.search(CustomerFilter.NONE, List.of(), 0, 50)
                    : customers.searchAfter(CustomerFilter.NONE, after, 50);
            after = CustomerSeek.after(rows.getLast());
        }
        CustomerSeek page999 = after;
        measure(
                "P2 page %,d of the list, scrolled to".formatted(pages + 1),
                "≤ 2 × P1",
                () -> customers.searchAfter(CustomerFilter.NONE, page999, 50));
        measure(
                "P2' the same page by OFFSET %,d (not used)".formatted(pages * 50),
                "reference",
                () -> customers.search(CustomerFilter.NONE, List.of(), pages * 50, 50),
                Math.min(10, iterations));

        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.SUNDAY));
        System.out.printf(
                "P5 busy user: %,d entries in five weeks%n",
                schedule.negotiations(ScheduleScope.MINE, monday, monday.plusWeeks(5))
                        .size());
        measure(
                "P5 five weeks of staff1's calendar",
                "p95 ≤ 15 ms",
                () -> schedule.negotiations(ScheduleScope.MINE, monday, monday.plusWeeks(5)));

        long record = createRecord(negotiations);
        int[] version = {0};
        measureWrite("P9 save a record with its audit row", "p95 ≤ 15 ms", () -> {
            var draft = negotiations.detail(record).orElseThrow().toDraft();
            draft.setRemarks("benchmark " + version[0]);
            negotiations.update(record, version[0]++, draft);
            return null;
        });
        var mail = context.getBean(app.kiroku.negotiation.NegotiationMailService.class);
        long colleague = ((app.kiroku.user.KirokuUser) users.loadUserByUsername("staff2")).id();
        measureWrite("P9 save a record and queue its mail (audit and outbox rows)", "p95 ≤ 15 ms", () -> {
            var draft = negotiations.detail(record).orElseThrow().toDraft();
            draft.setRemarks("benchmark " + version[0]);
            negotiations.update(record, version[0]++, draft);
            mail.send(record, List.of(colleague), null);
            return null;
        });

        dashboard(((app.kiroku.user.KirokuUser) me).id());

        System.out.println();
        System.out.println("| | p50 ms | p95 ms | p99 ms | floor p95 ms | ratio | statements | all statements' floor"
                + " p95 ms | ratio | goal |");
        System.out.println("|---|---|---|---|---|---|---|---|---|---|");
        results.forEach(stats -> System.out.println(stats.row()));
    }

    /**
     * P10 each panel of the dashboard for staff1's department as staff1, then for everyone as admin (the widest
     * scope); P11 the 日報 of staff1's busiest day.
     */
    private void dashboard(long staff1) throws SQLException {
        var dashboard = context.getBean(DashboardService.class);
        panels(dashboard, dashboard.scopes().getFirst().scope(), "staff1's department");
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var admin = context.getBean(UserDetailsService.class).loadUserByUsername("admin");
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
        try {
            panels(dashboard, DashboardScope.EVERYONE, "everyone");
        } finally {
            SecurityContextHolder.getContext().setAuthentication(authentication);
        }
        var busiest = context.getBean(DSLContext.class)
                .fetchOne(
                        "SELECT done_date, COUNT(*) FROM negotiation"
                                + " WHERE handler_id = ? AND done_date IS NOT NULL GROUP BY done_date ORDER BY"
                                + " COUNT(*) DESC LIMIT 1",
                        staff1);
        if (busiest != null) {
            LocalDate day = busiest.get(0, LocalDate.class);
            var reports = context.getBean(DailyReportService.class);
            measure(
                    "P11 日報 of staff1's busiest day (%d records)".formatted(busiest.get(1, Integer.class)),
                    "p95 ≤ 20 ms",
                    () -> reports.report(staff1, day));
        }
    }

    private void panels(DashboardService dashboard, DashboardScope scope, String whose) throws SQLException {
        measure("P10 dashboard: customers by 現進捗, " + whose, "p95 ≤ 50 ms", () -> dashboard.progress(scope));
        measure(
                "P10 dashboard: customers by days since the last contact, " + whose,
                "p95 ≤ 50 ms",
                () -> dashboard.contactAges(scope));
        measure(
                "P10 dashboard: records done per person, %d weeks, %s".formatted(DashboardService.WEEKS, whose),
                "p95 ≤ 50 ms",
                () -> dashboard.visits(scope));
        measure(
                "P10 dashboard: plans of the next %d days, %s".formatted(DashboardService.DAYS_AHEAD, whose),
                "p95 ≤ 50 ms",
                () -> dashboard.planned(scope));
        measure("P10 dashboard: plans overdue, " + whose, "p95 ≤ 50 ms", () -> dashboard.overdue(scope));
    }

    private long createRecord(NegotiationService negotiations) {
        var draft = negotiations.newDraft(1);
        draft.setPlannedDate(LocalDate.now().plusDays(3));
        return negotiations.create(draft);
    }

    private void measure(String name, String goal, Supplier<?> call) throws SQLException {
        measure(name, goal, call, iterations);
    }

    /** @param times how often to run it (fewer for a reference that takes seconds) */
    private void measure(String name, String goal, Supplier<?> call, int runs) throws SQLException {
        for (int i = 0; i < Math.min(100, runs); i++) {
            call.get();
        }
        double[] times = time(call, runs);
        List<Statement> sent = sentSql.ofLatestCall();
        double[] floor = floor(sent.subList(sent.size() - 1, sent.size()), runs);
        double[] allFloor = floor(sent, runs);
        results.add(new Stats(
                name,
                pct(times, 50),
                pct(times, 95),
                pct(times, 99),
                pct(floor, 95),
                sent.size(),
                pct(allFloor, 95),
                goal));
    }

    /** Writes have no single statement to replay; their floor is left empty. */
    private void measureWrite(String name, String goal, Supplier<?> call) {
        for (int i = 0; i < Math.min(50, iterations); i++) {
            call.get();
        }
        double[] times = time(call, iterations);
        results.add(new Stats(name, pct(times, 50), pct(times, 95), pct(times, 99), 0, 0, 0, goal));
    }

    private double[] time(Supplier<?> call, int runs) {
        double[] times = new double[runs];
        for (int i = 0; i < runs; i++) {
            sentSql.startCall();
            long start = System.nanoTime();
            call.get();
            times[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        return times;
    }

    /**
     * Seconds the database server takes for a fixed piece of pure computation: a yardstick that makes figures from
     * different hosts comparable.
     */
    private double serverSpeed() throws SQLException {
        try (Connection connection = context.getBean(DataSource.class).getConnection();
                var statement = connection.createStatement()) {
            long start = System.nanoTime();
            statement.execute("SELECT BENCHMARK(5000000, MD5('kiroku'))");
            return (System.nanoTime() - start) / 1e9;
        }
    }

    /** The statements replayed in order on one connection, each read to its end: the time of each round. */
    private double[] floor(List<Statement> statements, int runs) throws SQLException {
        double[] times = new double[runs];
        try (Connection connection = context.getBean(DataSource.class).getConnection()) {
            var prepared = new ArrayList<PreparedStatement>();
            try {
                for (Statement sent : statements) {
                    PreparedStatement statement = connection.prepareStatement(sent.sql());
                    prepared.add(statement);
                    for (int i = 0; i < sent.binds().size(); i++) {
                        statement.setObject(i + 1, sent.binds().get(i));
                    }
                }
                for (int i = 0; i < runs; i++) {
                    long start = System.nanoTime();
                    for (PreparedStatement statement : prepared) {
                        try (ResultSet rows = statement.executeQuery()) {
                            while (rows.next()) {
                                rows.getObject(1);
                            }
                        }
                    }
                    times[i] = (System.nanoTime() - start) / 1_000_000.0;
                }
            } finally {
                for (PreparedStatement statement : prepared) {
                    statement.close();
                }
            }
        }
        return times;
    }

    private static double pct(double[] times, int percentile) {
        double[] sorted = Arrays.copyOf(times, times.length);
        Arrays.sort(sorted);
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percentile / 100.0 * sorted.length) - 1)];
    }
}

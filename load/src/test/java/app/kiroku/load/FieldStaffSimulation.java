package app.kiroku.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.details;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.percent;
import static io.gatling.javaapi.core.CoreDsl.randomSwitch;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.currentLocation;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.IntStream;

/**
 * L1 of docs/benchmarks.md: many people at once, each driving Kiroku the way a browser does, over Vaadin's own
 * protocol (the bootstrap, then JSON messages carrying the UI's security key, {@code syncId} and {@code clientId},
 * and the node ids the server handed out).
 *
 * <p>Each virtual user signs in as a different member of staff, opens 顧客検索, and then, until the run ends,
 * searches every 3–6 s with a keyword from {@link Keywords}; after three searches in ten it opens one of the
 * customers found, and after one open in four it opens the form, types a new 備考 for some seconds and saves.
 * It goes back to 顧客検索 by the menu. Static files are not fetched (a browser has them cached).
 *
 * <p>Settings, as system properties: {@code kiroku.load.url} (http://127.0.0.1:8080, loopback only),
 * {@code kiroku.load.users} (200), {@code kiroku.load.ramp} (seconds over which the users arrive, 120),
 * {@code kiroku.load.hold} (seconds all of them stay, 600), {@code kiroku.load.password} (the generator's),
 * {@code kiroku.load.open-percent} (30) and {@code kiroku.load.save-percent} (25) for the shares above,
 * and {@code kiroku.load.db}, {@code kiroku.load.db.user}, {@code kiroku.load.db.password} for the database the app
 * runs on, read once for real phone numbers. The run stops by itself after ramp + hold.
 */
public class FieldStaffSimulation extends Simulation {

    private static final String BASE_URL = setting("kiroku.load.url", "http://127.0.0.1:8080");
    private static final int USERS = Integer.parseInt(setting("kiroku.load.users", "200"));
    private static final Duration RAMP = Duration.ofSeconds(Long.parseLong(setting("kiroku.load.ramp", "120")));
    private static final Duration HOLD = Duration.ofSeconds(Long.parseLong(setting("kiroku.load.hold", "600")));
    private static final String PASSWORD = setting("kiroku.load.password", "kiroku-demo");
    private static final double OPEN_PERCENT = Double.parseDouble(setting("kiroku.load.open-percent", "30"));
    private static final double SAVE_PERCENT = Double.parseDouble(setting("kiroku.load.save-percent", "25"));
    /** Staff accounts the generator makes: staff1 … staff1000. */
    private static final int STAFF = 1000;

    /** The browser's window as the bootstrap request reports it; the values only need to be plausible. */
    private static final String INIT_QUERY = "v-r=init&location=&query=&v-sh=1180&v-sw=820&v-wh=1180&v-ww=820"
            + "&v-bh=1180&v-bw=820&v-curdate=#{now}&v-tzo=-540&v-dstd=0&v-rtzo=-540&v-dston=false"
            + "&v-tzid=Asia%2FTokyo&v-wn=load-#{login}&v-td=true&v-pr=2&v-np=Linux&v-cs=light&v-pv=VISIBLE"
            + "&v-fs=NOT_FULLSCREEN&v-so=portrait-primary&v-soa=0&v-tn=lumo&v-ga=PROMPT&v-wla=SUPPORTED&v-ws=false";

    /**
     * What a browser sends with Enter in the keyword field: the shortcut's filter is an expression the client
     * evaluates and reports by its text, so the text must be the server's own.
     */
    private static final String ENTER = """
            {"event.shiftKey":false,"event.metaKey":false,"event.code":"Enter","event.key":"Enter",\
            "(['Enter'].indexOf(event.code) !== -1 || ['Enter'].indexOf(event.key) !== -1) \
            && !event.getModifierState('Shift') && !event.getModifierState('Control') \
            && !event.getModifierState('Alt') && !event.getModifierState('AltGraph') \
            && !event.getModifierState('Meta') && (event.stopPropagation() || true) \
            && window.Vaadin.Flow.resetFocus()":true,\
            "event.isComposing":false,"event.ctrlKey":false,"event.repeat":false,"event.location":0,\
            "event.altKey":false}""";

    private static final String CLICK = """
            {"event.shiftKey":false,"event.metaKey":false,"event.detail":1,"event.ctrlKey":false,\
            "event.clientX":400,"event.clientY":300,"event.altKey":false,"event.button":0,\
            "event.screenY":300,"event.screenX":400}""";

    /** A grid's data arrives with a confirmation the client must acknowledge: {@code [{"@v-node":n},id,"…"]}. */
    private static final String CONFIRM = "\\[\\{\"@v-node\":(\\d+)\\},(\\d+),\"return \\$0\\.\\$connector\\.confirm";

    private final Keywords keywords = Keywords.load(setting("kiroku.load.db",
            "jdbc:mariadb://127.0.0.1:3306/kiroku_bench"), setting("kiroku.load.db.user", "root"),
            setting("kiroku.load.db.password", ""));

    {
        requireLoopback(BASE_URL);
        HttpProtocolBuilder protocol = http.baseUrl(BASE_URL)
                .acceptLanguageHeader("ja,en;q=0.5")
                .userAgentHeader("Kiroku load test (Gatling)")
                .shareConnections();
        setUp(fieldStaff().injectOpen(rampUsers(USERS).during(RAMP)))
                .protocols(protocol)
                .maxDuration(RAMP.plus(HOLD))
                .assertions(
                        global().failedRequests().count().is(0L),
                        details("search").responseTime().percentile(95.0).lte(250),
                        details("open customer").responseTime().percentile(95.0).lte(250),
                        details("edit").responseTime().percentile(95.0).lte(250),
                        details("save").responseTime().percentile(95.0).lte(250),
                        details("open 顧客検索").responseTime().percentile(95.0).lte(250));
    }

    private ScenarioBuilder fieldStaff() {
        Iterator<Map<String, Object>> logins = IntStream.iterate(1, i -> i % STAFF + 1)
                .mapToObj(i -> Map.<String, Object>of("login", "staff" + i)).iterator();
        return scenario("field staff")
                .feed(logins)
                .exec(session -> session.set("now", System.currentTimeMillis()).set("promise", 0))
                .group("sign in").on(signIn())
                .group("open 顧客検索").on(openCustomerSearch())
                .forever().on(
                        exec(session -> session.set("keyword", keywords.next())),
                        pause(Duration.ofSeconds(3), Duration.ofSeconds(6)),
                        group("search").on(search()),
                        randomSwitch().on(percent(OPEN_PERCENT).then(doIf(session -> session.contains("itemKey")).then(
                                pause(Duration.ofSeconds(2), Duration.ofSeconds(4)),
                                group("open customer").on(openCustomer()),
                                randomSwitch().on(percent(SAVE_PERCENT).then(
                                        pause(Duration.ofSeconds(2), Duration.ofSeconds(4)),
                                        group("edit").on(edit()),
                                        pause(Duration.ofSeconds(4), Duration.ofSeconds(8)),
                                        group("save").on(save()))),
                                pause(Duration.ofSeconds(1), Duration.ofSeconds(2)),
                                group("open 顧客検索").on(openCustomerSearch())))));
    }

    private static ChainBuilder signIn() {
        return exec(http("login page").get("/login")
                        .check(regex("<meta name=\"_csrf\" content=\"([^\"]+)\"").saveAs("formCsrf")))
                .exec(http("login").post("/login")
                        .formParam("_csrf", "#{formCsrf}")
                        .formParam("username", "#{login}")
                        .formParam("password", PASSWORD)
                        .check(status().is(200), currentLocation().is(BASE_URL + "/")))
                .exec(http("bootstrap").get("/?" + INIT_QUERY)
                        .check(jsonPath("$.appConfig['v-uiId']").ofInt().saveAs("uiId"),
                                jsonPath("$.appConfig.uidl['Vaadin-Security-Key']").saveAs("csrf"),
                                jsonPath("$.appConfig.uidl.syncId").ofInt().saveAs("syncId"),
                                jsonPath("$.appConfig.uidl.clientId").ofInt().saveAs("clientId")))
                .exec(uidl("今日の予定", session -> navigate("", ""), nodeWithId("agenda").exists()));
    }

    private static ChainBuilder openCustomerSearch() {
        return uidl("顧客検索", session -> navigate("customers", ""),
                nodeWithId("customer-keyword").saveAs("keywordNode"),
                nodeWithId("customer-grid").saveAs("gridNode"));
    }

    private static ChainBuilder search() {
        return exec(session -> session.remove("itemKey"))
                .exec(uidl("search", session -> {
                    int field = session.getInt("keywordNode");
                    return "[" + sync(field, "value", json(session.getString("keyword"))) + ","
                            + event(field, "change", "{}") + "," + event(field, "keydown", ENTER) + "]";
                }, regex("\"key\":\"(\\d+)\",\"col0\"").findRandom().optional().saveAs("itemKey")));
    }

    private static ChainBuilder openCustomer() {
        return uidl("open customer", session -> {
            int grid = session.getInt("gridNode");
            String key = json(session.getString("itemKey"));
            int promise = session.getInt("promise");
            return "[" + published(grid, "select", key, promise) + ","
                    + published(grid, "setDetailsVisible", key, promise + 1) + ","
                    + event(grid, "item-click", "{\"event.detail.itemKey\":" + key
                            + ",\"event.detail.internalColumnId\":\"col0\",\"event.detail.button\":0,"
                            + "\"event.detail.detail\":1}")
                    + "]";
        }, nodeWithId("customer-edit").saveAs("editNode")).exec(session -> session.set("promise",
                session.getInt("promise") + 2));
    }

    private static ChainBuilder edit() {
        return uidl("edit", session -> "[" + event(session.getInt("editNode"), "click", CLICK) + "]",
                nodeWithId("field-memo").saveAs("memoNode"),
                nodeWithId("customer-save").saveAs("saveNode"));
    }

    /**
     * Saved, the customer's page comes back; when someone else saved the same customer while the form was open, the
     * save is refused with a notice, and the user loads the saved version (a request of its own in the report).
     */
    private static ChainBuilder save() {
        return exec(session -> session.remove("conflictNode"))
                .exec(uidl("save", session -> {
                    int memo = session.getInt("memoNode");
                    String text = json("訪問メモ " + session.getString("login") + " " + System.currentTimeMillis());
                    return "[" + sync(memo, "value", text) + "," + event(memo, "change", "{}") + ","
                            + event(session.getInt("saveNode"), "click", CLICK) + "]";
                }, regex("\"value\":\"(customer-edit|conflict-dialog)\"").exists(),
                        nodeWithId("conflict-dialog").optional().saveAs("conflictNode")))
                .doIf(session -> session.contains("conflictNode")).then(uidl("load the version saved first",
                        session -> "[" + event(session.getInt("conflictNode"), "confirm", "{}") + "]"));
    }

    /**
     * One request to the UI, then the acknowledgements of any grid data it brought, as the browser sends them
     * before anything else.
     */
    @SafeVarargs
    private static ChainBuilder uidl(String name, Function<Session, String> rpc, CheckBuilder... checks) {
        var request = message(name, rpc)
                .check(substring("appError").notExists(),
                        substring("sessionExpired").notExists(),
                        regex(CONFIRM).captureGroups(2).findAll().optional().saveAs("confirms"))
                .check(checks);
        return exec(session -> session.remove("confirms"))
                .exec(request)
                .doIf(session -> session.contains("confirms")).then(
                        exec(message(name + " (grid data confirmed)", FieldStaffSimulation::confirmations))
                        .exec(session -> session.set("promise", session.getInt("promise")
                                + session.getList("confirms").size())));
    }

    /** A message to the UI, carrying on the ids the server expects next. */
    private static HttpRequestActionBuilder message(String name, Function<Session, String> rpc) {
        return http(name).post("/?v-r=uidl&v-uiId=#{uiId}")
                .header("Content-Type", "application/json; charset=UTF-8")
                .body(StringBody(session -> message(session, rpc.apply(session))))
                .check(status().is(200),
                        jsonPath("$.syncId").ofInt().saveAs("syncId"),
                        jsonPath("$.clientId").ofInt().saveAs("clientId"));
    }

    private static String confirmations(Session session) {
        List<List<String>> confirms = session.getList("confirms");
        int promise = session.getInt("promise");
        var rpc = new StringBuilder("[");
        for (List<String> confirm : confirms) {
            if (rpc.length() > 1) {
                rpc.append(',');
            }
            rpc.append(published(Integer.parseInt(confirm.get(0)), "confirmUpdate", confirm.get(1), promise++));
        }
        return rpc.append(']').toString();
    }

    private static String message(Session session, String rpc) {
        return "{\"csrfToken\":\"" + session.getString("csrf") + "\",\"rpc\":" + rpc + ",\"syncId\":"
                + session.getInt("syncId") + ",\"clientId\":" + session.getInt("clientId") + "}";
    }

    private static String navigate(String route, String query) {
        return "[" + event(1, "ui-navigate", "{\"route\":" + json(route) + ",\"query\":" + json(query)
                + ",\"appShellTitle\":\"Kiroku\",\"historyState\":{\"idx\":0},\"trigger\":\"client\"}") + "]";
    }

    private static String event(int node, String name, String data) {
        return "{\"type\":\"event\",\"node\":" + node + ",\"event\":\"" + name + "\",\"data\":" + data + "}";
    }

    private static String sync(int node, String property, String value) {
        return "{\"type\":\"mSync\",\"node\":" + node + ",\"feature\":1,\"property\":\"" + property + "\",\"value\":"
                + value + "}";
    }

    private static String published(int node, String method, String argument, int promise) {
        return "{\"type\":\"publishedEventHandler\",\"node\":" + node + ",\"templateEventMethodName\":\"" + method
                + "\",\"templateEventMethodArgs\":[" + argument + "],\"promise\":" + promise + "}";
    }

    /** The node the server gave the element with this id, from the changes of the response. */
    private static CheckBuilder.Find<Integer> nodeWithId(String id) {
        return jmesPath("changes[?key=='id' && value=='" + id + "'].node | [0]").ofInt();
    }

    static String json(String text) {
        var out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> out.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return out.append('"').toString();
    }

    private static String setting(String name, String fallback) {
        String value = System.getProperty(name, "").strip();
        return value.isEmpty() ? fallback : value;
    }

    private static void requireLoopback(String url) {
        try {
            if (!InetAddress.getByName(URI.create(url).getHost()).isLoopbackAddress()) {
                throw new IllegalArgumentException("the load test talks to loopback only, not " + url);
            }
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("unknown host in " + url, e);
        }
    }
}

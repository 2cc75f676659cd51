package app.kiroku.demo;

import static app.kiroku.db.Tables.CUSTOMER_RANK;
import static app.kiroku.db.Tables.DEPARTMENT;
import static app.kiroku.db.Tables.PROGRESS_FLAG;

import app.kiroku.customer.CustomerSearchKeys;
import app.kiroku.db.tables.records.AppUserRecord;
import app.kiroku.db.tables.records.CustomerAssigneeRecord;
import app.kiroku.db.tables.records.CustomerRecord;
import app.kiroku.db.tables.records.NegotiationRecord;
import app.kiroku.db.tables.records.ScheduleEntryRecord;
import app.kiroku.db.tables.records.ScheduleParticipantRecord;
import app.kiroku.demo.DemoVocabulary.Reading;
import app.kiroku.demo.DemoVocabulary.Town;
import app.kiroku.shared.text.SearchText;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jooq.DSLContext;
import org.jooq.TableRecord;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Builds the demo data set from a fixed seed, dates relative to today, so every start looks lived-in. */
public final class DemoData {

    static final long SEED = 20261126L;
    static final int CUSTOMERS = 300;
    static final int NEGOTIATIONS = 1000;
    public static final String DEMO_PASSWORD = "kiroku-demo";

    private static final String[][] DEPARTMENTS = {{"営業一課"}, {"営業二課"}, {"リフォーム事業部"}, {"工事部"}, {"総務部"}};
    private static final String[][] FLAGS = {
        {"初回訪問", "#1e88e5"}, {"ヒアリング", "#00897b"}, {"提案中", "#8e24aa"},
        {"見積提出", "#f57c00"}, {"契約", "#2e7d32"}, {"失注", "#757575"}
    };
    private static final String[] RANKS = {"A", "B", "C"};
    /** login id, name, kana, role, department (1-based), e-mail. */
    private static final String[][] USERS = {
        {"admin", "山田 花子", "ヤマダ\u3000ハナコ", "ADMIN", "5", "admin@kiroku.example.com"},
        {"staff1", "佐藤 健一", "サトウ\u3000ケンイチ", "STAFF", "1", "staff1@kiroku.example.com"},
        {"staff2", "鈴木 美咲", "スズキ\u3000ミサキ", "STAFF", "2", "staff2@kiroku.example.com"},
        {"partner1", "田中 誠（田中設備）", "タナカ\u3000マコト", "PARTNER", "", "partner1@tanaka-setsubi.example.com"},
        {"staff3", "高橋 翔太", "タカハシ\u3000ショウタ", "STAFF", "1", "staff3@kiroku.example.com"},
        {"staff4", "伊藤 陽子", "イトウ\u3000ヨウコ", "STAFF", "3", "staff4@kiroku.example.com"},
        {"staff5", "渡辺 大輔", "ワタナベ\u3000ダイスケ", "STAFF", "3", ""},
        {"manager1", "中村 直樹", "ナカムラ\u3000ナオキ", "STAFF", "4", "manager1@kiroku.example.com"}
    };

    private static final long ADMIN = 1;
    private static final long STAFF1 = 2;
    private static final long PARTNER1 = 4;
    private static final long[] IN_HOUSE = {1, 2, 3, 5, 6, 7, 8};
    private static final long[] SALES = {2, 3, 5, 6, 7};

    private final DSLContext dsl;
    private final PasswordEncoder passwords;
    private final LocalDate today;
    private final LocalDateTime now;
    private final Random random;

    DemoData(DSLContext dsl, PasswordEncoder passwords, Clock clock, long seed) {
        this.dsl = dsl;
        this.passwords = passwords;
        this.now = LocalDateTime.now(clock).withNano(0);
        this.today = now.toLocalDate();
        this.random = new Random(seed);
    }

    String insertAll() {
        masters();
        users();
        List<CustomerRecord> customers = customers();
        dsl.execute(CustomerSearchKeys.insertForIdRange(), 1, customers.size(), 1, customers.size());
        List<CustomerAssigneeRecord> assignees = assignees(customers);
        List<NegotiationRecord> negotiations = negotiations(customers, assignees);
        List<ScheduleEntryRecord> entries = scheduleEntries();
        return "%d customers, %d assignments, %d negotiation records, %d schedule entries"
                .formatted(customers.size(), assignees.size(), negotiations.size(), entries.size());
    }

    private void masters() {
        for (int i = 0; i < DEPARTMENTS.length; i++) {
            dsl.insertInto(DEPARTMENT, DEPARTMENT.ID, DEPARTMENT.NAME, DEPARTMENT.SORT_ORDER)
                    .values((long) i + 1, DEPARTMENTS[i][0], (i + 1) * 10)
                    .execute();
        }
        for (int i = 0; i < FLAGS.length; i++) {
            dsl.insertInto(
                            PROGRESS_FLAG,
                            PROGRESS_FLAG.ID,
                            PROGRESS_FLAG.NAME,
                            PROGRESS_FLAG.COLOR,
                            PROGRESS_FLAG.SORT_ORDER)
                    .values((long) i + 1, FLAGS[i][0], FLAGS[i][1], (i + 1) * 10)
                    .execute();
        }
        for (int i = 0; i < RANKS.length; i++) {
            dsl.insertInto(CUSTOMER_RANK, CUSTOMER_RANK.ID, CUSTOMER_RANK.NAME, CUSTOMER_RANK.SORT_ORDER)
                    .values((long) i + 1, RANKS[i], (i + 1) * 10)
                    .execute();
        }
    }

    private void users() {
        String hash = passwords.encode(DEMO_PASSWORD);
        List<AppUserRecord> users = new ArrayList<>();
        for (int i = 0; i < USERS.length; i++) {
            String[] u = USERS[i];
            var user = new AppUserRecord();
            user.setId((long) i + 1);
            user.setLoginId(u[0]);
            user.setName(u[1]);
            user.setKana(u[2]);
            user.setRole(u[3]);
            user.setDepartmentId(u[4].isEmpty() ? null : Long.valueOf(u[4]));
            user.setEmail(u[5].isEmpty() ? null : u[5]);
            user.setActive(true);
            user.setPasswordHash(hash);
            user.setMustChangePassword(false);
            user.setFailedLoginCount(0);
            user.setCreatedAt(now);
            user.setUpdatedAt(now);
            user.setVersion(0);
            users.add(user);
        }
        insert(users);
    }

    private List<CustomerRecord> customers() {
        List<CustomerRecord> customers = new ArrayList<>();
        for (int i = 1; i <= CUSTOMERS; i++) {
            boolean company = random.nextInt(100) < 22;
            Reading name = company ? companyName() : personName();
            Town town = pick(DemoVocabulary.TOWNS);
            var customer = new CustomerRecord();
            customer.setId((long) i);
            customer.setName(name.text());
            customer.setKana(name.kana());
            customer.setPhone(landline(town.areaCode()));
            if (!company && random.nextInt(100) < 65) {
                customer.setMobile(mobile());
            }
            if (random.nextInt(100) < 40) {
                customer.setEmail("customer" + i + "@example.com");
            }
            customer.setPostalCode(town.postalCode());
            customer.setAddress(address(town));
            customer.setRankId((long) weightedRank());
            if (random.nextInt(100) < 30) {
                customer.setMemo(pick(DemoVocabulary.REMARK_SENTENCES));
            }
            customer.setNameNorm(SearchText.normalize(customer.getName()));
            customer.setKanaNorm(SearchText.normalize(customer.getKana()));
            customer.setPhoneDigits(SearchText.digits(customer.getPhone()));
            customer.setMobileDigits(customer.getMobile() == null ? null : SearchText.digits(customer.getMobile()));
            customer.setAddressNorm(SearchText.normalize(customer.getAddress()));
            LocalDateTime created = now.minusDays(100 + random.nextInt(600));
            customer.setCreatedBy(ADMIN);
            customer.setCreatedAt(created);
            customer.setUpdatedBy(ADMIN);
            customer.setUpdatedAt(created);
            customer.setVersion(0);
            customers.add(customer);
        }
        insert(customers);
        return customers;
    }

    private List<CustomerAssigneeRecord> assignees(List<CustomerRecord> customers) {
        List<CustomerAssigneeRecord> rows = new ArrayList<>();
        for (CustomerRecord customer : customers) {
            int count = 1 + random.nextInt(3);
            var chosen = new java.util.LinkedHashSet<Long>();
            // staff1 and staff2 are the demo logins: give them a good share of customers
            if (random.nextInt(100) < 45) {
                chosen.add(STAFF1);
            } else if (random.nextInt(100) < 45) {
                chosen.add(3L);
            }
            while (chosen.size() < count) {
                chosen.add(SALES[random.nextInt(SALES.length)]);
            }
            chosen.forEach(
                    user -> rows.add(new CustomerAssigneeRecord(customer.getId(), user, customer.getKanaNorm())));
        }
        insert(rows);
        return rows;
    }

    private List<NegotiationRecord> negotiations(
            List<CustomerRecord> customers, List<CustomerAssigneeRecord> assignees) {
        var assigneesByCustomer = assignees.stream()
                .collect(Collectors.groupingBy(
                        CustomerAssigneeRecord::getCustomerId,
                        Collectors.mapping(CustomerAssigneeRecord::getUserId, Collectors.toList())));
        List<NegotiationRecord> rows = new ArrayList<>();
        long id = 1;
        // Two fixed visits today for staff1, so the demo login always has something to show
        for (int k = 0; k < 2 && rows.size() < NEGOTIATIONS; k++) {
            CustomerRecord customer = customers.get(k * 7);
            rows.add(record(id++, customer, STAFF1, 1 + k, today, LocalTime.of(10 + 5 * k, 0), null));
        }
        while (rows.size() < NEGOTIATIONS) {
            CustomerRecord customer = pick(customers);
            if (customer.getId() % 11 == 0) {
                continue; // some customers have no records at all
            }
            List<Long> people = assigneesByCustomer.getOrDefault(customer.getId(), List.of(STAFF1));
            int visits = 1 + random.nextInt(6);
            int stage = random.nextInt(2);
            LocalDate date = today.minusDays(random.nextInt(95));
            for (int v = 0; v < visits && rows.size() < NEGOTIATIONS; v++) {
                if (date.isAfter(today.plusDays(62))) {
                    break;
                }
                long handler = people.get(random.nextInt(people.size()));
                rows.add(record(
                        id++,
                        customer,
                        handler,
                        1 + Math.min(stage, FLAGS.length - 1),
                        date,
                        randomTime(),
                        pick(DemoVocabulary.REPORT_SENTENCES)));
                stage += random.nextInt(100) < 55 ? 1 : 0;
                if (stage >= 4 && random.nextInt(100) < 30) {
                    stage = 5; // 失注
                }
                date = date.plusDays(5 + random.nextInt(20));
            }
        }
        insert(rows);
        return rows;
    }

    /** A record on {@code date}: done when the date has passed (mostly), planned when it lies ahead. */
    private NegotiationRecord record(
            long id,
            CustomerRecord customer,
            long handler,
            int progress,
            LocalDate date,
            LocalTime time,
            String sentence) {
        var row = new NegotiationRecord();
        row.setId(id);
        row.setCustomerId(customer.getId());
        row.setHandlerId(handler);
        row.setProgressId((long) progress);
        row.setRankId(customer.getRankId());
        row.setDepartmentId(departmentOf(handler));
        boolean past = date.isBefore(today);
        boolean overdue = past && random.nextInt(100) < 6;
        if (!past || overdue) {
            row.setPlannedDate(date);
            row.setPlannedTime(time);
            row.setReport(random.nextInt(100) < 60 ? pick(DemoVocabulary.PLAN_NOTES) : null);
        } else {
            if (random.nextInt(100) < 70) {
                row.setPlannedDate(date);
                row.setPlannedTime(time);
            }
            row.setDoneDate(date);
            row.setDoneTime(time == null ? null : time.plusMinutes(random.nextInt(4) * 15L));
            String next = pick(DemoVocabulary.REPORT_SENTENCES);
            row.setReport(next.equals(sentence) ? sentence : sentence + "\n" + next);
        }
        if (random.nextInt(100) < 25) {
            row.setRemarks(pick(DemoVocabulary.REMARK_SENTENCES));
        }
        row.setShownDate(row.getDoneDate() != null ? row.getDoneDate() : row.getPlannedDate());
        row.setShownTime(row.getDoneDate() != null ? row.getDoneTime() : row.getPlannedTime());
        LocalDateTime stamp = past ? date.atTime(19, 0) : now.minusDays(random.nextInt(20));
        row.setCreatedBy(handler);
        row.setCreatedAt(stamp);
        row.setUpdatedBy(handler);
        row.setUpdatedAt(stamp);
        row.setVersion(0);
        return row;
    }

    private List<ScheduleEntryRecord> scheduleEntries() {
        List<ScheduleEntryRecord> entries = new ArrayList<>();
        List<ScheduleParticipantRecord> participants = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            var entry = new ScheduleEntryRecord();
            LocalDate day = today.plusDays(random.nextInt(21) - 7L);
            boolean allDay = random.nextInt(100) < 15;
            LocalDateTime start =
                    allDay ? day.atStartOfDay() : day.atTime(9 + random.nextInt(8), random.nextBoolean() ? 0 : 30);
            long owner = i % 4 == 0 ? PARTNER1 : IN_HOUSE[random.nextInt(IN_HOUSE.length)];
            entry.setId((long) i);
            entry.setTitle(pick(DemoVocabulary.SCHEDULE_TITLES));
            entry.setStartsAt(start);
            entry.setEndsAt(allDay ? day.plusDays(1).atStartOfDay() : start.plusMinutes(60L + 30L * random.nextInt(4)));
            entry.setAllDay(allDay);
            entry.setPlace(random.nextBoolean() ? address(pick(DemoVocabulary.TOWNS)) : null);
            entry.setOwnerId(owner);
            entry.setCreatedAt(now);
            entry.setUpdatedAt(now);
            entry.setVersion(0);
            entries.add(entry);
            if (owner != PARTNER1 && i % 3 == 0) {
                participants.add(new ScheduleParticipantRecord((long) i, PARTNER1));
            }
            if (owner != STAFF1 && i % 5 == 0) {
                participants.add(new ScheduleParticipantRecord((long) i, STAFF1));
            }
        }
        insert(entries);
        insert(participants);
        return entries;
    }

    private Reading personName() {
        Reading surname = pick(DemoVocabulary.SURNAMES);
        Reading given =
                pick(random.nextBoolean() ? DemoVocabulary.GIVEN_NAMES_MALE : DemoVocabulary.GIVEN_NAMES_FEMALE);
        return new Reading(surname.text() + " " + given.text(), surname.kana() + "\u3000" + given.kana());
    }

    private Reading companyName() {
        Reading stem = pick(DemoVocabulary.COMPANY_STEMS);
        Reading kind = pick(DemoVocabulary.COMPANY_KINDS);
        Reading form = random.nextInt(100) < 75 ? DemoVocabulary.KABUSHIKI : DemoVocabulary.YUGEN;
        // the kana leaves out 株式会社/有限会社, as Japanese lists sort companies by their own name
        String kana = stem.kana() + kind.kana();
        return random.nextBoolean()
                ? new Reading(form.text() + stem.text() + kind.text(), kana)
                : new Reading(stem.text() + kind.text() + form.text(), kana);
    }

    private String address(Town town) {
        String street =
                town.town() + (1 + random.nextInt(5)) + "-" + (1 + random.nextInt(30)) + "-" + (1 + random.nextInt(20));
        String building = random.nextInt(100) < 25
                ? " " + pick(DemoVocabulary.BUILDING_NAMES) + " " + (1 + random.nextInt(8)) + "0"
                        + (1 + random.nextInt(9)) + "号室"
                : "";
        return town.prefecture() + town.city() + street + building;
    }

    private String landline(String areaCode) {
        int localDigits = 10 - areaCode.length();
        int exchangeDigits = localDigits - 4;
        String exchange = IntStream.range(0, exchangeDigits)
                .mapToObj(i -> String.valueOf(i == 0 ? 2 + random.nextInt(8) : random.nextInt(10)))
                .collect(Collectors.joining());
        return areaCode + "-" + exchange + "-" + "%04d".formatted(random.nextInt(10000));
    }

    private String mobile() {
        String[] prefixes = {"090", "080", "070"};
        return pick(List.of(prefixes)) + "-" + "%04d".formatted(random.nextInt(10000)) + "-"
                + "%04d".formatted(random.nextInt(10000));
    }

    private int weightedRank() {
        int r = random.nextInt(100);
        return r < 20 ? 1 : r < 65 ? 2 : 3;
    }

    private LocalTime randomTime() {
        return random.nextInt(100) < 18 ? null : LocalTime.of(9 + random.nextInt(9), random.nextBoolean() ? 0 : 30);
    }

    private long departmentOf(long userId) {
        String department = USERS[(int) userId - 1][4];
        return department.isEmpty() ? 1 : Long.parseLong(department);
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    private void insert(List<? extends TableRecord<?>> rows) {
        for (int from = 0; from < rows.size(); from += 500) {
            dsl.batchInsert(rows.subList(from, Math.min(rows.size(), from + 500)))
                    .execute();
        }
    }
}

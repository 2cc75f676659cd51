package app.kiroku.shared.data;

import static org.assertj.core.api.Assertions.assertThat;

import app.kiroku.KirokuTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What a Galera cluster needs of the schema the migrations make: InnoDB tables, each with a primary key. */
@KirokuTest
class SchemaFitsGaleraTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void everyTableIsInnoDbWithAPrimaryKey() {
        var tables = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE'",
                String.class);
        var withoutKey = jdbc.queryForList("""
                SELECT t.table_name FROM information_schema.tables t
                WHERE t.table_schema = DATABASE() AND t.table_type = 'BASE TABLE'
                  AND NOT EXISTS (SELECT 1 FROM information_schema.table_constraints c
                                  WHERE c.table_schema = t.table_schema AND c.table_name = t.table_name
                                    AND c.constraint_type = 'PRIMARY KEY')""", String.class);
        var notInnoDb = jdbc.queryForList(
                "SELECT table_name FROM information_schema.tables "
                        + "WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE' AND engine <> 'InnoDB'",
                String.class);

        assertThat(tables).contains("customer", "negotiation", "mail_outbox", "shedlock", "flyway_schema_history");
        assertThat(withoutKey).isEmpty();
        assertThat(notInnoDb).isEmpty();
    }
}

package app.kiroku.shared.data;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The zero-setup default: when no {@code spring.datasource.url} is configured, Kiroku runs its own MariaDB
 * with its data in {@code kiroku.data-dir} (default {@code ./data}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseConfiguration.NoDataSourceConfigured.class)
public class EmbeddedDatabaseConfiguration {

    static final String DATABASE = "kiroku";

    @Bean(destroyMethod = "close")
    EmbeddedMariaDb embeddedMariaDb(@Value("${kiroku.data-dir:./data}") String dataDir) {
        return EmbeddedMariaDb.start(Path.of(dataDir), DATABASE);
    }

    @Bean
    DataSource dataSource(EmbeddedMariaDb server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl(DATABASE));
        dataSource.setUsername(server.username());
        dataSource.setPassword(server.password());
        dataSource.setPoolName("kiroku-embedded");
        dataSource.setMaximumPoolSize(10);
        return dataSource;
    }

    @Bean
    DatabaseMode databaseMode() {
        return DatabaseMode.EMBEDDED;
    }

    static final class NoDataSourceConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !StringUtils.hasText(context.getEnvironment().getProperty("spring.datasource.url"));
        }
    }
}

package app.kiroku.shared.data;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ExternalDatabaseConfiguration {

    @Bean
    @ConditionalOnMissingBean(DatabaseMode.class)
    DatabaseMode externalDatabaseMode() {
        return DatabaseMode.EXTERNAL;
    }
}

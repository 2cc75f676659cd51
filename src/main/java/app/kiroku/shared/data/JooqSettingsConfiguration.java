package app.kiroku.shared.data;

import org.springframework.boot.jooq.autoconfigure.DefaultConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class JooqSettingsConfiguration {

    /**
     * jOOQ would wrap GROUP_CONCAT in statements that raise group_concat_max_len, which the MariaDB driver refuses
     * as a multi-statement; MariaDB's default limit (1 MB) is far more than the lists Kiroku concatenates.
     */
    @Bean
    DefaultConfigurationCustomizer kirokuJooqSettings() {
        return configuration -> configuration.settings().withRenderGroupConcatMaxLenSessionVariable(false);
    }
}

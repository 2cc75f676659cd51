package app.kiroku.user;

import app.kiroku.user.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Form login through the Vaadin login view; every route declares its roles with annotations, and every service
 * method that touches data carries its own rule ({@code @RolesAllowed}), so a hidden menu is never the only guard.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    static final int BCRYPT_COST = 12;

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                .requestMatchers("/icons/**", "/images/**", "/styles/**", "/favicon.ico").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    @Bean
    LockingAuthenticationProvider authenticationProvider(KirokuUserDetailsService users, PasswordEncoder passwords,
            LoginLockout lockout) {
        return new LockingAuthenticationProvider(users, passwords, lockout);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_COST);
    }
}

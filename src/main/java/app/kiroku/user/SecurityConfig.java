package app.kiroku.user;

import app.kiroku.user.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Form login through the Vaadin login view; every route declares its roles with annotations, and every service
 * method that touches data carries its own rule ({@code @InHouseOnly}, {@code @AdminOnly}, {@code @SignedIn} or a
 * {@code @PreAuthorize} of its own), so a hidden menu is never the only guard.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfig {

    static final int BCRYPT_COST = 12;

    /**
     * What the browser may load: only Kiroku's own origin. Vaadin's bootstrap page carries inline scripts and its
     * client runs server-sent JavaScript with {@code new Function}, and its components set inline styles, hence
     * {@code 'unsafe-inline'} and {@code 'unsafe-eval'}; framing, plugins, foreign bases and forms are refused.
     */
    static final String CONTENT_SECURITY_POLICY = String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self' 'unsafe-inline' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "worker-src 'self' blob:",
            "frame-ancestors 'none'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(
                requests -> requests.requestMatchers("/icons/**", "/images/**", "/styles/**", "/favicon.ico")
                        .permitAll()
                        // the load balancer's probes; the only actuator endpoint exposed, and without details
                        .requestMatchers("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")
                        .permitAll());
        http.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .contentTypeOptions(Customizer.withDefaults())
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN))
                // written on HTTPS requests only, i.e. behind a TLS proxy that says so (X-Forwarded-Proto)
                .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    // Vaadin's pages are served through a forward to its servlet, and a forwarded response is
                    // committed underneath the filter's wrapper: headers written "on commit" would never be sent
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class))
                .build();
    }

    @Bean
    LockingAuthenticationProvider authenticationProvider(
            KirokuUserDetailsService users, PasswordEncoder passwords, LoginLockout lockout, LoginThrottle throttle) {
        return new LockingAuthenticationProvider(users, passwords, lockout, throttle);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder(BCRYPT_COST);
    }
}

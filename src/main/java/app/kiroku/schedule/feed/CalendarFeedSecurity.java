package app.kiroku.schedule.feed;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The feed's own filter chain, ahead of the signed-in application's: calendar apps read it without a login, a
 * session or a CSRF token (it is a GET that changes nothing); the token in the path decides whose data is read, in
 * {@link CalendarFeedService#feed}. No session is made or read, so a feed read never holds a user's session.
 */
@Configuration
class CalendarFeedSecurity {

    /** A feed is data, never a page: nothing in it may load or run, nor be framed. */
    static final String FEED_POLICY = "default-src 'none'; frame-ancestors 'none'";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain calendarFeedFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher("/" + CalendarFeedController.PATH + "**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(AbstractHttpConfigurer::disable)
                .csrf(AbstractHttpConfigurer::disable)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(FEED_POLICY))
                        .frameOptions(frame -> frame.deny()))
                .build();
    }
}

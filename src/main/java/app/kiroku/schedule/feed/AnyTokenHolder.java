package app.kiroku.schedule.feed;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * For the one service method a calendar app calls without signing in: whoever holds a feed's secret token. The
 * method itself decides whose data the token opens (and a PARTNER's token opens only their plain 予定), so the
 * authorization stays in the service, as for every other rule.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("permitAll()")
@interface AnyTokenHolder {}

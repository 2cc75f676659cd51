package app.kiroku.user;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * For service methods that touch customer-linked data: ADMIN and STAFF only, never PARTNER.
 * (Services use Spring's {@code @PreAuthorize}; Jakarta's {@code @RolesAllowed} is left to the views, so that views
 * are not wrapped in security proxies.)
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAnyRole('ADMIN', 'STAFF')")
public @interface InHouseOnly {}

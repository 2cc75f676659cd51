package app.kiroku.importing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/** For import methods: ADMIN, and STAFF users an admin allowed to import ({@link ImportPermission}). */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasRole('ADMIN') or (hasRole('STAFF') and @importPermission.granted())")
public @interface ImportAllowed {}

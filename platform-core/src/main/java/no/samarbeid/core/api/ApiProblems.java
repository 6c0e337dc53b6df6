package no.samarbeid.core.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.http.HttpStatus;

/**
 * The problems an API operation answers besides those derived from its shape (400 for input, 401 and 403 when
 * secured, 404 for path variables, 409 for writes, 415 for bodies, 413 for uploads and 411/413 for bodies without
 * login, 500): e.g. {@code GONE} for an expired code or {@code TOO_MANY_REQUESTS}. Documented as RFC 9457 problem
 * details.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface ApiProblems {

    HttpStatus[] value();
}

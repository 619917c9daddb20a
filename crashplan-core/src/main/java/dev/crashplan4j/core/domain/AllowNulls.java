package dev.crashplan4j.core.domain;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Lets a map attribute of a value type hold null values: a JSON {@code null} the server sent
 * is kept as a null, not dropped, so that a document written back is the one read.
 */
@Documented
@Target({ElementType.METHOD})
@Retention(RetentionPolicy.CLASS)
public @interface AllowNulls {}

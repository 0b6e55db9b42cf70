package io.liaison.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a test class or method that sends requests the API document calls invalid, on purpose (to see them refused): the
 * contract test then leaves its requests unchecked, and still checks every answer against the document.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface SendsBadInput {}

/**
 * Relata in Spring Boot 3: auto-configuration of the engine, a {@code LiveIndex}, the related-posts endpoint,
 * the Thymeleaf fragment's model, a health indicator and metrics, from {@code relata.*} properties.
 *
 * <ul>
 *   <li>{@link io.github.relata.spring.RelataAutoConfiguration}: the beans, and when each backs off.
 *   <li>{@link io.github.relata.spring.RelataProperties}: the {@code relata.*} properties.
 *   <li>{@link io.github.relata.spring.RelatedLists}: related lists for server-rendered pages.
 * </ul>
 */
@NullMarked
package io.github.relata.spring;

import org.jspecify.annotations.NullMarked;

/**
 * Relata in a Spring Boot 3 application: the engine as beans, the related-posts JSON API as a controller,
 * and the related list as a Thymeleaf fragment on a post page.
 *
 * <ul>
 *   <li>{@link io.github.relata.examples.spring.RelataSpringDemo}: the application.
 *   <li>{@link io.github.relata.examples.spring.RelataConfiguration}: the {@code RelatedPosts} and
 *       {@code LiveIndex} beans.
 *   <li>{@link io.github.relata.examples.spring.RelatedPostsController}: {@code GET /related/{id}?limit=5}.
 *   <li>{@link io.github.relata.examples.spring.PostController}: the pages, which include the fragment
 *       {@code ~{relata/related :: list}} from the servlet adapter's jar.
 * </ul>
 */
@NullMarked
package io.github.relata.examples.spring;

import org.jspecify.annotations.NullMarked;

/**
 * Related posts over HTTP in any Jakarta Servlet 6 container: the JSON API, an HTML fragment any page can
 * include, and the view model both are made from, which other web frameworks (Spring, say) reuse.
 *
 * <ul>
 *   <li>{@link io.github.relata.servlet.RelatedPostsServlet} and its {@link
 *       io.github.relata.servlet.RelatedPostsServlet.Builder}: {@code GET /related/{id}?limit=5} as JSON, or
 *       as an HTML fragment with {@code .html} or {@code format=html}, with ETags and JSON errors.
 *   <li>{@link io.github.relata.servlet.RelatedList} and {@link io.github.relata.servlet.RelatedItem}: one
 *       related list as the JSON and the templates show it.
 *   <li>{@link io.github.relata.servlet.RelatedListHtml}: renders the fragment {@code templates/relata/related.html}.
 *   <li>{@link io.github.relata.servlet.PostLanguage}: the list's words and date format in Swedish or English.
 * </ul>
 *
 * <p>The jar also serves {@code /relata-widget.js} (from {@code META-INF/resources}) in any servlet
 * container and in Spring Boot: a dependency-free script that draws the list from the JSON API or from a
 * data file on a static page.
 */
@NullMarked
package io.github.relata.servlet;

import org.jspecify.annotations.NullMarked;

/**
 * The demo blog: Relata's related lists on a small blog served by embedded Jetty 12, using only the
 * engine's public API and the servlet adapter.
 *
 * <ul>
 *   <li>{@link io.github.relata.examples.DemoBlog}: the main class; starts the blog with the built-in
 *       sample posts or the user's own.
 *   <li>{@link io.github.relata.examples.DemoOptions}: its command-line options.
 * </ul>
 *
 * <p>Examples carry no API contract.
 */
@NullMarked
package io.github.relata.examples;

import org.jspecify.annotations.NullMarked;

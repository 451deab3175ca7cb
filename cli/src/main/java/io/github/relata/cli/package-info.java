/**
 * The {@code relata} command-line tool: related lists for a site's posts (JSON Lines, a Hugo or Jekyll
 * folder, a WordPress export, a feed), written as JSON Lines or as a Hugo or Jekyll data file, and a
 * readable explanation of one post's list. It uses the engine and the importers only through their
 * public APIs.
 *
 * <ul>
 *   <li>{@link io.github.relata.cli.Main}: the entry point ({@code java -jar relata-cli-VERSION-all.jar}).
 * </ul>
 *
 * <p>Everything else (the subcommands, the input options, the output writers, the settings shared by the
 * command line and properties files, the progress bar, the atomic output file) is package-private.
 */
@NullMarked
package io.github.relata.cli;

import org.jspecify.annotations.NullMarked;

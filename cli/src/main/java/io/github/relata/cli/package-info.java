/**
 * The {@code relata} command-line tool: related lists for a JSON Lines file of posts, and a readable
 * explanation of one post's list. It uses the engine only through its public API.
 *
 * <ul>
 *   <li>{@link io.github.relata.cli.Main}: the entry point ({@code java -jar relata-cli-VERSION-all.jar});
 *   <li>{@link io.github.relata.cli.PostsFile}, {@link io.github.relata.cli.PostsFileException}: the posts
 *       reader, whose errors name the file and line.
 * </ul>
 *
 * <p>Everything else (the subcommands, the settings shared by the command line and properties files, the
 * progress bar, the atomic output file) is package-private.
 */
@NullMarked
package io.github.relata.cli;

import org.jspecify.annotations.NullMarked;

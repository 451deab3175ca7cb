/**
 * Importers: a site's posts as Relata articles, from the shapes sites keep them in, read safely.
 *
 * <ul>
 *   <li>{@link io.github.relata.imports.PostImporter}: the entry point, with its builder and
 *       {@link io.github.relata.imports.ImportOptions};
 *   <li>{@link io.github.relata.imports.ImportFormat}: Hugo, Jekyll, WordPress (WXR), RSS and Atom feeds,
 *       JSON Lines, JSON arrays;
 *   <li>{@link io.github.relata.imports.ImportResult}: the {@link io.github.relata.imports.ImportedPost}s,
 *       each {@link io.github.relata.imports.Skipped} item with its
 *       {@link io.github.relata.imports.SkipReason}, and {@link io.github.relata.imports.ImportWarning}s;
 *   <li>{@link io.github.relata.imports.ImportException}: an import that could not be done at all;
 *   <li>{@link io.github.relata.imports.RelatedListsWriter}: the other way, related lists written in the
 *       related-lists format (JSON Lines), as the command-line tool and the Spark job write them.
 * </ul>
 *
 * <p>Everything else is package-private: {@code Results} collects one import's outcome and enforces its
 * limits; {@code JsonPosts}, {@code HugoSite}, {@code JekyllSite}, {@code WxrReader} and {@code FeedReader}
 * read the formats; {@code SecureXml}, {@code FrontMatter}, {@code Dates}, {@code MarkdownText} and
 * {@code Utf8} are the parsing they share.
 */
@NullMarked
package io.github.relata.imports;

import org.jspecify.annotations.NullMarked;

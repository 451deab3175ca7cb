/**
 * Text analysis: turns the text of a post into the terms the engine compares.
 *
 * <p>An {@link io.github.relata.analysis.Analyzer} strips HTML, normalises Unicode, splits words in
 * every script, folds case, drops stop words and stems; {@link io.github.relata.analysis.Analyzer#forLanguage}
 * gives the preset for a language. The building blocks can be used on their own:
 *
 * <ul>
 *   <li>{@link io.github.relata.analysis.Analyzer}, the analysis chain, and its {@link io.github.relata.analysis.Token}s;
 *   <li>{@link io.github.relata.analysis.Stemmer}, with Snowball stemmers for every Snowball language;
 *   <li>{@link io.github.relata.analysis.StopWords}, the stop-word lists;
 *   <li>{@link io.github.relata.analysis.Languages}, language detection from stop-word profiles;
 *   <li>{@link io.github.relata.analysis.PlainText}, HTML to plain text and excerpts.
 * </ul>
 *
 * <p>Stemmers, stop words and the word splitter come from Apache Lucene's analysis modules, kept
 * behind these types so that no Lucene type appears in the API.
 */
@NullMarked
package io.github.relata.analysis;

import org.jspecify.annotations.NullMarked;

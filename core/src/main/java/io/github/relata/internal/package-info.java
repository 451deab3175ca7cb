/**
 * Not API: generic structures that Relata's engine is built from and that depend on nothing else of it. The
 * classes are public only because Java's package-private access stops at the package boundary; they may
 * change or go in any release, are left out of the published javadoc, and callers should not use them.
 *
 * <ul>
 *   <li>{@code PersistentArray}, {@code PersistentMap}: immutable array and hash map changed by path
 *       copying, so that each snapshot of an index shares all but the changed path with the one before;
 *   <li>{@code TermTable}, {@code LayeredMap}: a compact string table built in bulk, and a map of string to
 *       int made of such a base under a persistent overlay (the term dictionary, post ids);
 *   <li>{@code KeyFilter}: a bit filter saying which keys an overlay might hold;
 *   <li>{@code SortedIds}, {@code TermLookup}: the merge of two ascending id arrays, and a constant-time
 *       lookup of ids by position;
 *   <li>{@code RandomizedSvd}: the leading right singular vectors of a sparse matrix (EJML does the small
 *       decompositions; {@code ParallelProducts} the large products, on every core and the same bits
 *       whatever the number of threads).
 * </ul>
 */
@NullMarked
package io.github.relata.internal;

import org.jspecify.annotations.NullMarked;

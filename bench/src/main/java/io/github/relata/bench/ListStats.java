package io.github.relata.bench;

/**
 * What one ranker's lists look like beyond their quality: how long they are, how much of them is off topic,
 * and how evenly they expose the site's posts. A figure that the corpus cannot give is {@code NaN}.
 *
 * @param meanLength mean number of entries in a query's list (at most k)
 * @param offTopicShare on a label corpus, the share of the queries' top-10 entries that share no label
 *     with their query: padding that a reader would call unrelated
 * @param neverShownShare on a label corpus, the share of posts that share a label with another post (the
 *     queries) that appear in no post's top-5 list
 * @param maxInDegreeRatio on a label corpus, the largest number of top-5 lists one query post appears in,
 *     over the mean number
 * @param gini on a label corpus, the Gini coefficient of how many top-5 lists each query post appears in
 *     (0: all equally often; 1: one post in every list)
 */
public record ListStats(double meanLength, double offTopicShare, double neverShownShare, double maxInDegreeRatio, double gini) {}

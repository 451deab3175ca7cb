package io.github.relata;

import io.github.relata.Options.NewerPosts;
import java.time.Duration;

/**
 * Which posts may be related to one query post: live, same language if required, the date rules (the
 * filter's, else the engine's), the filter.
 */
final class Eligibility {

  private final IndexData index;
  private final Doc query;
  private final Filter filter;
  private final boolean filterAcceptsAll;
  private final boolean sameLanguage;
  private final boolean includeNewer;
  private final double maxAgeDays;

  Eligibility(IndexData index, Doc query, Filter filter) {
    Options options = index.engine().options();
    this.index = index;
    this.query = query;
    this.filter = filter;
    this.filterAcceptsAll = filter.acceptsAll();
    this.sameLanguage = options.sameLanguageOnly();
    this.includeNewer = filter.newerPosts().orElse(options.newerPosts()) == NewerPosts.INCLUDED;
    Duration maxAge = filter.maxAge().orElse(options.maxAge());
    this.maxAgeDays = maxAge == null ? Double.POSITIVE_INFINITY : maxAge.toSeconds() / 86400.0;
  }

  /** Whether every post but the query itself is eligible, so that no post need be looked at. */
  boolean acceptsAll() {
    return index.noneRemoved()
        && (!sameLanguage || index.singleLanguage())
        && (includeNewer && maxAgeDays == Double.POSITIVE_INFINITY || !query.dated())
        && filterAcceptsAll;
  }

  boolean test(int ordinal) {
    Doc doc = index.doc(ordinal);
    if (doc == null) {
      return false;
    }
    if (sameLanguage && !doc.language.equals(query.language)) {
      return false;
    }
    if (query.dated() && doc.dated()) {
      if (!includeNewer && doc.day > query.day) {
        return false;
      }
      if (query.day - doc.day > maxAgeDays) {
        return false;
      }
    }
    return filterAcceptsAll || filter.accepts(doc.article());
  }
}

package io.github.relata.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** Collects the best {@code k} of a stream of scored posts: higher score first, ties by id ascending. */
final class TopK {

  /** Best first: score descending, then id ascending ({@link String#compareTo}). */
  static final Comparator<RankedPost> BEST_FIRST =
      Comparator.comparingDouble(RankedPost::score).reversed().thenComparing(RankedPost::id);

  private final int k;
  private final PriorityQueue<RankedPost> worstFirst = new PriorityQueue<>(BEST_FIRST.reversed());

  TopK(int k) {
    this.k = k;
  }

  /** Offers a candidate; it is kept if it is among the best {@code k} so far. */
  void offer(String id, double score) {
    if (worstFirst.size() < k) {
      worstFirst.add(new RankedPost(id, score));
      return;
    }
    RankedPost worst = worstFirst.peek();
    if (score > worst.score() || (score == worst.score() && id.compareTo(worst.id()) < 0)) {
      worstFirst.poll();
      worstFirst.add(new RankedPost(id, score));
    }
  }

  /** Returns the kept posts, best first. */
  List<RankedPost> best() {
    List<RankedPost> result = new ArrayList<>(worstFirst);
    result.sort(BEST_FIRST);
    return result;
  }
}

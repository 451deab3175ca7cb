package io.github.relata;

import java.util.EnumMap;
import java.util.Map;

/**
 * The formula of {@link Weights} for one query post: which signals apply to it, and how their values make a
 * score and each signal's share of it. The one place where signals are combined.
 */
final class ScoreFormula {

  /** The weights of the content signals that apply, all positive. */
  private final Map<Signal, Double> content;
  private final double total;
  /** The date weight, or 0 when the query post has no date. */
  private final double date;

  private ScoreFormula(Map<Signal, Double> content, double date) {
    this.content = content;
    this.total = content.values().stream().mapToDouble(Double::doubleValue).sum();
    this.date = date;
  }

  /**
   * Returns the formula for a query post: tags only when it has tags or categories, the date only when it
   * has a date, the latent signals only when it has a latent vector.
   */
  static ScoreFormula of(Weights w, QueryVector query, boolean latent) {
    Map<Signal, Double> content = new EnumMap<>(Signal.class);
    content.put(Signal.TEXT, w.text());
    content.put(Signal.TITLE, w.title());
    content.put(Signal.KEY_TERMS, w.keyTerms());
    if (query.vectors.labels.length > 0) {
      content.put(Signal.TAGS, w.tags());
    }
    if (latent) {
      content.put(Signal.LATENT, w.latent());
      content.put(Signal.NEIGHBOURS, w.neighbours());
    }
    content.values().removeIf(v -> v == 0);
    if (content.isEmpty()) {
      // Only tags or latent signals were weighted, and they do not apply to this post: text decides.
      content.put(Signal.TEXT, 1.0);
    }
    return new ScoreFormula(content, query.doc.dated() ? w.date() : 0);
  }

  /** The weighted mean of the content signals. */
  double content(ScoredCandidate s) {
    double sum = 0;
    for (Map.Entry<Signal, Double> w : content.entrySet()) {
      sum += w.getValue() * s.value(w.getKey());
    }
    return Signals.clamp(sum / total);
  }

  /** The score: the content score, of which the date weight's share depends on date closeness. */
  double score(ScoredCandidate s) {
    return content(s) * (1 - date + date * s.value(Signal.DATE));
  }

  /** Each signal's share of {@link #score}, in signal order; zero shares are left out. They add up to the score. */
  Map<Signal, Double> contributions(ScoredCandidate s) {
    Map<Signal, Double> shares = new EnumMap<>(Signal.class);
    for (Map.Entry<Signal, Double> w : content.entrySet()) {
      double share = (1 - date) * w.getValue() * s.value(w.getKey()) / total;
      if (share > 0) {
        shares.put(w.getKey(), share);
      }
    }
    double dateShare = date * s.value(Signal.DATE) * content(s);
    if (dateShare > 0) {
      shares.put(Signal.DATE, dateShare);
    }
    return shares;
  }
}

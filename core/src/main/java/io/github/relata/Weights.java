package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.EnumMap;
import java.util.Map;

/**
 * How much each {@link Signal} counts in a related post's score.
 *
 * <p>Each signal gives a value in [0, 1] for a pair of posts. The score is their weighted mean over the
 * signals that apply to the query post:
 *
 * <pre>
 *   score = sum(weight(s) * value(s)) / sum(weight(s)),  over signals s that apply
 * </pre>
 *
 * so it stays in [0, 1]. {@link Signal#TAGS} applies only when the query post has tags or categories,
 * {@link Signal#DATE} only when it has a date, and {@link Signal#LATENT} and {@link Signal#NEIGHBOURS}
 * only when the index has a latent space; a signal with weight 0 is off. A related post's explanation
 * lists each signal's share of the score, {@code weight(s) * value(s) / sum(weight(s))}.
 *
 * @param text weight of {@link Signal#TEXT}
 * @param tags weight of {@link Signal#TAGS}
 * @param keyTerms weight of {@link Signal#KEY_TERMS}
 * @param date weight of {@link Signal#DATE}
 * @param latent weight of {@link Signal#LATENT}
 * @param neighbours weight of {@link Signal#NEIGHBOURS}
 */
public record Weights(double text, double tags, double keyTerms, double date, double latent, double neighbours) {

  /**
   * The defaults, measured on the evaluation corpora (see the README's Quality table): mostly text, with a
   * latent and a second-order share, tags when a site has them, and a little date.
   */
  public static final Weights DEFAULT = new Weights(0.55, 0.25, 0.0, 0.05, 0.3, 0.15);

  /**
   * Checks the weights.
   *
   * @throws IllegalArgumentException if a weight is negative, not finite, or all are 0
   */
  public Weights {
    check(text, "text");
    check(tags, "tags");
    check(keyTerms, "keyTerms");
    check(date, "date");
    check(latent, "latent");
    check(neighbours, "neighbours");
    checkArgument(
        text + tags + keyTerms + date + latent + neighbours > 0, "at least one weight must be positive: %s", java.util.Arrays.asList(text, tags, keyTerms, date, latent, neighbours));
  }

  private static void check(double weight, String name) {
    checkArgument(Double.isFinite(weight) && weight >= 0, "weight of %s must be a finite number >= 0: %s", name, weight);
  }

  /** Returns the weight of one signal. */
  public double of(Signal signal) {
    return switch (signal) {
      case TEXT -> text;
      case TAGS -> tags;
      case KEY_TERMS -> keyTerms;
      case DATE -> date;
      case LATENT -> latent;
      case NEIGHBOURS -> neighbours;
    };
  }

  /**
   * Returns these weights with one signal's weight changed.
   *
   * @param signal the signal
   * @param weight its new weight, finite and at least 0
   * @return the new weights
   * @throws IllegalArgumentException if {@code weight} is negative or not finite, or all weights become 0
   */
  public Weights with(Signal signal, double weight) {
    Map<Signal, Double> w = asMap();
    w.put(signal, weight);
    return new Weights(
        w.get(Signal.TEXT), w.get(Signal.TAGS), w.get(Signal.KEY_TERMS), w.get(Signal.DATE), w.get(Signal.LATENT), w.get(Signal.NEIGHBOURS));
  }

  /** Returns the weights by signal, as a new mutable map. */
  public Map<Signal, Double> asMap() {
    Map<Signal, Double> map = new EnumMap<>(Signal.class);
    for (Signal s : Signal.values()) {
      map.put(s, of(s));
    }
    return map;
  }
}

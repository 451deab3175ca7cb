package io.github.relata;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How much each {@link Signal} counts in a related post's score.
 *
 * <p>Each signal gives a value in [0, 1] for a pair of posts. The <em>content</em> signals (all but {@link
 * Signal#DATE}) are averaged with their weights over those that apply to the query post; the date then
 * decides how much of that content score the pair keeps:
 *
 * <pre>
 *   content = sum(weight(s) * value(s)) / sum(weight(s)),   over content signals s that apply
 *   score   = content * (1 - date + date * closeness)
 * </pre>
 *
 * where {@code date} is the date weight, in [0, 1], and {@code closeness} the value of {@link Signal#DATE}
 * (0 when either post has no date). So the score stays in [0, 1], and date closeness orders related posts
 * without ever making unrelated ones related. {@link Signal#TAGS} applies only when the query post has tags
 * or categories, {@link Signal#DATE} only when it has a date, and {@link Signal#LATENT} and {@link
 * Signal#NEIGHBOURS} only when the index has a latent space; a signal with weight 0 is off. A related post's
 * explanation lists each signal's share of the score: {@code (1 - date) * weight(s) * value(s) /
 * sum(weight(s))} for a content signal, and {@code date * closeness * content} for the date; the shares add
 * up to the score.
 *
 * @param text weight of {@link Signal#TEXT}
 * @param title weight of {@link Signal#TITLE}
 * @param tags weight of {@link Signal#TAGS}
 * @param keyTerms weight of {@link Signal#KEY_TERMS}
 * @param date share of the content score that depends on {@link Signal#DATE}, in [0, 1]
 * @param latent weight of {@link Signal#LATENT}
 * @param neighbours weight of {@link Signal#NEIGHBOURS}
 */
public record Weights(double text, double title, double tags, double keyTerms, double date, double latent, double neighbours) {

  /**
   * The defaults, chosen on the evaluation corpora of both kinds, topic labels and editor-picked links (see
   * the README's Quality table): mostly text, the titles each post mentions, tags when a site has them,
   * second-order latent evidence, and date closeness for a third of the score. The latent similarity of the
   * pair itself is off: it ranked posts on the same broad topic above posts about the same thing.
   */
  public static final Weights DEFAULT = new Weights(0.55, 0.3, 0.25, 0.0, 0.3, 0.0, 0.3);

  /**
   * Checks the weights.
   *
   * @param text weight of {@link Signal#TEXT}, finite and at least 0
   * @param title weight of {@link Signal#TITLE}, likewise
   * @param tags weight of {@link Signal#TAGS}, likewise
   * @param keyTerms weight of {@link Signal#KEY_TERMS}, likewise
   * @param date share of the content score that depends on {@link Signal#DATE}, in [0, 1]
   * @param latent weight of {@link Signal#LATENT}, finite and at least 0
   * @param neighbours weight of {@link Signal#NEIGHBOURS}, likewise
   * @throws IllegalArgumentException if a weight is negative or not finite, the date weight is above 1, or
   *     every content weight is 0
   */
  public Weights {
    check(text, "text");
    check(title, "title");
    check(tags, "tags");
    check(keyTerms, "keyTerms");
    check(date, "date");
    check(latent, "latent");
    check(neighbours, "neighbours");
    checkArgument(date <= 1, "weight of date must be at most 1, the share of the score it decides: %s", date);
    checkArgument(
        text + title + tags + keyTerms + latent + neighbours > 0,
        "at least one weight other than date must be positive: %s",
        List.of(text, title, tags, keyTerms, date, latent, neighbours));
  }

  private static void check(double weight, String name) {
    checkArgument(Double.isFinite(weight) && weight >= 0, "weight of %s must be a finite number >= 0: %s", name, weight);
  }

  /**
   * Returns the weight of one signal.
   *
   * @param signal the signal
   * @return its weight, finite and at least 0
   */
  public double of(Signal signal) {
    checkNotNull(signal, "signal");
    return switch (signal) {
      case TEXT -> text;
      case TITLE -> title;
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
   * @param weight its new weight, finite and at least 0 (at most 1 for {@link Signal#DATE})
   * @return the new weights
   * @throws IllegalArgumentException if the new weights are invalid (see the constructor)
   */
  public Weights with(Signal signal, double weight) {
    checkNotNull(signal, "signal");
    Map<Signal, Double> w = asMap();
    w.put(signal, weight);
    return of(w);
  }

  /**
   * Returns the weights given by signal; signals missing from the map get weight 0.
   *
   * @param weights weight by signal
   * @return the weights
   * @throws IllegalArgumentException if the weights are invalid (see the constructor)
   */
  public static Weights of(Map<Signal, Double> weights) {
    checkNotNull(weights, "weights");
    Map<Signal, Double> w = new EnumMap<>(Signal.class);
    for (Signal s : Signal.values()) {
      w.put(s, checkNotNull(weights.getOrDefault(s, 0.0), "weight of %s", s));
    }
    return new Weights(
        w.get(Signal.TEXT), w.get(Signal.TITLE), w.get(Signal.TAGS), w.get(Signal.KEY_TERMS), w.get(Signal.DATE),
        w.get(Signal.LATENT), w.get(Signal.NEIGHBOURS));
  }

  /**
   * Returns the weights by signal.
   *
   * @return a new mutable map with an entry for every signal, which the caller may change and pass to {@link
   *     #of(Map)}
   */
  public Map<Signal, Double> asMap() {
    Map<Signal, Double> map = new EnumMap<>(Signal.class);
    for (Signal s : Signal.values()) {
      map.put(s, of(s));
    }
    return map;
  }
}

package io.github.relata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link Weights}' rules, each weight by name, and the accessors by signal. */
final class WeightsTest {

  /** Weights with {@code weight} for {@code signal} and 0 elsewhere, through the canonical constructor. */
  private static Weights only(Signal signal, double weight) {
    double[] w = new double[Signal.values().length];
    w[signal.ordinal()] = weight;
    return new Weights(w[Signal.TEXT.ordinal()], w[Signal.TITLE.ordinal()], w[Signal.TAGS.ordinal()], w[Signal.KEY_TERMS.ordinal()],
        w[Signal.DATE.ordinal()], w[Signal.LATENT.ordinal()], w[Signal.NEIGHBOURS.ordinal()]);
  }

  private static String name(Signal signal) {
    return signal == Signal.KEY_TERMS ? "keyTerms" : signal.name().toLowerCase(java.util.Locale.ROOT);
  }

  @Test
  void eachContentSignalAloneMayCarryTheScore() {
    for (Signal s : Signal.values()) {
      if (s != Signal.DATE) {
        Weights w = only(s, 0.25);
        assertEquals(0.25, w.of(s), s.name());
        assertEquals(0.25, w.asMap().values().stream().mapToDouble(Double::doubleValue).sum(), s.name());
      }
    }
  }

  @Test
  void aNegativeOrNonFiniteWeight_isRefusedNamingItsSignal() {
    for (Signal s : Signal.values()) {
      for (double bad : new double[] {-0.01, Double.NaN, Double.POSITIVE_INFINITY}) {
        Weights base = only(s == Signal.TEXT ? Signal.TITLE : Signal.TEXT, 1);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> base.with(s, bad), s + " " + bad);
        assertEquals("weight of " + name(s) + " must be a finite number >= 0: " + bad, e.getMessage());
      }
    }
  }

  @Test
  void theDateWeightIsAShareOfTheScore_atMostOne() {
    Weights w = Weights.DEFAULT.with(Signal.DATE, 1);
    assertEquals(1, w.date());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Weights.DEFAULT.with(Signal.DATE, Math.nextUp(1.0)));
    assertEquals("weight of date must be at most 1, the share of the score it decides: " + Math.nextUp(1.0), e.getMessage());
  }

  @Test
  void weightsOfDateAlone_areRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> only(Signal.DATE, 0.5));
    assertEquals("at least one weight other than date must be positive: [0.0, 0.0, 0.0, 0.0, 0.5, 0.0, 0.0]", e.getMessage());
  }

  @Test
  void of_fillsMissingSignalsWithZero_andAsMapGivesEverySignal() {
    Map<Signal, Double> some = new EnumMap<>(Signal.class);
    some.put(Signal.TITLE, 0.7);
    some.put(Signal.DATE, 0.2);
    Weights w = Weights.of(some);
    assertEquals(new Weights(0, 0.7, 0, 0, 0.2, 0, 0), w);
    Map<Signal, Double> all = w.asMap();
    assertEquals(Signal.values().length, all.size());
    for (Signal s : Signal.values()) {
      assertEquals(w.of(s), all.get(s), s.name());
    }
    assertEquals(w, Weights.of(all));
  }
}

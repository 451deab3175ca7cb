package io.github.relata.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a score means on one label corpus: for each band of scores, how many of the queries' top-10 entries
 * fell in it and the share of them that share a label with their query. A site can read off the score
 * above which, say, nine in ten listed posts were on the query's topic, and set its minimum score there.
 *
 * @param bands the bands, lowest first; empty for a link corpus
 */
public record Calibration(List<Band> bands) {

  /** The lower edges of the bands; the last band reaches 1. */
  static final double[] EDGES = {0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.6};

  /**
   * One band of scores.
   *
   * @param from the lowest score in the band
   * @param to the band's upper edge (exclusive, but 1 is in the last band)
   * @param entries how many top-10 entries scored in the band
   * @param related how many of them share a label with their query
   */
  public record Band(double from, double to, long entries, long related) {
    /** The share of the band's entries that are related, NaN for an empty band. */
    public double share() {
      return entries == 0 ? Double.NaN : (double) related / entries;
    }
  }

  /** Copies the list. */
  public Calibration {
    bands = List.copyOf(bands);
  }

  /**
   * Returns the calibration of ranked lists on a label corpus, or no bands on a link corpus.
   *
   * @param corpus the corpus with its labels
   * @param related each query's list with scores, best first
   * @return the bands
   */
  static Calibration of(Corpus corpus, Map<String, List<RankedPost>> related) {
    if (corpus.isLinkCorpus()) {
      return new Calibration(List.of());
    }
    Map<String, Set<String>> labels = new java.util.HashMap<>();
    corpus.posts().forEach(p -> labels.put(p.id(), p.labels()));
    long[] entries = new long[EDGES.length];
    long[] relatedCounts = new long[EDGES.length];
    for (CorpusPost query : corpus.posts()) {
      if (query.labels().isEmpty()) {
        continue;
      }
      List<RankedPost> list = related.getOrDefault(query.id(), List.of());
      for (RankedPost entry : list.subList(0, Math.min(Metrics.CUTOFF, list.size()))) {
        int band = band(entry.score());
        entries[band]++;
        if (labels.getOrDefault(entry.id(), Set.of()).stream().anyMatch(query.labels()::contains)) {
          relatedCounts[band]++;
        }
      }
    }
    List<Band> bands = new ArrayList<>();
    for (int b = 0; b < EDGES.length; b++) {
      bands.add(new Band(EDGES[b], b + 1 < EDGES.length ? EDGES[b + 1] : 1, entries[b], relatedCounts[b]));
    }
    return new Calibration(bands);
  }

  private static int band(double score) {
    int band = 0;
    while (band + 1 < EDGES.length && score >= EDGES[band + 1]) {
      band++;
    }
    return band;
  }

  /** Renders the calibrations of Relata on each label corpus as a Markdown table, one row per band. */
  static String render(List<EvaluationResult> results, String ranker) {
    List<EvaluationResult> rows = results.stream()
        .filter(r -> r.ranker().equals(ranker) && !r.calibration().bands().isEmpty())
        .toList();
    if (rows.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("| " + ranker + " score |");
    StringBuilder rule = new StringBuilder("|---|");
    for (EvaluationResult r : rows) {
      out.append(' ').append(r.corpus()).append(" |");
      rule.append("---:|");
    }
    out.append('\n').append(rule).append('\n');
    for (int b = 0; b < EDGES.length; b++) {
      Band first = rows.get(0).calibration().bands().get(b);
      out.append(String.format(java.util.Locale.ROOT, "| %.2f to %.2f |", first.from(), first.to()));
      for (EvaluationResult r : rows) {
        Band band = r.calibration().bands().get(b);
        out.append(band.entries() == 0 ? " – |" : String.format(java.util.Locale.ROOT, " %.2f (%d) |", band.share(), band.entries()));
      }
      out.append('\n');
    }
    return out.toString();
  }
}

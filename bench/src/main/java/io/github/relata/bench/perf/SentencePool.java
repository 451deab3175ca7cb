package io.github.relata.bench.perf;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/** The source sentences of one language for {@link SyntheticCorpus}, grouped by source post and corpus. */
final class SentencePool {

  final String lang;
  /** The usable sentences of each source post. */
  final String[][] sentences;
  /** The labels of each source post. */
  final List<Set<String>> labels;
  /** The first source post of each post's corpus. */
  final int[] corpusStart;
  /** One past the last source post of each post's corpus. */
  final int[] corpusEnd;
  /** The source posts that can lead a synthetic post: at least two usable sentences. */
  final int[] mains;

  private SentencePool(String lang, String[][] sentences, List<Set<String>> labels, int[] corpusStart, int[] corpusEnd) {
    this.lang = lang;
    this.sentences = sentences;
    this.labels = labels;
    this.corpusStart = corpusStart;
    this.corpusEnd = corpusEnd;
    this.mains = IntStream.range(0, sentences.length).filter(s -> sentences[s].length >= 2).toArray();
  }

  /** Collects source posts in corpus order; posts of one corpus must be added together. */
  static final class Builder {
    private final String lang;
    private final List<String[]> sentences = new ArrayList<>();
    private final List<Set<String>> labels = new ArrayList<>();
    private final List<String> corpora = new ArrayList<>();

    Builder(String lang) {
      this.lang = lang;
    }

    void add(String corpus, List<String> postSentences, Set<String> postLabels) {
      sentences.add(postSentences.toArray(String[]::new));
      labels.add(postLabels);
      corpora.add(corpus);
    }

    SentencePool build() {
      int n = sentences.size();
      int[] start = new int[n];
      int[] end = new int[n];
      int runStart = 0;
      for (int s = 1; s <= n; s++) {
        if (s == n || !corpora.get(s).equals(corpora.get(runStart))) {
          for (int t = runStart; t < s; t++) {
            start[t] = runStart;
            end[t] = s;
          }
          runStart = s;
        }
      }
      return new SentencePool(lang, sentences.toArray(String[][]::new), List.copyOf(labels), start, end);
    }
  }
}

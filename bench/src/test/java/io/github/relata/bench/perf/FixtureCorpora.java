package io.github.relata.bench.perf;

import io.github.relata.bench.Corpus;
import io.github.relata.bench.CorpusPost;
import io.github.relata.bench.SharedCorpora;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Small hand-made source corpora for the generator, and the shared corpora where they exist. */
final class FixtureCorpora {

  private static final String[] EN_TOPICS = {"cocoa", "wheat", "copper", "bank", "oil", "rates"};
  private static final String[] SV_TOPICS = {"skolan", "klimatet", "vården"};

  private FixtureCorpora() {}

  /** Returns an English corpus of 30 posts and a Swedish one of 10, five or more sentences each. */
  static List<Corpus> englishAndSwedish() {
    List<CorpusPost> english = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String topic = EN_TOPICS[i % EN_TOPICS.length];
      StringBuilder body = new StringBuilder();
      for (int s = 0; s < 5 + i % 4; s++) {
        body.append("The ").append(topic).append(" market moved in week ").append(s)
            .append(" as traders in report ").append(i).append(" said prices rose. ");
      }
      english.add(new CorpusPost("en-" + i, "About " + topic, body.toString(), LocalDate.of(1987, 3, 1), "en", List.of(), Set.of(topic)));
    }
    List<CorpusPost> swedish = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      String topic = SV_TOPICS[i % SV_TOPICS.length];
      StringBuilder body = new StringBuilder();
      for (int s = 0; s < 6; s++) {
        body.append("Regeringen vill förbättra ").append(topic).append(" i län ").append(s)
            .append(" enligt beslut nummer ").append(i).append(" i år. ");
      }
      swedish.add(new CorpusPost("sv-" + i, "Om " + topic, body.toString(), null, "sv", List.of(), Set.of(topic)));
    }
    // A post with no usable sentence: it can never lead a synthetic post.
    english.add(new CorpusPost("en-empty", "Empty", "Short.", null, "en", List.of(), Set.of()));
    return List.of(new Corpus("fixture_en", english), new Corpus("fixture_sv", swedish));
  }

  /** Returns the shared corpora directory, if this machine has it. */
  static Optional<Path> shared() {
    return SharedCorpora.find().filter(Files::isDirectory);
  }
}

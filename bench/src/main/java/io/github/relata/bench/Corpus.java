package io.github.relata.bench;

import static io.github.relata.bench.Checks.checkArgument;
import static io.github.relata.bench.Checks.checkNotNull;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A named, ordered list of posts read from a JSON Lines corpus file (format: {@code corpora/README.md}).
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param name the file name without {@code .jsonl}, used in reports and output file names
 * @param posts the posts in file order, with unique ids
 */
public record Corpus(String name, List<CorpusPost> posts) {

  private static final String SUFFIX = ".jsonl";

  /** Checks the components, copies the list and rejects duplicate ids. */
  public Corpus {
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "name must not be blank: '%s'", name);
    posts = List.copyOf(checkNotNull(posts, "posts"));
    Set<String> ids = new HashSet<>();
    for (CorpusPost post : posts) {
      checkArgument(ids.add(post.id()), "duplicate post id: %s", post.id());
    }
  }

  /**
   * Reads a corpus file; blank lines are skipped.
   *
   * @param file a UTF-8 JSON Lines file, one post per line
   * @return the corpus, named after the file
   * @throws CorpusFormatException naming the file and line when a line is not valid JSON, is not an
   *     object, lacks {@code id} or {@code title}, has a field of the wrong type, or repeats an id
   * @throws IOException when the file cannot be read
   */
  public static Corpus read(Path file) throws IOException {
    checkNotNull(file, "file");
    List<CorpusPost> posts = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    PostParser parser = new PostParser(file);
    int lineNumber = 0;
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        lineNumber++;
        if (line.isBlank()) {
          continue;
        }
        CorpusPost post = parser.parse(line, lineNumber);
        if (!ids.add(post.id())) {
          throw new CorpusFormatException(file, lineNumber, "duplicate post id: " + post.id(), null);
        }
        posts.add(post);
      }
    } catch (CharacterCodingException e) {
      throw new CorpusFormatException(file, lineNumber + 1, "not valid UTF-8", e);
    }
    return new Corpus(nameOf(file), posts);
  }

  /** Returns the corpus name for a file: its file name without {@code .jsonl}. */
  static String nameOf(Path file) {
    String fileName = file.getFileName().toString();
    return fileName.endsWith(SUFFIX) && fileName.length() > SUFFIX.length()
        ? fileName.substring(0, fileName.length() - SUFFIX.length())
        : fileName;
  }

  /** Returns the posts without their labels, which is what a ranker may index. */
  public List<CorpusPost> unlabelledPosts() {
    return posts.stream().map(CorpusPost::withoutLabels).toList();
  }
}

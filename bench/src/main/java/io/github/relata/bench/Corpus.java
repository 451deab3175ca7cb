package io.github.relata.bench;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import io.github.relata.Article;
import io.github.relata.imports.ImportException;
import io.github.relata.imports.ImportFormat;
import io.github.relata.imports.ImportResult;
import io.github.relata.imports.ImportedPost;
import io.github.relata.imports.PostImporter;
import io.github.relata.imports.Skipped;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A named, ordered list of posts read from a JSON Lines corpus file (format: {@code corpora/README.md}),
 * with one of the two kinds of ground truth: topic labels on the posts, or editor-picked links.
 *
 * <p>A <em>label corpus</em> is one file; every post is queried, and a returned post is relevant when it
 * shares a label with the query. A <em>link corpus</em> is a pair of files, {@code NAME_pool.jsonl} (the
 * posts) and {@code NAME_links.jsonl} (one line per query post: {@code {"id": ..., "relevant": [...]}});
 * only the posts of the links file are queried, and the relevant posts are the ones its editors linked.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * @param name the file name without {@code .jsonl} (without {@code _pool.jsonl} for a link corpus), used in
 *     reports and output file names
 * @param posts the posts in file order, with unique ids
 * @param links for a link corpus, each query post's linked posts, in links-file order; empty for a label
 *     corpus
 */
public record Corpus(String name, List<CorpusPost> posts, Map<String, Set<String>> links) {

  private static final String SUFFIX = ".jsonl";
  /** The field of a post that holds its ground-truth labels. */
  private static final String LABELS = "labels";
  /** Reads corpus files: JSON Lines posts, with their labels kept beside the articles. */
  private static final PostImporter POSTS = PostImporter.builder().extraFields(LABELS).build();
  /** Suffix of the posts file of a link corpus. */
  static final String POOL_SUFFIX = "_pool.jsonl";
  /** Suffix of the links file of a link corpus. */
  static final String LINKS_SUFFIX = "_links.jsonl";

  /**
   * Checks the components, copies the collections, rejects duplicate ids and links to posts that are not
   * in the corpus.
   */
  public Corpus {
    checkNotNull(name, "name");
    checkArgument(!name.isBlank(), "name must not be blank: '%s'", name);
    posts = List.copyOf(checkNotNull(posts, "posts"));
    Set<String> ids = new HashSet<>();
    for (CorpusPost post : posts) {
      checkArgument(ids.add(post.id()), "duplicate post id: %s", post.id());
    }
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    checkNotNull(links, "links").forEach((query, relevant) -> {
      checkArgument(ids.contains(query), "linked query post is not in the corpus: %s", query);
      checkArgument(!relevant.isEmpty(), "query post %s has no linked posts", query);
      for (String id : relevant) {
        checkArgument(ids.contains(id), "post %s links to a post that is not in the corpus: %s", query, id);
      }
      copy.put(query, Set.copyOf(relevant));
    });
    links = Collections.unmodifiableMap(copy);
  }

  /** Creates a label corpus. */
  public Corpus(String name, List<CorpusPost> posts) {
    this(name, posts, Map.of());
  }

  /** Returns whether the ground truth is editor-picked links rather than labels. */
  public boolean isLinkCorpus() {
    return !links.isEmpty();
  }

  /** Returns the ids of the posts to query, in order: every post of a label corpus, the linked queries of a link corpus. */
  public List<String> queryIds() {
    return isLinkCorpus() ? List.copyOf(links.keySet()) : posts.stream().map(CorpusPost::id).toList();
  }

  /**
   * Reads a corpus file; blank lines are skipped. A file named {@code NAME_pool.jsonl} or {@code
   * NAME_links.jsonl} is read as a link corpus, with the other file of its pair.
   *
   * @param file a UTF-8 JSON Lines file, one post per line (or the links file of a link corpus)
   * @return the corpus, named after the file
   * @throws CorpusFormatException naming the file and line when a line is not valid JSON, is not an
   *     object, lacks {@code id} or {@code title}, has a field of the wrong type, or repeats an id
   * @throws IOException when the file cannot be read
   */
  public static Corpus read(Path file) throws IOException {
    checkNotNull(file, "file");
    String fileName = file.getFileName().toString();
    if (fileName.endsWith(LINKS_SUFFIX)) {
      return readLinkCorpus(file.resolveSibling(fileName.substring(0, fileName.length() - LINKS_SUFFIX.length()) + POOL_SUFFIX), file);
    }
    if (fileName.endsWith(POOL_SUFFIX)) {
      return readLinkCorpus(file, file.resolveSibling(fileName.substring(0, fileName.length() - POOL_SUFFIX.length()) + LINKS_SUFFIX));
    }
    return new Corpus(nameOf(file), readPosts(file));
  }

  /**
   * Reads a link corpus: its posts and the links file beside them.
   *
   * @throws CorpusFormatException naming the file and line when a line of either file is malformed, a
   *     query is repeated or unknown, or a linked post is not in the pool
   * @throws IOException when a file cannot be read
   */
  private static Corpus readLinkCorpus(Path pool, Path linksFile) throws IOException {
    if (!Files.isRegularFile(pool) || !Files.isRegularFile(linksFile)) {
      throw new NoSuchFileException(pool + " and " + linksFile,
          null, "a link corpus is a pair of files, NAME" + POOL_SUFFIX + " and NAME" + LINKS_SUFFIX);
    }
    List<CorpusPost> posts = readPosts(pool);
    Set<String> ids = new HashSet<>();
    posts.forEach(post -> ids.add(post.id()));
    Map<String, Set<String>> links = LinksParser.read(linksFile, ids);
    if (links.isEmpty()) {
      throw new CorpusFormatException(linksFile, 1, "no query posts in the links file", null);
    }
    String fileName = pool.getFileName().toString();
    return new Corpus(fileName.substring(0, fileName.length() - POOL_SUFFIX.length()), posts, links);
  }

  /** Reads the posts of a corpus file with the JSON Lines importer, keeping each post's ground-truth labels. */
  private static List<CorpusPost> readPosts(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new NoSuchFileException(file.toString());
    }
    ImportResult result;
    try {
      result = POSTS.read(ImportFormat.JSON_LINES, file);
    } catch (ImportException e) {
      throw new CorpusFormatException(file, lineOf(e.location()), e.problem(), e);
    }
    if (!result.problems().isEmpty()) {
      Skipped first = result.problems().get(0);
      throw new CorpusFormatException(file, lineOf(first.location()), first.detail(), null);
    }
    List<CorpusPost> posts = new ArrayList<>(result.posts().size());
    for (ImportedPost imported : result.posts()) {
      Article post = imported.article();
      posts.add(new CorpusPost(post.id(), post.title(), post.body(), post.publishedDate(),
          post.language() == null ? "" : post.language(), List.copyOf(post.tags()), Set.copyOf(imported.extraField(LABELS))));
    }
    return posts;
  }

  /** Returns the line number at the end of an importer's location ({@code FILE:LINE}), or 0 where it names none. */
  private static int lineOf(String location) {
    String last = location.substring(location.lastIndexOf(':') + 1);
    return last.matches("\\d{1,9}") ? Integer.parseInt(last) : 0;
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

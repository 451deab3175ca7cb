package io.github.relata;

import static io.github.relata.SnapshotProperties.assertSameAnswers;
import static io.github.relata.SnapshotProperties.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.relata.SnapshotException.Problem;
import io.github.relata.analysis.Analyzer;
import io.github.relata.analysis.Stemmer;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Saving to and loading from files, and each way a file can be wrong: a specific problem, named with the file. */
final class SnapshotFileTest {

  private static final RelatedPosts ENGINE = RelatedPosts.withDefaults();
  private static final ArticleIndex SAMPLES = ENGINE.index(SamplePosts.all());

  @TempDir Path dir;

  @Test
  void save_thenLoad_givesTheSameIndex_andLeavesNoTemporaryFile() throws IOException {
    Path file = dir.resolve("site.relata");
    SAMPLES.save(file);

    assertSameAnswers(SAMPLES, ENGINE.load(file));
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of(file), files.toList());
    }
  }

  @Test
  void save_replacesTheFile_keepingItsPermissions() throws IOException {
    Path file = dir.resolve("site.relata");
    ENGINE.index(SamplePosts.all().subList(0, 5)).save(file);
    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r-----"));

    SAMPLES.save(file);

    assertEquals(SAMPLES.size(), ENGINE.load(file).size());
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
  }

  @Test
  void save_intoAMissingDirectory_failsNamingIt() {
    Path file = dir.resolve("no-such-dir").resolve("site.relata");
    IOException e = assertThrows(NoSuchFileException.class, () -> SAMPLES.save(file));
    assertTrue(e.getMessage().contains("no-such-dir"), e.getMessage());
  }

  @Test
  void load_aMissingFile_failsNamingIt() {
    Path file = dir.resolve("missing.relata");
    IOException e = assertThrows(NoSuchFileException.class, () -> ENGINE.load(file));
    assertTrue(e.getMessage().contains("missing.relata"), e.getMessage());
  }

  @Test
  void truncatedAtAnyOffset_isTruncated() throws IOException {
    byte[] whole = bytes(largeIndex());
    RelatedPosts engine = LARGE;
    assertTrue(whole.length > 2 * SnapshotFormat.MAX_BLOCK, "a snapshot of several blocks: " + whole.length);
    List<Integer> cuts = new ArrayList<>(List.of(0, 1, 7, 8, 15, 16, 17, 23, 24, whole.length - 20, whole.length - 1));
    for (int block = 1; block <= 2; block++) {
      int end = 16 + block * (8 + SnapshotFormat.MAX_BLOCK + 4);
      cuts.addAll(List.of(end - 5, end - 4, end - 1, end, end + 1, end + 8));
    }
    Random random = new Random(8);
    for (int i = 0; i < 40; i++) {
      cuts.add(random.nextInt(whole.length));
    }
    Path file = dir.resolve("cut.relata");
    for (int cut : cuts) {
      Files.write(file, Arrays.copyOf(whole, cut));
      SnapshotException e = assertThrows(SnapshotException.class, () -> engine.load(file), "cut at " + cut);
      assertEquals(Problem.TRUNCATED, e.problem(), e.getMessage());
      assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
      assertTrue(e.getMessage().contains(cut == 0 ? "is empty" : "truncated"), e.getMessage());
    }
  }

  @Test
  void aFlippedByteAnywhere_isCorrupt() throws IOException {
    ArticleIndex index = ENGINE.index(List.of(
        Article.builder("a", "Smart specialisation in Stockholm").body("Regions and clusters").tags("S3").language("en").build(),
        Article.builder("b", "Clusters of the region").published(java.time.LocalDate.of(2024, 5, 1)).language("en").build()));
    byte[] whole = bytes(index);
    Path file = dir.resolve("flipped.relata");
    // Every byte of the start (preamble, block header, settings, posts) and of the end (tables, end marker),
    // every 7th between (mostly the empty slots of the pair table); from a file every 50th, else from a stream.
    for (int at = 0; at < whole.length; at += at < 4000 || at > whole.length - 500 ? 1 : 7) {
      byte[] damaged = whole.clone();
      damaged[at] ^= (byte) (1 << (at % 8));
      SnapshotException e;
      if (at % 50 == 0) {
        Files.write(file, damaged);
        e = assertThrows(SnapshotException.class, () -> ENGINE.load(file), "flipped byte " + at);
        assertTrue(e.getMessage().startsWith(file + ": "), e.getMessage());
      } else {
        e = assertThrows(SnapshotException.class, () -> ENGINE.load(new ByteArrayInputStream(damaged)), "flipped byte " + at);
        assertTrue(e.getMessage().startsWith("the stream: "), e.getMessage());
      }
      assertEquals(at < SnapshotFormat.MAGIC.length ? Problem.NOT_A_SNAPSHOT : Problem.CORRUPT, e.problem(), e.getMessage());
    }
  }

  @Test
  void aFlippedByteInALargeSnapshot_isCorrupt_andNamesTheBytes() throws IOException {
    byte[] whole = bytes(largeIndex());
    assertEquals(largeIndex().size(), LARGE.load(new ByteArrayInputStream(whole)).size());
    Random random = new Random(11);
    for (int i = 0; i < 30; i++) {
      int at = 16 + random.nextInt(whole.length - 16);
      byte[] damaged = whole.clone();
      damaged[at] ^= (byte) 0x40;
      SnapshotException e = assertThrows(SnapshotException.class, () -> LARGE.load(new ByteArrayInputStream(damaged)), "flipped byte " + at);
      assertEquals(Problem.CORRUPT, e.problem(), e.getMessage());
      assertTrue(e.getMessage().startsWith("the stream: corrupt: the checksum of "), e.getMessage());
    }
  }

  @Test
  void anEmptyFile_isNotASnapshot_butEmpty() throws IOException {
    Path file = Files.write(dir.resolve("empty.relata"), new byte[0]);
    SnapshotException e = assertThrows(SnapshotException.class, () -> ENGINE.load(file));
    assertEquals(Problem.TRUNCATED, e.problem());
    assertEquals(file + ": is empty (0 bytes), not a snapshot", e.getMessage());
  }

  @Test
  void anotherFormat_isNotASnapshot() throws IOException {
    Path posts = Files.writeString(dir.resolve("posts.jsonl"), "{\"id\":\"a\",\"title\":\"A\"}\n");
    SnapshotException e = assertThrows(SnapshotException.class, () -> ENGINE.load(posts));
    assertEquals(Problem.NOT_A_SNAPSHOT, e.problem());
    assertTrue(e.getMessage().startsWith(posts + ": not a Relata snapshot: it starts with 7B 22 69 64"), e.getMessage());
    assertTrue(e.getMessage().contains("JSON"), e.getMessage());

    Path zip = Files.write(dir.resolve("site.zip"), new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0, 0, 0, 0, 0, 0, 0, 0, 0});
    e = assertThrows(SnapshotException.class, () -> ENGINE.load(zip));
    assertEquals(Problem.NOT_A_SNAPSHOT, e.problem());
    assertTrue(e.getMessage().contains("ZIP"), e.getMessage());
  }

  @Test
  void wrongMagic_isNotASnapshot() throws IOException {
    byte[] damaged = bytes(SAMPLES);
    damaged[1] = 'X';
    Path file = Files.write(dir.resolve("magic.relata"), damaged);
    SnapshotException e = assertThrows(SnapshotException.class, () -> ENGINE.load(file));
    assertEquals(Problem.NOT_A_SNAPSHOT, e.problem());
    assertTrue(e.getMessage().contains("89 58 45 4C"), e.getMessage());
  }

  @Test
  void anotherFormatVersion_isUnsupported_andSaysWhichVersions() throws IOException {
    byte[] future = bytes(SAMPLES);
    ByteBuffer preamble = ByteBuffer.wrap(future);
    int other = SnapshotFormat.VERSION + 1;
    preamble.putInt(8, other);
    preamble.putInt(12, SnapshotFormat.crc(future, 0, 12));
    Path file = Files.write(dir.resolve("v" + other + ".relata"), future);
    SnapshotException e = assertThrows(SnapshotException.class, () -> ENGINE.load(file));
    assertEquals(Problem.UNSUPPORTED_VERSION, e.problem());
    assertTrue(e.getMessage().startsWith(file + ": a snapshot of format version " + other + "; Relata "), e.getMessage());
    assertTrue(e.getMessage().contains("reads version " + SnapshotFormat.VERSION + " only"), e.getMessage());
  }

  @Test
  void bytesAfterTheEnd_areCorrupt() throws IOException {
    byte[] whole = bytes(SAMPLES);
    Path file = Files.write(dir.resolve("long.relata"), Arrays.copyOf(whole, whole.length + 3));
    SnapshotException e = assertThrows(SnapshotException.class, () -> ENGINE.load(file));
    assertEquals(Problem.CORRUPT, e.problem());
    assertTrue(e.getMessage().contains("bytes follow the end of the snapshot at byte " + whole.length), e.getMessage());
  }

  @Test
  void otherIndexSettings_areRefused_namingEachOne() throws IOException {
    Path file = dir.resolve("site.relata");
    SAMPLES.save(file);
    RelatedPosts other = RelatedPosts.builder().latentDimensions(50).fieldWeights(1, 1, 1).bodies(Options.Bodies.RETAINED).build();

    SnapshotException e = assertThrows(SnapshotException.class, () -> other.load(file));

    assertEquals(Problem.INCOMPATIBLE_SETTINGS, e.problem());
    String message = e.getMessage();
    assertTrue(message.startsWith(file + ": made by an engine with other settings (Relata "), message);
    assertTrue(message.contains("latentDimensions is 100 in the snapshot, 50 here"), message);
    assertTrue(message.contains("titleWeight is 2.0 in the snapshot, 1.0 here"), message);
    assertTrue(message.contains("retainBodies is false in the snapshot, true here"), message);
    assertFalse(message.contains("summaryWeight"), message);
  }

  @Test
  void anotherAnalyzer_isRefused_namingTheLanguage() throws IOException {
    Path file = dir.resolve("site.relata");
    SAMPLES.save(file);
    RelatedPosts unstemmed = RelatedPosts.builder().analyzer("sv", Analyzer.neutral()).build();
    SnapshotException e = assertThrows(SnapshotException.class, () -> unstemmed.load(file));
    assertEquals(Problem.INCOMPATIBLE_SETTINGS, e.problem());
    assertTrue(e.getMessage().contains("the analyzer for sv is "), e.getMessage());

    // The same description, other stop words: told apart by the terms it makes of the posts.
    RelatedPosts custom = RelatedPosts.builder().analyzer("en", Analyzer.builder().stemmer(Stemmer.snowball("en")).stopWords(java.util.Set.of("the")).build()).build();
    custom.index(SamplePosts.all()).save(file);
    RelatedPosts otherStops = RelatedPosts.builder().analyzer("en", Analyzer.builder().stemmer(Stemmer.snowball("en")).stopWords(java.util.Set.of("and")).build()).build();
    e = assertThrows(SnapshotException.class, () -> otherStops.load(file));
    assertTrue(e.getMessage().contains("the analyzer for en (") && e.getMessage().contains("makes other terms of the posts' text"), e.getMessage());
    assertEquals(custom.index(SamplePosts.all()).size(), RelatedPosts.builder()
        .analyzer("en", Analyzer.builder().stemmer(Stemmer.snowball("en")).stopWords(java.util.Set.of("the")).build()).build().load(file).size());
  }

  @Test
  void settingsThatShapedTheDensities_areRefused_whileDensitiesAreUsed() throws IOException {
    Path file = dir.resolve("site.relata");
    SAMPLES.save(file);
    RelatedPosts reweighted = RelatedPosts.builder().weights(Weights.DEFAULT.with(Signal.TAGS, 0)).build();
    SnapshotException e = assertThrows(SnapshotException.class, () -> reweighted.load(file));
    assertTrue(e.getMessage().contains("weights is Weights[") && e.getMessage().contains("(it shaped the neighbourhood densities"), e.getMessage());

    // Without densities, the weights are only used when answering: a fresh index of that engine answers the same.
    RelatedPosts noDensities = RelatedPosts.builder().weights(Weights.DEFAULT.with(Signal.TAGS, 0)).exposureCorrection(0).minRelativeScore(0).build();
    assertSameAnswers(noDensities.index(SamplePosts.all()), noDensities.load(file));

    noDensities.index(SamplePosts.all()).save(file);
    e = assertThrows(SnapshotException.class, () -> ENGINE.load(file));
    assertTrue(e.getMessage().contains("this engine uses neighbourhood densities (exposureCorrection 0.3, minRelativeScore 0.4), which the snapshot was made without"),
        e.getMessage());
  }

  @Test
  void querySettings_mayDiffer_andApply() throws IOException {
    Path file = dir.resolve("site.relata");
    SAMPLES.save(file);
    RelatedPosts shorter = RelatedPosts.builder().maxResults(2).minScore(0.2).exposureCorrection(0.6).build();
    ArticleIndex loaded = shorter.load(file);
    assertSameAnswers(shorter.index(SamplePosts.all()), loaded);
    assertTrue(loaded.relatedTo("smart-specialisering-stockholm-2017").size() <= 2);
  }

  @Test
  void moreLivePostsThanTheEnginesLimit_areRefused_namingTheLimit() throws IOException {
    Path file = dir.resolve("site.relata");
    SAMPLES.save(file);
    Limits small = Limits.DEFAULT;
    RelatedPosts capped = RelatedPosts.builder().limits(new Limits(small.maxTextLength(), small.maxLabels(), small.maxResults(), 3)).build();

    SnapshotException e = assertThrows(SnapshotException.class, () -> capped.load(file));

    assertEquals(Problem.INCOMPATIBLE_SETTINGS, e.problem());
    assertEquals(file + ": holds " + SAMPLES.size() + " posts, over this engine's limit of 3 (Limits.maxPosts)", e.getMessage());
  }

  @Test
  void validChecksumsOverWrongContent_areCorrupt_withoutAllocatingWhatTheyClaim() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SnapshotOutput out = new SnapshotOutput(bytes);
    out.section("HEAD");
    SnapshotSettings.of(((IndexSnapshot) SAMPLES).data()).write(out);
    out.section("SIZE");
    out.writeInt(Integer.MAX_VALUE); // posts
    out.writeInt(1);
    out.writeInt(Integer.MAX_VALUE); // terms
    out.writeInt(0);
    out.writeDouble(0);
    out.writeDouble(0);
    out.writeInt(0);
    out.section("ARTD");
    out.writeBytes(new byte[0]);
    out.section("DOCS");
    out.writeBoolean(true);
    out.writeString("a");
    out.writeInt(Integer.MAX_VALUE); // a title of 1 GB
    out.finish();
    Path file = Files.write(dir.resolve("crafted.relata"), bytes.toByteArray());

    SnapshotException e = assertThrows(SnapshotException.class, () -> ENGINE.load(file));
    assertEquals(Problem.CORRUPT, e.problem());
    assertTrue(e.getMessage().contains("inconsistent content, though every checksum matches: posts: 2147483647 entries"), e.getMessage());

    e = assertThrows(SnapshotException.class, () -> ENGINE.load(new ByteArrayInputStream(bytes.toByteArray())));
    assertEquals(Problem.CORRUPT, e.problem());
    assertTrue(e.getMessage().contains("the content ends inside section DOCS"), e.getMessage());
  }

  @Test
  void aStringWithUnpairedSurrogates_survives() throws IOException {
    String odd = "title \uD800 and \uDC00 alone, \uD83D\uDE00 paired";
    Article a = Article.builder("odd-\uDFFF", odd).body(odd).tags("\uD800tag").build();
    ArticleIndex index = RelatedPosts.builder().bodies(Options.Bodies.RETAINED).build().index(List.of(a, Article.builder("b", odd).build()));
    ArticleIndex loaded = RelatedPosts.builder().bodies(Options.Bodies.RETAINED).build().load(new ByteArrayInputStream(bytes(index)));
    assertEquals(index.articles(), loaded.articles());
    assertEquals(odd, loaded.article("odd-\uDFFF").orElseThrow().body());
  }

  @Test
  void aLoadedSnapshotStartsALiveIndex() throws IOException {
    Path file = dir.resolve("site.relata");
    SAMPLES.save(file);
    Article added = Article.builder("new", "Smart specialisering i Stockholm").body("kluster och innovation").language("sv").build();
    try (LiveIndex live = ENGINE.liveIndex(ENGINE.load(file))) {
      live.put(added);
      assertEquals(SAMPLES.size() + 1, live.size());
      assertEquals(SAMPLES.with(added).relatedTo("new"), live.relatedTo("new"));
    }
    RelatedPosts other = RelatedPosts.builder().maxResults(2).build();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> other.liveIndex(SAMPLES));
    assertTrue(e.getMessage().startsWith("initial was made by an engine with other settings"), e.getMessage());
  }

  /** Keeps bodies, without a latent space or densities: quick to build a snapshot of several blocks. */
  private static final RelatedPosts LARGE =
      RelatedPosts.builder().bodies(Options.Bodies.RETAINED).latentDimensions(0).exposureCorrection(0).minRelativeScore(0).build();

  private static ArticleIndex large;

  /** An index whose snapshot takes several blocks, of long retained bodies. */
  private static synchronized ArticleIndex largeIndex() {
    if (large == null) {
      List<Article> posts = new ArrayList<>();
      for (Article a : LatentSpaceTest.site(900, 5)) {
        posts.add(a.toBuilder().body(a.body().repeat(12) + " " + "x".repeat(200)).build());
      }
      large = LARGE.index(posts);
    }
    return large;
  }

  static String utf8(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}

package io.github.relata;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import org.quicktheories.core.Gen;

/** Generators for property tests: hostile text, plausible words, small sites of posts and sites like real ones. */
public final class Generators {

  private static final List<String> WORDS =
      List.of(
          "smart", "specialisering", "specialiseringsstrategier", "kluster", "region", "regioner", "innovation",
          "Interreg", "Europe", "Nordregio", "Stockholm", "strategi", "testbäddar", "samarbete", "EU:s",
          "cluster", "regions", "strategy", "funding", "programme", "circular", "economy", "tomato", "garden",
          "compost", "bread", "sourdough", "skiing", "football", "telescope", "Jupiter", "och", "the", "and",
          "of", "i", "på", "2018", "S3", "e-post", "it's", "Malmö", "Ελλάδα", "東京都", "<b>", "&amp;", ".", ",");

  private Generators() {}

  /** Any UTF-16 text: unpaired surrogates, control characters, every plane, markup, long runs. */
  public static Gen<String> nastyText() {
    Gen<String> anyChars =
        lists().of(integers().between(0, 0xFFFF)).ofSizeBetween(0, 200)
            .map(chars -> {
              StringBuilder sb = new StringBuilder();
              for (int c : chars) {
                sb.append((char) c);
              }
              return sb.toString();
            });
    Gen<String> anyCodePoints =
        lists().of(integers().between(0, Character.MAX_CODE_POINT)).ofSizeBetween(0, 100)
            .map(cps -> {
              StringBuilder sb = new StringBuilder();
              for (int cp : cps) {
                if (cp < Character.MIN_SURROGATE || cp > Character.MAX_SURROGATE) {
                  sb.appendCodePoint(cp);
                } else {
                  sb.append((char) cp);
                }
              }
              return sb.toString();
            });
    Gen<String> longRun =
        integers().between(1, 20_000).zip(integers().between(0, WORDS.size() - 1), (n, w) -> WORDS.get(w).repeat(n));
    return anyChars.mix(anyCodePoints).mix(words()).mix(longRun, 10);
  }

  /** Text made of words that occur in the sample posts, in both languages, with markup and punctuation. */
  public static Gen<String> words() {
    return words(0);
  }

  /** Text of at least {@code min} words, as {@link #words()}. */
  public static Gen<String> words(int min) {
    return lists().of(integers().between(0, WORDS.size() - 1)).ofSizeBetween(min, 40)
        .map(ids -> {
          StringBuilder sb = new StringBuilder();
          for (int id : ids) {
            sb.append(WORDS.get(id)).append(' ');
          }
          return sb.toString();
        });
  }

  /** Small sites: 0 to 45 posts with distinct ids, random text, dates, tags and two languages. */
  public static Gen<List<Article>> sites() {
    return sites(0, 45, 0);
  }

  /**
   * Sites of {@code min} to {@code max} posts with distinct ids, random text of at least {@code minWords}
   * words in title and body, dates, tags and two languages.
   */
  public static Gen<List<Article>> sites(int min, int max, int minWords) {
    Gen<Article> post =
        words(minWords).zip(words(minWords), integers().between(0, 3000), integers().between(0, 7), (title, body, day, tagBits) -> {
          ArticleBuilder b = Article.builder("placeholder", title).body(body).language(day % 3 == 0 ? "en" : "sv");
          if (day % 7 != 0) {
            b.published(LocalDate.of(2015, 1, 1).plusDays(day));
          }
          List<String> tags = new java.util.ArrayList<>();
          if ((tagBits & 1) != 0) {
            tags.add("kluster");
          }
          if ((tagBits & 2) != 0) {
            tags.add("S3");
          }
          if ((tagBits & 4) != 0) {
            tags.add("EU");
          }
          return b.tags(tags).build();
        });
    return lists().of(post).ofSizeBetween(min, max)
        .map(posts -> {
          List<Article> withIds = new java.util.ArrayList<>();
          for (int i = 0; i < posts.size(); i++) {
            Article a = posts.get(i);
            withIds.add(new Article("p" + i, a.title(), a.summary(), a.body(), a.published(), a.tags(), a.categories(), a.author(), a.url(), a.language()));
          }
          return List.copyOf(withIds);
        });
  }

  /** Syllables of the pseudo-words of {@link #realisticSites}. */
  private static final String[] SYLLABLES = {"ka", "lo", "mi", "ne", "su", "ta", "ri", "vo", "pe", "da", "gu", "hi", "fa", "jo", "by", "ør"};

  /** The {@code n}th pseudo-word: two to four syllables, distinct for every {@code n}. */
  static String pseudoWord(int n) {
    StringBuilder word = new StringBuilder();
    int rest = n;
    do {
      word.append(SYLLABLES[rest % SYLLABLES.length]);
      rest /= SYLLABLES.length;
    } while (rest > 0);
    if (word.length() < 4) {
      word.append("la");
    }
    return word.toString();
  }

  /**
   * Sites like real ones, big enough for a latent space: {@code min} to {@code max} posts on a dozen topics,
   * each post's words drawn from its topic's vocabulary and a site-wide one, both skewed the way word
   * frequencies are (a few common words, many rare ones), with titles, dates, tags and two languages.
   */
  public static Gen<List<Article>> realisticSites(int min, int max) {
    return integers().between(min, max).zip(longs().all(), Generators::realisticPosts);
  }

  /** {@code size} posts of a site like a real one (see {@link #realisticSites}), ids {@code post-0} on, the same for the same seed. */
  public static List<Article> realisticPosts(int size, long seed) {
    return realisticPosts(size, seed, "post-");
  }

  /** As {@link #realisticPosts(int, long)}, with ids {@code prefix + i}. */
  public static List<Article> realisticPosts(int size, long seed, String prefix) {
    {
      java.util.Random random = new java.util.Random(seed);
      List<Article> posts = new java.util.ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        int topic = random.nextInt(12);
        String language = topic % 4 == 0 ? "en" : "sv";
        ArticleBuilder b = Article.builder(prefix + i, text(random, topic, 3 + random.nextInt(6)))
            .body(text(random, topic, 20 + random.nextInt(120)))
            .language(language);
        if (random.nextInt(10) > 0) {
          b.published(LocalDate.of(2012, 1, 1).plusDays(random.nextInt(4000)));
        }
        if (random.nextInt(3) == 0) {
          b.tags("tag-" + topic, "tag-" + random.nextInt(30));
        }
        posts.add(b.build());
      }
      return List.copyOf(posts);
    }
  }

  /** How many words the vocabulary of {@link #zipfSites} has. */
  private static final int ZIPF_WORDS = 1500;
  /** The cumulative Zipf weights (exponent 1) of the ranks 1 to {@link #ZIPF_WORDS}, for sampling a rank. */
  private static final double[] ZIPF = zipf(ZIPF_WORDS);

  private static double[] zipf(int words) {
    double[] cumulative = new double[words];
    double sum = 0;
    for (int r = 0; r < words; r++) {
      sum += 1.0 / (r + 1);
      cumulative[r] = sum;
    }
    for (int r = 0; r < words; r++) {
      cumulative[r] /= sum;
    }
    return cumulative;
  }

  /** A rank from 0 (the commonest word) to {@code ZIPF_WORDS - 1}, as often as Zipf's law has it. */
  private static int zipfRank(java.util.Random random) {
    int at = java.util.Arrays.binarySearch(ZIPF, random.nextDouble());
    return Math.min(at >= 0 ? at : -at - 1, ZIPF_WORDS - 1);
  }

  /**
   * Sites as real ones are: {@code min} to {@code max} posts whose words follow Zipf's law (a word's
   * frequency inversely proportional to its rank) over a vocabulary of thousands, half of each post's words
   * from a site-wide vocabulary and half from one of twenty topics'. Nearly every post names the site (a
   * term in more than 1,024 posts once a site is that big) and most have its commonest tag; some titles
   * are short or made of common words only, some posts are undated, and posts are in two languages. Big
   * enough for a latent space from {@link LatentSpace#MIN_POSTS} posts on.
   */
  public static Gen<List<Article>> zipfSites(int min, int max) {
    return integers().between(min, max).zip(longs().all(), Generators::zipfPosts);
  }

  /** {@code size} posts of a site as {@link #zipfSites} makes them, ids {@code z0} on, the same for the same seed. */
  static List<Article> zipfPosts(int size, long seed) {
    java.util.Random random = new java.util.Random(seed);
    List<Article> posts = new java.util.ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      int topic = random.nextInt(20);
      String body = zipfText(random, topic, 15 + random.nextInt(150));
      if (random.nextInt(40) > 0) {
        body = body + " " + pseudoWord(ZIPF_WORDS * 21) + ".";
      }
      ArticleBuilder b = Article.builder("z" + i, zipfText(random, topic, 1 + random.nextInt(8)))
          .body(body)
          .language(topic % 5 == 0 ? "en" : "sv");
      if (random.nextInt(8) > 0) {
        b.published(LocalDate.of(2010, 1, 1).plusDays(random.nextInt(5000)));
      }
      List<String> tags = new java.util.ArrayList<>();
      if (random.nextInt(10) > 0) {
        tags.add("news");
      }
      if (random.nextBoolean()) {
        tags.add("topic-" + topic);
      }
      posts.add(b.tags(tags).build());
    }
    return List.copyOf(posts);
  }

  private static String zipfText(java.util.Random random, int topic, int words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      int rank = zipfRank(random);
      int word = random.nextBoolean() ? rank : ZIPF_WORDS * (topic + 1) + rank;
      text.append(pseudoWord(word)).append(random.nextInt(15) == 0 ? ". " : " ");
    }
    return text.toString();
  }

  private static String text(java.util.Random random, int topic, int words) {
    StringBuilder text = new StringBuilder();
    for (int w = 0; w < words; w++) {
      double skew = random.nextDouble() * random.nextDouble();
      int word = random.nextInt(10) < 6 ? 1000 + topic * 300 + (int) (skew * 300) : (int) (skew * 1000);
      text.append(pseudoWord(word)).append(random.nextInt(12) == 0 ? ". " : " ");
    }
    return text.toString();
  }
}
